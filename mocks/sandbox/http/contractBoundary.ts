import { loadContract, type Contract, type ContractName, type Violation } from '../../../src/contract/index.ts';
import type { FaultName, FaultSet } from '../faults.ts';
import { validationFailed } from './problemJson.ts';

// The contract is the boundary: every request body is checked against the OpenAPI documents
// before any rule sees it (422 naming each field, dotted). The contract alone enforces, among
// others, FMT-COUNTRY-ISO, FMT-CURRENCY-ISO, REG-CODES-LIST, CON-EB-RANGE, TRX-TYPES,
// SPL-AMOUNT-TYPE, ERR-MISSING-FIELD-422 and ERR-AMOUNT-TWO-DECIMALS.

export interface Contracts {
  ms: Contract;
  simulation: Contract;
  vouchers: Contract;
}

let loaded: Promise<Contracts> | undefined;

/** Loaded once per process: starting another sandbox in-process costs milliseconds. */
export function loadContracts(): Promise<Contracts> {
  loaded ??= Promise.all([loadContract('marketplace-services'), loadContract('simulation'), loadContract('vouchers')]).then(([ms, simulation, vouchers]) => ({ ms, simulation, vouchers }));
  return loaded;
}

export function contractOf(contracts: Contracts, name: ContractName): Contract {
  return name === 'marketplace-services' ? contracts.ms : name === 'simulation' ? contracts.simulation : contracts.vouchers;
}

interface Exemption {
  fault: FaultName;
  operations?: string[];
  ignores(violation: Violation): boolean;
}

const endsWith = (violation: Violation, names: string[]) => names.some((name) => violation.field === name || violation.field.endsWith(`.${name}`));

/**
 * Fault switches that break a rule the contract itself enforces: each lets the matching violations
 * through, so the deviation reaches the domain (which has its own switch for the same fault).
 */
const exemptions: Exemption[] = [
  { fault: 'iban-checksum-skipped', ignores: (v) => v.field === 'bankingInformation.iban' && v.rule === 'format' },
  { fault: 'country-code-unchecked', ignores: (v) => endsWith(v, ['countryCode', 'birthCountryCode', 'nationality', 'taxResidenceCountryCode']) && ['enum', 'pattern'].includes(v.rule) },
  { fault: 'currency-code-unchecked', ignores: (v) => /(^|\.)(currency|legalEntityCapitalizationCurrency)$/.test(v.field) && ['enum', 'pattern'].includes(v.rule) },
  { fault: 'registration-code-unchecked', ignores: (v) => /^externalRegistrations\.\d+\.code$/.test(v.field) && v.rule === 'enum' },
  { fault: 'registration-value-not-required', ignores: (v) => /^externalRegistrations\.\d+\.value$/.test(v.field) && v.rule === 'required' },
  { fault: 'siren-accepted', ignores: (v) => /^externalRegistrations\.\d+(\.value)?$/.test(v.field) && ['pattern', 'if'].includes(v.rule) },
  { fault: 'siret-length-unchecked', ignores: (v) => /^externalRegistrations\.\d+(\.value)?$/.test(v.field) && ['pattern', 'if'].includes(v.rule) },
  { fault: 'beneficiary-range-unchecked', ignores: (v) => v.field === 'effectiveBeneficiary' && ['minimum', 'maximum'].includes(v.rule) },
  { fault: 'document-extension-unchecked', ignores: (v) => v.field === 'name' && v.rule === 'pattern' },
  { fault: 'document-base64-unchecked', ignores: (v) => v.field === 'fileContent' && ['pattern', 'minLength'].includes(v.rule) },
  { fault: 'transaction-zero-amount-accepted', operations: ['createTransaction'], ignores: (v) => v.field === 'amount' && v.rule === 'exclusiveMinimum' },
  { fault: 'transaction-type-unchecked', operations: ['createTransaction'], ignores: (v) => v.field === 'type' && v.rule === 'enum' },
  { fault: 'transaction-without-order-accepted', operations: ['createTransaction'], ignores: (v) => v.field === 'externalOrderId' && v.rule === 'required' },
  { fault: 'transaction-patch-any-field', operations: ['updateTransaction'], ignores: (v) => ['additionalProperties', 'required'].includes(v.rule) },
  { fault: 'split-amount-type-unchecked', operations: ['splitOrder'], ignores: (v) => /^splits\.\d+\.amountType$/.test(v.field) && v.rule === 'enum' },
  { fault: 'missing-amount-accepted', operations: ['createOrder'], ignores: (v) => v.field === 'amount' && v.rule === 'required' },
  {
    fault: 'zero-amount-accepted',
    operations: ['createOrder', 'updateOrder', 'createTransfer', 'createPayoutMerchant', 'createPayoutSeller', 'createPayoutSellerAmount'],
    ignores: (v) => /(^|\.)(amount|askedAmount)$/.test(v.field) && v.rule === 'exclusiveMinimum',
  },
  { fault: 'three-decimal-amount-accepted', ignores: (v) => v.rule === 'x-decimal-places' },
];

/**
 * The contract's base64 pattern overflows the regular-expression stack on multi-MiB strings, so a
 * large fileContent is checked by the document rules (same pattern, linear) and replaced here.
 */
const largeContent = 64 * 1024;

function withoutLargeContent(body: unknown): unknown {
  const content = (body as { fileContent?: unknown }).fileContent;
  return typeof content === 'string' && content.length > largeContent ? { ...(body as object), fileContent: 'AAAA' } : body;
}

export function checkRequestBody(contract: Contract, operationId: string, body: unknown, faults: FaultSet): void {
  const violations = contract
    .validateRequestBody(operationId, withoutLargeContent(body))
    .filter((violation) => !exemptions.some((exemption) => faults.has(exemption.fault) && (!exemption.operations || exemption.operations.includes(operationId)) && exemption.ignores(violation)))
    // An `if` keyword only says that its `then` failed; the `then` violation names the field.
    .filter((violation) => violation.rule !== 'if');
  if (violations.length === 0) return;
  // A missing required field is told apart from a refused value: an implementation may answer each its own code (interface §8).
  const reason = violations.some((violation) => violation.rule === 'required') ? 'missing-field' : 'invalid-value';
  throw validationFailed(violations.map((violation) => ({ field: violation.field, message: violation.message })), reason);
}
