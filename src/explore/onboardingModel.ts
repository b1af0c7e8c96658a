// Where the journey's own seller K1 stands, as the reference showed it after the last step, and
// which onboarding operation to draw from there: `next` takes the seed's path (data, a contact, the
// minimum documents, _assess-kyc, the 1 € transfer, the operator's decision, a resubmission after a
// refusal), `aside` one of the detours the rules speak about (an incomplete contact, a document that
// does not count, an assessment too early or twice, a transfer too small or from another account,
// a decision with no review in progress, a change while locked).
import { documentName, onboardingSeller, type OnboardingAction, type OnboardingCountry, type PartyName, type RefusedPart } from './onboardingActions.ts';

export type KycStage = 'open' | 'assessed' | 'review' | 'refused' | 'validated';

export interface PartyState {
  dataStatus?: string;
  documentListStatus?: string;
}

export interface OnboardingState {
  country: OnboardingCountry;
  stage: KycStage;
  seller: PartyState;
  /** Contacts the reference accepted, in order, with the field left out of each (if any). */
  contacts: { name: string; except?: string; state: PartyState }[];
  /** The latest document of each party and type the reference accepted (its resource name). */
  documents: { party: PartyName; type: string }[];
}

export type OnboardingDraw = { move: 'next' | 'aside'; pick: number };

/** Fields a contact may be drawn without, each with the value that completes it later (src/journeys/contactPayloads.ts). */
export const contactFieldValues: Record<string, string> = { email: 'camille.martin@seller.example', phoneNumber: '+33612345678', birthDate: '1984-06-15', 'address.zipCode': '75011' };
const contactFields = Object.keys(contactFieldValues);
const reopenedSellerPhone = '+33122334455';
const reopenedContactPhone = '+33611223344';

const at = <T>(list: readonly T[], index: number): T => list[index % list.length]!;
const settled = (status: string | undefined) => status === 'COMPLETE' || status === 'VALIDATED' || status === 'PENDING_VALIDATION';

/** The stage, from the reference's seller view and its KYC webhooks (seed §2.4–§2.7: each step is announced). */
export function stageOf(dataStatus: string | undefined, webhooks: readonly string[]): KycStage {
  const last = webhooks.filter((type) => type === 'MP_KYC_IN_PROGRESS' || type === 'MP_KYC_VALIDATED' || type === 'MP_KYC_REFUSED').at(-1);
  if (last === 'MP_KYC_VALIDATED') return 'validated';
  if (last === 'MP_KYC_IN_PROGRESS') return 'review';
  if (dataStatus === 'PENDING_VALIDATION') return 'assessed';
  return last === 'MP_KYC_REFUSED' ? 'refused' : 'open';
}

function nextContactName(state: OnboardingState): string {
  return `C${state.contacts.length + 1}`;
}

function refusal(state: OnboardingState, pick: number): RefusedPart[] {
  const parts: RefusedPart[] = [
    { of: 'sellerData' },
    ...state.contacts.map((contact) => ({ of: 'contact' as const, contact: contact.name })),
    ...state.documents.map((document) => ({ of: 'document' as const, party: document.party, type: document.type })),
  ];
  const first = at(parts, pick);
  const second = at(parts, pick >> 3);
  return pick % 4 !== 0 || first === second ? [first] : [first, second];
}

/**
 * The next operation on the seed's path, from where the reference stands. A quarter of the draws at
 * a stage that lasts one step (waiting for the 1 €, in review, just refused) first try what the rules
 * say of that stage: a transfer that must not start the review, a second assessment, a change while
 * locked, a new contact once refused parts are open again.
 */
