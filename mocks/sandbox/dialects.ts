// Sandbox dialects: named, legal variations of the sandbox's answers and behaviour, the opposite
// of the fault switches. Each one makes a choice the documents leave open (interface §8) or takes
// the other alternative of a catalogue assumption (contracts/rules.yaml). The self-check runs the
// suite against each dialect, with the partial profile that declares it, and expects no failure:
// a dialect the kit rejects is a kit that requires more than the documents say.
export interface Dialect {
  name: string;
  description: string;
  /** The interface §8 bullet or the catalogue alternative that makes this variation legal. */
  basis: string;
  /** The partial expectation profile declaring the variation (repository-relative), when one is needed. */
  profile?: string;
}

export const dialects = [
  {
    name: 'extra-fields',
    description: 'every answer (MS, simulation, vouchers, token, problems) and every webhook (envelope and data) carries undocumented members, in every object',
    basis: 'interface §8 Extra fields: "Any answer, webhook or simulation answer may carry fields no document names."',
  },
  {
    name: 'null-optionals',
    description: 'every optional field the contract declares and the answer has no value for is answered as null (seller view, contacts, documents, orders, transactions, transfers, payouts, simulation and voucher answers, webhook data)',
    basis: 'interface §8 Extra fields: "Optional fields without a value may be absent or null."',
  },
  {
    name: 'lists-named',
    description: 'list answers are { "<resource plural>": [...], "count": n } (transactions, transfers, payoutMerchants, payoutSellers, payoutSellerAmounts)',
    basis: 'interface §8 Lists: "a JSON object or array of the implementation\'s choosing ({ "transactions": [...] }…)"; the profile\'s automatic lists find the one array',
  },
  {
    name: 'lists-bare',
    description: 'list answers are bare arrays',
    basis: 'interface §8 Lists: "… a bare array"',
  },
  {
    name: 'lists-unfiltered',
    description: "list endpoints ignore every query filter (externalOrderId, sellerId): they answer all the marketplace's resources",
    basis: 'interface §8 Lists: "query filters are not defined, so a client filters what it reads by the ids it knows"',
  },
  {
    name: 'bracket-field-paths',
    description: 'problem errors[].field is written with brackets: splits[0].fee, externalRegistrations[1].value',
    basis: 'interface §8 Error codes: "Field paths in errors[].field may be dotted (splits.0.fee), bracketed (splits[0].fee) or JSON pointers"',
  },
  {
    name: 'pointer-field-paths',
    description: 'problem errors[].field is written as a JSON pointer: /splits/0/fee',
    basis: 'interface §8 Error codes: "Field paths in errors[].field may be dotted (splits.0.fee), bracketed (splits[0].fee) or JSON pointers (/splits/0/fee)"',
  },
  {
    name: 'other-error-codes',
    description:
      'every error code is renamed (ERR_…), and two situations answer two codes each: a malformed body ERR_BODY_NOT_JSON or ERR_BODY_NOT_AN_OBJECT, a validation failure ERR_FIELD_MISSING (a required field is absent) or ERR_FIELD_INVALID',
    basis: 'interface §8 Error codes: "the names are the implementation\'s own … an implementation may split one of the kit\'s situations into finer ones"',
    profile: 'contracts/profiles/dialects/other-error-codes.yaml',
  },
  {
    name: 'problem-type-uris',
    description: 'problem answers carry other type URIs (urn:ms-sandbox:problem:…) and other titles',
    basis: 'interface §2 names the problem members (RFC 9457) but not the values of type and title; interface §8 preamble: where the documents are silent, any reasonable answer is legal',
  },
  {
    name: 'uuid-ids',
    description: 'every id the sandbox creates (sellerId, contactId, documentId, orderId, transactionId, transferId, payout ids, webhook endpoint and incoming transfer ids) is a UUID',
    basis: 'interface "Amounts, dates and codes": "IDs created by MS … are opaque strings"',
  },
  {
    name: 'created-200',
    description: 'every POST that creates answers 200 instead of 201 (PUT of a new seller keeps 201)',
    basis: 'interface §8 Statuses: "an implementation may use another 2xx for a success … declared in its profile"',
    profile: 'contracts/profiles/dialects/created-200.yaml',
  },
  {
    name: 'webhook-envelope',
    description: 'webhooks are enveloped as { eventId, eventType, occurredAt, payload }',
    basis: 'interface preamble: the webhook envelope is one of the things an implementation may do differently, declared in the profile (webhooks.envelope)',
    profile: 'contracts/profiles/dialects/webhook-envelope.yaml',
  },
  {
    name: 'virtual-iban-country',
    description: 'virtual IBANs are Belgian (BE, BIC SXPTBEBBXXX), with a valid national check digit',
    basis: 'seed §2.5 gives the virtual IBAN no country; interface §8 Formats: an IBAN is checked as ISO 13616 mod-97',
  },
  {
    name: 'simulation-empty-bodies',
    description: 'simulation answers other than webhook-endpoints { id }, reading the clock { now } and accounts { accounts } have no body (same status), moving the clock included',
    basis: 'interface §8 Simulation answers: "every other simulation answer is a status with an unspecified body"',
  },
  {
    name: 'order-currency-defaulted',
    description: 'an order registered without currency is stored and answered with currency EUR (the clean sandbox leaves it absent)',
    basis: 'seed §3 Orders: "the minimum required field for an order is the amount": the currency is optional and what an absent one means is left open',
  },
  {
    name: 'registration-date-optional',
    description: 'a registration with a value and no date satisfies its code',
    basis: 'catalogue REG-DATE-REQUIRED, alternative registration-date-optional',
    profile: 'contracts/profiles/dialects/registration-date-optional.yaml',
  },
  {
    name: 'resubmission-keeps-validated',
    description: 'on a new _assess-kyc, parts an earlier review left VALIDATED (data, document lists, documents) stay VALIDATED; only the rest goes PENDING_VALIDATION',
    basis: 'catalogue RES-VALIDATED-REVIEWED-AGAIN, alternative resubmission-keeps-validated',
    profile: 'contracts/profiles/dialects/resubmission-keeps-validated.yaml',
  },
  {
    name: 'debtor-not-compared',
    description: "the 1 € transfer starts the review whatever its debtor account (amount, currency and timing still count)",
    basis: 'catalogue IBAN-TRANSFER-FROM-SELLER-ACCOUNT, alternative debtor-not-compared',
    profile: 'contracts/profiles/dialects/debtor-not-compared.yaml',
  },
  {
    name: 'tie-highest-contract',
    description: 'a voucher tie goes to the highest contract number',
    basis: 'catalogue VOU-TIE-LOWEST-CONTRACT-WINS, alternative tie-highest-contract-number',
    profile: 'contracts/profiles/dialects/tie-highest-contract.yaml',
  },
] as const satisfies readonly Dialect[];

export type DialectName = (typeof dialects)[number]['name'];

/** What the command line and the run configuration accept for "every dialect". */
export const allDialects = 'all';

export interface DialectSet {
  has(name: DialectName): boolean;
  readonly names: readonly DialectName[];
}

export class UnknownDialectError extends Error {
  constructor(readonly unknown: string[]) {
    super(`unknown dialect ${unknown.map((name) => `"${name}"`).join(', ')}: list the valid ones with "npm run sandbox -- --list-dialects"`);
    this.name = 'UnknownDialectError';
  }
}

const known = new Set<string>(dialects.map((dialect) => dialect.name));

/** The named dialects (`all`: every one), in the order of the list. */
export function chooseDialects(names: readonly string[] = []): DialectSet {
  const unknown = names.filter((name) => name !== allDialects && !known.has(name));
  if (unknown.length > 0) throw new UnknownDialectError(unknown);
  const everyOne = names.includes(allDialects);
  const chosen = dialects.map((dialect) => dialect.name).filter((name) => everyOne || names.includes(name));
  const set = new Set<DialectName>(chosen);
  return { has: (name) => set.has(name), names: chosen };
}
