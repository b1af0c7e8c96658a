// The catalogue rules a difference of the onboarding, KYC and voucher families belongs to, by the
// operation that showed it and the state that differs (contracts/rules.yaml).
import { onboardingSeller, type OnboardingAction } from './onboardingActions.ts';
import type { OnboardingKind } from './sideJourney.ts';
import type { VoucherAction, VoucherContractType } from './voucherActions.ts';

export function onboardingAnswerRules(action: OnboardingAction): string[] {
  switch (action.kind) {
    case 'sellerCreate':
      return ['ONB-SELLER-ID-ASSIGNED', 'ONB-UPSERT-PARTIAL'];
    case 'contactAdd':
      return action.except ? ['CON-ADD', 'CON-EB-SUM-MAX-100'] : ['CON-ADD', 'CON-EB-SUM-MAX-100', 'LCK-CONTACTS-LOCKED'];
    case 'documentUpload':
      return ['DOC-ADD', 'LCK-DOCUMENTS-LOCKED'];
    case 'partyChange':
      return ['LCK-REVIEW-LOCK', 'RFS-REFUSED-PARTS-OPEN'];
    case 'assessKyc':
      return ['KYC-ASSESS-PRECONDITIONS', 'KYC-ASSESS-DOCUMENTS', 'KYC-ASSESS-TWICE-409', 'RES-PENDING-AGAIN'];
    case 'incomingTransfer':
      return ['IBAN-TRANSFER-MIN-1-EUR'];
    case 'kycDecision':
      return action.awaited ? ['REV-DECISION'] : ['IBAN-NO-REVIEW-BEFORE-TRANSFER'];
  }
}

/** After a refusal (seed §2.7): a refused document is REFUSED and no longer counts; refused data is open again. */
function refusalRules(kind: OnboardingKind, name: string, field: string): string[] {
  const sellers = kind === 'seller' || (kind === 'document' && name.startsWith(`${onboardingSeller}'s `));
  if (kind === 'document') return [sellers ? 'RFS-DOCUMENT-REFUSED' : 'RFS-CONTACT-DOCUMENT-REFUSED'];
  if (field === 'documentListStatus') return [sellers ? 'RFS-DOCUMENT-REFUSED' : 'RFS-CONTACT-DOCUMENT-REFUSED', 'DOC-REFUSED-NOT-COUNTED'];
  return [sellers ? 'RFS-SELLER-INCOMPLETE' : 'RFS-CONTACT-INCOMPLETE'];
}

/** A party's or document's state differs (`name`: K1, a contact, `K1's COMPANY_REGISTRATION`): the rule of that state, read by what the step did. */
export function onboardingResourceRules(kind: OnboardingKind, name: string, field: string, action: OnboardingAction | undefined): string[] {
  const after = action?.kind === 'assessKyc' ? 'assess' : action?.kind === 'kycDecision' ? action.decision : 'change';
  if (field === 'found') return [kind === 'contact' ? 'CON-ADD' : kind === 'document' ? 'DOC-ADD' : 'ONB-GET-RETURNS-ALL'];
  if (after === 'assess') return ['STA-PENDING-AFTER-ASSESS'];
  if (after === 'VALIDATED') return ['STA-VALIDATED-AFTER-APPROVAL'];
  if (after === 'REFUSED') return refusalRules(kind, name, field);
  if (kind === 'document') return ['DOC-NEW-REGISTERED'];
  if (field === 'missingData') return ['ONB-MISSING-DATA-LIST'];
  if (field === 'documentListStatus') return ['STA-DOCUMENT-LIST-COMPLETE', kind === 'seller' ? 'DOC-SELLER-MINIMUM' : 'DOC-CONTACT-MINIMUM'];
  return ['STA-DATA-COMPLETE'];
}

/** The seller's KYC webhooks differ: the step's own announcement (seed §2.5–§2.7). */
export function sellerWebhookRules(action: OnboardingAction | undefined): string[] {
  switch (action?.kind) {
    case 'assessKyc':
      return ['IBAN-WEBHOOK-ONCE', 'WHK-ONBOARDING-SEQUENCE', 'RES-IN-PROGRESS-AGAIN'];
    case 'incomingTransfer':
      return ['REV-IN-PROGRESS-AFTER-TRANSFER', 'IBAN-TRANSFER-MIN-1-EUR'];
    case 'kycDecision':
      return ['REV-DECISION'];
    default:
      return ['WHK-EACH-STEP'];
  }
}

/** `item 2 CONECS`: a tie on that type's highest sum is settled by contract number, else the sum decides (interface §7). */
export function voucherRules(action: VoucherAction, field: string): string[] {
  const type = field.split(' ').at(-1) as VoucherContractType;
  const sums = new Map<string, number>();
  for (const item of action.items) if (item.eligible[type] !== undefined) sums.set(item.seller, (sums.get(item.seller) ?? 0) + item.eligible[type]!);
  const ranked = [...sums.values()].sort((a, b) => b - a);
  if (ranked.length > 1 && ranked[0] === ranked[1]) return ['VOU-TIE-CONTRACT-NUMBER', 'VOU-TIE-LOWEST-CONTRACT-WINS'];
  return ['VOU-HIGHEST-ELIGIBLE-WINS', 'VOU-SUM-PER-SELLER', 'VOU-ONE-SELLER-PER-CONTRACT'];
}