function next(state: OnboardingState, pick: number): OnboardingAction | undefined {
  const probe = pick % 4 === 3;
  switch (state.stage) {
    case 'validated':
      return undefined;
    case 'assessed':
      if (probe) return at<OnboardingAction>([{ kind: 'incomingTransfer', cents: 99, fromSellerAccount: true }, { kind: 'incomingTransfer', cents: 100, fromSellerAccount: false }, { kind: 'assessKyc' }], pick >> 2);
      return { kind: 'incomingTransfer', cents: 100, fromSellerAccount: true };
    case 'review':
      if (probe) return at<OnboardingAction>([{ kind: 'assessKyc' }, { kind: 'partyChange', party: 'seller', field: 'phoneNumber', value: reopenedSellerPhone }, { kind: 'documentUpload', party: 'seller', type: 'COMPANY_REGISTRATION' }], pick >> 2);
      return pick % 2 === 0 ? { kind: 'kycDecision', decision: 'REFUSED', awaited: true, parts: refusal(state, pick >> 1) } : { kind: 'kycDecision', decision: 'VALIDATED', awaited: true };
    default: {
      if (probe && state.stage === 'refused' && state.contacts.length < 2) return { kind: 'contactAdd', contact: nextContactName(state), share: 40 };
      if (state.seller.dataStatus === 'INCOMPLETE') return { kind: 'partyChange', party: 'seller', field: 'phoneNumber', value: reopenedSellerPhone };
      if (state.contacts.length === 0) return { kind: 'contactAdd', contact: nextContactName(state), share: 60 };
      const open = state.contacts.find((contact) => contact.state.dataStatus === 'INCOMPLETE');
      if (open) return open.except ? { kind: 'partyChange', party: open.name, field: open.except, value: contactFieldValues[open.except]! } : { kind: 'partyChange', party: open.name, field: 'phoneNumber', value: reopenedContactPhone };
      if (!settled(state.seller.documentListStatus)) return { kind: 'documentUpload', party: 'seller', type: 'COMPANY_REGISTRATION' };
      const undocumented = state.contacts.find((contact) => !settled(contact.state.documentListStatus));
      if (undocumented) return { kind: 'documentUpload', party: undocumented.name, type: pick % 2 === 0 ? 'IDENTITY_CARD' : 'PASSPORT' };
      return { kind: 'assessKyc' };
    }
  }
}

/** A detour the rules speak about, valid at this stage. */
function aside(state: OnboardingState, pick: number): OnboardingAction | undefined {
  const contact = state.contacts[0]?.name;
  const detours: OnboardingAction[] = [{ kind: 'assessKyc' }, { kind: 'kycDecision', decision: 'VALIDATED', awaited: false }];
  if (state.stage === 'validated') return undefined;
  if (state.stage === 'open' || state.stage === 'refused') {
    if (state.contacts.length < 2) {
      detours.push({ kind: 'contactAdd', contact: nextContactName(state), share: 60, except: at(contactFields, pick >> 1) });
      detours.push({ kind: 'contactAdd', contact: nextContactName(state), share: at([40, 50], pick >> 1) });
    }
    detours.push({ kind: 'documentUpload', party: 'seller', type: 'FISCAL_STATEMENT' });
    if (contact) detours.push({ kind: 'documentUpload', party: contact, type: 'PROOF_OF_ADDRESS' });
    detours.push({ kind: 'incomingTransfer', cents: 100, fromSellerAccount: true });
  } else {
    // Under review or waiting for the 1 €: the seller is locked (interface §3).
    detours.push({ kind: 'partyChange', party: 'seller', field: 'phoneNumber', value: reopenedSellerPhone });
    detours.push({ kind: 'documentUpload', party: 'seller', type: 'COMPANY_REGISTRATION' });
    if (contact) detours.push({ kind: 'partyChange', party: contact, field: 'phoneNumber', value: reopenedContactPhone });
    if (state.stage === 'assessed') detours.push({ kind: 'incomingTransfer', cents: 99, fromSellerAccount: true }, { kind: 'incomingTransfer', cents: 100, fromSellerAccount: false });
  }
  return at(detours, pick);
}

/** The operation drawn, or undefined when there is nothing to do (the seller is validated). */
export function onboardingAction(draw: OnboardingDraw, state: OnboardingState | undefined, country: OnboardingCountry): OnboardingAction | undefined {
  if (!state) return { kind: 'sellerCreate', country };
  return draw.move === 'next' ? next(state, draw.pick) : aside(state, draw.pick);
}

/** What the reference accepted of an onboarding action, before its seller view is read back. */
export function acceptOnboarding(state: OnboardingState | undefined, action: OnboardingAction): OnboardingState | undefined {
  switch (action.kind) {
    case 'sellerCreate':
      return { country: action.country, stage: 'open', seller: {}, contacts: [], documents: [] };
    case 'contactAdd':
      state?.contacts.push({ name: action.contact, ...(action.except ? { except: action.except } : {}), state: {} });
      return state;
    case 'documentUpload':
      if (state && !state.documents.some((document) => document.party === action.party && document.type === action.type)) state.documents.push({ party: action.party, type: action.type });
      return state;
    default:
      return state;
  }
}

/** The reference's view of K1 after the step: its statuses and the KYC webhooks about it. */
export function learnOnboarding(state: OnboardingState, resources: Record<string, Record<string, string>>, webhooks: readonly string[]): void {
  const seller = resources[onboardingSeller];
  state.seller = { dataStatus: seller?.dataStatus, documentListStatus: seller?.documentListStatus };
  for (const contact of state.contacts) contact.state = { dataStatus: resources[contact.name]?.dataStatus, documentListStatus: resources[contact.name]?.documentListStatus };
  state.documents = state.documents.filter((document) => resources[documentName(document.party, document.type)]?.found !== 'no');
  state.stage = stageOf(seller?.dataStatus, webhooks);
}
