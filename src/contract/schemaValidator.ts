// One ajv set-up for every OpenAPI 3.1 document of the kit: the formats and the money keyword
// the contracts rely on. Prism's ajv cannot check two-decimal money (multipleOf 0.01 rejects 0.07),
// so the contracts carry `x-decimal-places` and the kit enforces it here with exact decimals.
import Ajv2020, { str } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Decimal } from 'decimal.js';
import { isValidBIC } from 'ibantools';
import type { ContractView } from './contractViews.ts';
import { ibanProblem, iso13616Failure } from './ibanFormat.ts';

export type Ajv = InstanceType<typeof Ajv2020.default>;

export interface SchemaValidatorOptions {
  /** normative: `format: iban` is the stated rule (ISO 13616, mod-97); reference: the national checks too. */
  view?: ContractView;
  /** Overrides every `x-decimal-places` (the profile's money.decimals). */
  moneyDecimals?: number;
}

export function createSchemaValidator(options: SchemaValidatorOptions = {}): Ajv {
  // verbose: a format failure names the check that failed, which needs the failing value.
  // validateSchema: the kit's tests lint the contracts (spectral, OpenAPI 3.1 schemas included); checking
  // them against the meta-schema again at every start cost a tenth of a second.
  const ajv = new Ajv2020.default({ strict: false, allErrors: true, validateFormats: true, verbose: true, validateSchema: false });
  addFormats.default(ajv);
  const strictIban = options.view !== 'normative';
  ajv.addFormat('iban', { type: 'string', validate: (value: string) => (strictIban ? ibanProblem(value) : iso13616Failure(value)) === undefined });
  ajv.addFormat('bic', { type: 'string', validate: (value: string) => isValidBIC(value) });
  ajv.addKeyword({
    keyword: 'x-decimal-places',
    type: 'number',
    schemaType: 'number',
    error: { message: ({ schemaCode }) => str`must have at most ${options.moneyDecimals ?? schemaCode} decimal places` },
    validate: (places: number, value: number) => new Decimal(value).decimalPlaces() <= (options.moneyDecimals ?? places),
  });
  return ajv;
}
