import type { DomainProblem } from '../../domain/problem.ts';

// The other-error-codes dialect (interface §8: code names are the implementation's own, and one of
// the kit's situations may answer finer codes): every sandbox code renamed, and two situations
// split by their cause. contracts/profiles/dialects/other-error-codes.yaml declares a few of them.

const renamed: Record<string, string> = {
  RESOURCE_NOT_FOUND: 'ERR_NOT_FOUND',
  KYC_REVIEW_IN_PROGRESS: 'ERR_SELLER_UNDER_REVIEW',
  SPLIT_EXCEEDS_TRANSACTIONS: 'ERR_SPLIT_OVER_CEILING',
  UNAUTHENTICATED: 'ERR_UNAUTHORIZED',
  INSUFFICIENT_SCOPE: 'ERR_FORBIDDEN',
};

/** The dialect's code for a problem: the same cause always gets the same code. */
export function otherErrorCode(problem: DomainProblem): string {
  switch (problem.code) {
    case 'MALFORMED_BODY':
      return problem.reason === 'not-an-object' ? 'ERR_BODY_NOT_AN_OBJECT' : 'ERR_BODY_NOT_JSON';
    case 'VALIDATION_FAILED':
      return problem.reason === 'missing-field' ? 'ERR_FIELD_MISSING' : 'ERR_FIELD_INVALID';
    default:
      return renamed[problem.code] ?? `ERR_${problem.code}`;
  }
}
