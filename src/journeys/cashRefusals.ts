// How a cash step checks that the target refused something: the profile's status for the kind of
// refusal and the profile's code, or the profile's "unprocessable" status naming a field. Which
// situation an error code belongs to is interface §2's table; the numbers and codes stay in the
// profile.
import type { ErrorCodeKey } from '../profile/profile.ts';
import { describeExchange, ExpectationError, type KitWorld } from '../world/index.ts';
import { sameFieldPath } from './fieldPaths.ts';
import { fieldErrors } from './onboardingRefusals.ts';

/** The situation (interface §2) each error code of the cash and voucher APIs is answered in. */
const situationOfCode: Partial<Record<ErrorCodeKey, string>> = {
  validationFailed: 'unprocessable',
  noKycValidatedSeller: 'unprocessable',
  sellerNotKycValidated: 'unprocessable',
  unknownOrder: 'unprocessable',
  unknownSeller: 'unprocessable',
  unknownTransfer: 'unprocessable',
  currencyMismatch: 'unprocessable',
  refundBeforePayment: 'unprocessable',
  splitExceedsTransactions: 'unprocessable',
  splitRefundExceedsSellerPayments: 'unprocessable',
  feeExceedsAmount: 'unprocessable',
  settlementExceedsAmount: 'unprocessable',
  missingContract: 'unprocessable',
  duplicateContract: 'unprocessable',
  externalIdConflict: 'conflict',
  orderHasTransactions: 'conflict',
  transactionHasCashedMoney: 'conflict',
  transferAlreadyExecuted: 'conflict',
  payoutAlreadyExecuted: 'conflict',
  notFound: 'notFound',
};

/** The last answer is the refusal `codeKey` names: its situation's status and its code. */
export function expectRefusal(world: KitWorld, codeKey: string): void {
  const situation = situationOfCode[codeKey as ErrorCodeKey];
  if (!situation) throw new ExpectationError(`"${codeKey}" is not an error of the cash or voucher APIs (known: ${Object.keys(situationOfCode).join(', ')})`);
  world.expectStatus(situation);
  world.expectErrorCode(codeKey);
}

/** The last answer is the profile's "unprocessable" status, and its errors name `field` (in any spelling of its path). */
export function expectRefusalNaming(world: KitWorld, field: string): void {
  world.expectStatus('unprocessable');
  const fields = fieldErrors(world).map((error) => error.field);
  if (!fields.some((reported) => sameFieldPath(reported, field))) {
    throw new ExpectationError(`${describeExchange(world.lastResponse)} answered ${world.lastResponse.status} naming ${fields.length > 0 ? fields.join(', ') : 'no field'}, expected it to name ${field}`);
  }
}
