// What the reference did about a differing onboarding, KYC or voucher state, said with the suite's
// own Then steps (steps/onboarding.steps.ts, steps/kyc.steps.ts, steps/vouchers.steps.ts). "the
// seller" of those steps is K1, the last seller the scenario introduced.
import type { Difference } from './divergence.ts';
import { onboardingSeller, partyPhrase, type OnboardingAction } from './onboardingActions.ts';
import type { VoucherAction } from './voucherActions.ts';

/** A Then for the answer to an onboarding or voucher operation, when a step of the suite says it. */
export function onboardingAnswerLine(action: OnboardingAction | VoucherAction, situations: readonly string[]): string | undefined {
  const created = situations.includes('created');
  switch (action.kind) {
    case 'assessKyc':
      if (situations.includes('kycAccepted')) return 'Then the KYC assessment is accepted';
      return situations.includes('unprocessable') ? 'Then the KYC assessment is refused' : undefined;
    case 'contactAdd':
      return created ? 'Then the contact is created with its contactId' : undefined;
    case 'documentUpload':
      return created ? 'Then the document is registered with its documentId' : undefined;
    case 'partyChange':
      if (situations.includes('upserted') || situations.includes('updated')) return action.party === 'seller' ? 'Then the seller is updated' : 'Then the contact is updated';
      return undefined;
    case 'kycDecision':
      return !action.awaited && situations.includes('conflict') ? 'Then the decision is refused because no review is in progress' : undefined;
    case 'voucherOrder':
      return created ? 'Then the voucher order is accepted' : undefined;
    default:
      return undefined;
  }
}

/** `K1` → the seller; `C1` → the contact "C1"; `K1's COMPANY_REGISTRATION` → the seller's … */
function partyOfName(name: string): string {
  return partyPhrase(name === onboardingSeller ? 'seller' : name);
}

const fieldPaths = /^[A-Za-z_]+(?:\.[A-Za-z_]+)*$/;

/** Then lines for a party's or a document's differing state, as the reference shows it. */
export function onboardingResourceLines(difference: Difference, kind: 'seller' | 'contact' | 'document', fields: Record<string, string>): string[] {
  const name = difference.about!;
  if (kind === 'document') {
    const [owner, type] = name.split("'s ");
    const party = partyOfName(owner!);
    if (difference.field === 'found') return fields.found === 'yes' ? [`Then ${party}'s ${type} is listed with its documentId, name, type and status`] : [`# ${party}'s ${type} is not in the reference's seller view`];
    return fields.status && fields.status !== 'none' ? [`Then ${party}'s ${type} is ${fields.status}`] : [];
  }
  const party = partyOfName(name);
  switch (difference.field) {
    case 'found':
      return kind === 'contact' ? [fields.found === 'yes' ? `Then ${party} is in the seller view` : `Then ${party} is no longer in the seller view`] : [];
    case 'dataStatus':
      return fields.dataStatus !== 'none' ? [`Then ${party}'s data is ${fields.dataStatus}`] : [];
    case 'documentListStatus':
      return fields.documentListStatus !== 'none' ? [`Then ${party}'s document list is ${fields.documentListStatus}`] : [];
    case 'missingData': {
      if (fields.missingData === 'none') return [`Then ${party}'s missing data is empty`];
      const paths = fields.missingData!.split(', ');
      return paths.every((path) => fieldPaths.test(path)) ? [`Then ${party}'s missing data lists only ${paths.join(', ')}`] : [];
    }
    default:
      return [];
  }
}

/** Then lines for the seller's KYC webhooks: each type whose count differs, or their order. */
export function sellerWebhookLines(mine: readonly string[], theirs: readonly string[]): string[] {
  const lines: string[] = [];
  for (const type of new Set([...mine, ...theirs])) {
    const expected = mine.filter((candidate) => candidate === type).length;
    const got = theirs.filter((candidate) => candidate === type).length;
    if (expected === got) continue;
    if (expected === 0) lines.push(`Then no ${type} webhook has arrived for that seller`);
    else if (expected === 1) lines.push(`Then an ${type} webhook arrives for that seller exactly once`);
    else lines.push(`Then an ${type} webhook arrives for that seller`);
  }
  if (lines.length > 0 || mine.length === 0) return lines;
  return ['Then the webhooks for that seller arrive in this order:', ...mine.map((type) => `  | ${type} |`)];
}

/** The seller the reference selected for the differing voucher's contract type (interface §7). */
export function voucherLines(difference: Difference, action: VoucherAction, fields: Record<string, string>): string[] {
  const type = difference.field!.split(' ').at(-1)!;
  const winner = Object.entries(fields).find(([field, value]) => field.endsWith(` ${type}`) && value === 'selected');
  if (!winner) return [];
  const index = Number(winner[0].split(' ')[1]) - 1;
  return [`Then seller "${action.items[index]!.seller}" is selected for ${type}`];
}
