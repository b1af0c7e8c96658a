// The shape of a validated expectation profile. contracts/profiles/profile.schema.json is the
// authority; test/profile checks that these lists and the schema name the same keys.

/** Situations of interface §2, each with one expected status code. */
export const situations = [
  'created',
  'upserted',
  'read',
  'updated',
  'deleted',
  'kycAccepted',
  'malformedBody',
  'unauthenticated',
  'forbidden',
  'notFound',
  'methodNotAllowed',
  'conflict',
  'payloadTooLarge',
  'unprocessable',
] as const;
export type Situation = (typeof situations)[number];

/** Situations that only exist as a list of acceptable codes (no single expected code). */
export const alternativeSituations = ['serverOwnedField', 'clockInPast'] as const;
export type AlternativeSituation = (typeof alternativeSituations)[number];

/** The error situations whose stable code the profile names. */
export const errorCodeKeys = [
  'malformedBody',
  'validationFailed',
  'unauthenticated',
  'forbidden',
  'notFound',
  'methodNotAllowed',
  'documentTooLarge',
  'externalIdConflict',
  'kycReviewInProgress',
  'orderHasTransactions',
  'transactionHasCashedMoney',
  'transferAlreadyExecuted',
  'payoutAlreadyExecuted',
  'kycPreconditionsNotMet',
  'effectiveBeneficiaryOver100',
  'noKycValidatedSeller',
  'sellerNotKycValidated',
  'unknownOrder',
  'unknownSeller',
  'unknownTransfer',
  'currencyMismatch',
  'refundBeforePayment',
  'splitExceedsTransactions',
  'splitRefundExceedsSellerPayments',
  'feeExceedsAmount',
  'noKycReviewInProgress',
  'clockCannotGoBack',
  'settlementExceedsAmount',
  'unknownContact',
  'unknownDocument',
  'missingContract',
  'duplicateContract',
] as const;
export type ErrorCodeKey = (typeof errorCodeKeys)[number];

export interface Profile {
  statuses: Record<Situation, number>;
  /** Per operationId, the situations whose status differs for that operation. */
  operationStatuses: Record<string, Partial<Record<Situation, number>>>;
  acceptedStatuses: Partial<Record<Situation | AlternativeSituation, number[]>>;
  errors: {
    contentType: string;
    /** JSON pointer to the machine-readable code in an error body. */
    codePointer: string;
    /** JSON pointer to the list of field errors in an error body. */
    fieldsPointer: string;
    /** JSON pointer, inside one field error, to the field's path. */
    fieldNamePointer: string;
    /** The codes an implementation declared per situation; a situation left out is checked for stability only. */
    codes: Partial<Record<ErrorCodeKey, string[]>>;
  };
  /** Per list operationId, the JSON pointer of its array ("" = the body); left out: found automatically. */
  lists: Record<string, string>;
  webhooks: {
    deadlineMs: number;
    /** How long "never", "only once" and "not before" watch for a webhook that must not come. */
    quietWindowMs: number;
    signatureHeader: string;
    toleranceSeconds: number;
    /** JSON pointers into a webhook body. */
    envelope: { id: string; type: string; createdAt: string; data: string };
  };
  money: { decimals: number };
  formats: { ibanNationalCheck: 'advice' | 'required' };
  /** Rule id of a catalogue assumption → the alternative the implementation chose. */
  assumptions: Record<string, string>;
}
