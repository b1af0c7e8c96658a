// One ajv set-up for every OpenAPI 3.1 document of the kit: the formats and the money keyword
// the contracts rely on. Prism's ajv cannot check two-decimal money (multipleOf 0.01 rejects 0.07),
// so the contracts carry `x-decimal-places` and the kit enforces it here with exact decimals.
//
// The validators ajv compiles are also kept as code (src/contract/validatorCache.ts): the formats and
// the money check they call are shared with that code by name, not held in closures.
import Ajv2020, { _, str, type KeywordCxt } from 'ajv/dist/2020.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { Decimal } from 'decimal.js';
import { isValidBIC } from 'ibantools';
import type { ContractView } from './contractViews.ts';
import { ibanProblem, iso13616Failure } from './ibanFormat.ts';
import { sharedWithGeneratedCode, type Ajv } from './validatorCache.ts';

export type { Ajv };

export interface SchemaValidatorOptions {
  /** normative: `format: iban` is the stated rule (ISO 13616, mod-97); reference: the national checks too. */
  view?: ContractView;
  /** Overrides every `x-decimal-places` (the profile's money.decimals). */
  moneyDecimals?: number;
}

const formatSets = {
  /** The reference view: the national checks of an IBAN too. */
  nationalIban: { ...fullFormats, iban: (value: string) => ibanProblem(value) === undefined, bic: (value: string) => isValidBIC(value) },
  /** The normative view: ISO 13616 and mod-97, the stated rule. */
  isoIban: { ...fullFormats, iban: (value: string) => iso13616Failure(value) === undefined, bic: (value: string) => isValidBIC(value) },
};
const formatCode = {
  nationalIban: sharedWithGeneratedCode('nationalIbanFormats', formatSets.nationalIban),
  isoIban: sharedWithGeneratedCode('isoIbanFormats', formatSets.isoIban),
};
const decimalPlacesWithin = (value: number, places: number) => new Decimal(value).decimalPlaces() <= places;
const decimalPlacesCode = sharedWithGeneratedCode('decimalPlacesWithin', decimalPlacesWithin);

export function createSchemaValidator(options: SchemaValidatorOptions = {}): Ajv {
  const formatSet = options.view === 'normative' ? 'isoIban' : 'nationalIban';
  // verbose: a format failure names the check that failed, which needs the failing value.
  // validateSchema: the kit's tests lint the contracts (spectral, OpenAPI 3.1 schemas included); checking
  // them against the meta-schema again at every start cost a tenth of a second.
  const ajv = new Ajv2020.default({
    strict: false,
    allErrors: true,
    validateFormats: true,
    verbose: true,
    validateSchema: false,
    formats: formatSets[formatSet],
    code: { source: true, formats: formatCode[formatSet] },
  });
  ajv.addKeyword({
    keyword: 'x-decimal-places',
    type: 'number',
    schemaType: 'number',
    error: { message: ({ schemaCode }) => str`must have at most ${options.moneyDecimals ?? schemaCode} decimal places` },
    code(cxt: KeywordCxt) {
      const within = cxt.gen.scopeValue('func', { ref: decimalPlacesWithin, code: decimalPlacesCode });
      cxt.fail(_`!${within}(${cxt.data}, ${options.moneyDecimals ?? (cxt.schema as number)})`);
    },
  });
  return ajv;
}
