// One ajv set-up for every OpenAPI 3.1 document of the kit: the formats and the money keyword
// the contracts rely on. Prism's ajv cannot check two-decimal money (multipleOf 0.01 rejects 0.07),
// so the contracts carry `x-decimal-places` and the kit enforces it here with exact decimals.
import Ajv2020, { str } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Decimal } from 'decimal.js';
import { isValidIBAN, isValidBIC } from 'ibantools';

export type Ajv = InstanceType<typeof Ajv2020.default>;

export function createSchemaValidator(): Ajv {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  ajv.addFormat('iban', { type: 'string', validate: (value: string) => isValidIBAN(value) });
  ajv.addFormat('bic', { type: 'string', validate: (value: string) => isValidBIC(value) });
  ajv.addKeyword({
    keyword: 'x-decimal-places',
    type: 'number',
    schemaType: 'number',
    error: { message: ({ schemaCode }) => str`must have at most ${schemaCode} decimal places` },
    validate: (places: number, value: number) => new Decimal(value).decimalPlaces() <= places,
  });
  return ajv;
}
