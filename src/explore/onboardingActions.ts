// The onboarding and KYC operations of a journey (seed §2.2–§2.8, interface §3 and §6), on the one
// seller the journey onboards itself, "K1", and its contacts "C1", "C2". Each is said with the
// suite's own steps (steps/onboarding.steps.ts, steps/kyc.steps.ts), which act on "the seller": the
// last seller a step introduced, K1 once it exists (the cash steps name their sellers and move no focus).
import type { JourneyAction } from './journeyActions.ts';

export const onboardingSeller = 'K1';
export type OnboardingCountry = 'FR' | 'DE';
export const countryAdjective: Record<OnboardingCountry, string> = { FR: 'French', DE: 'German' };

/** A part of the seller the operator refuses: its data, a contact, or a party's document. */
export type RefusedPart = { of: 'sellerData' } | { of: 'contact'; contact: string } | { of: 'document'; party: string; type: string };

/** The party of a document or a change: the seller itself, or a contact by its name. */
export type PartyName = 'seller' | string;

export type OnboardingAction =
  | { kind: 'sellerCreate'; country: OnboardingCountry }
  | { kind: 'contactAdd'; contact: string; share: number; except?: string }
  | { kind: 'documentUpload'; party: PartyName; type: string }
  | { kind: 'partyChange'; party: PartyName; field: string; value: string }
  | { kind: 'assessKyc' }
  | { kind: 'incomingTransfer'; cents: number; fromSellerAccount: boolean }
  /** `awaited`: a review is in progress on the reference, so the decision is taken (the target gets the deadline to start its review); else only tried. */
  | { kind: 'kycDecision'; decision: 'VALIDATED'; awaited: boolean }
  | { kind: 'kycDecision'; decision: 'REFUSED'; awaited: true; parts: RefusedPart[] };

const onboardingKinds = new Set<string>(['sellerCreate', 'contactAdd', 'documentUpload', 'partyChange', 'assessKyc', 'incomingTransfer', 'kycDecision']);

export function isOnboarding(action: JourneyAction): action is OnboardingAction {
  return onboardingKinds.has(action.kind);
}

/** A valid IBAN of another account than the seller's (the suite's "another account", steps/kyc.steps.ts). */
export const anotherAccountIban = 'DE89370400440532013000';

/** The resource name of a party's latest document of a type, as findings name it. */
export function documentName(party: PartyName, type: string): string {
  return `${party === 'seller' ? onboardingSeller : party}'s ${type}`;
}

/** The party as the steps say it: `the seller`, `the contact "C1"`. */
export function partyPhrase(party: PartyName): string {
  return party === 'seller' ? 'the seller' : `the contact "${party}"`;
}

function partPhrase(part: RefusedPart): string {
  if (part.of === 'sellerData') return "the seller's data";
  if (part.of === 'contact') return partyPhrase(part.contact);
  return `${partyPhrase(part.party)}'s ${part.type}`;
}

/** The comment the operator gives a refused part: fixed, so that both sides and the scenario read the same. */
export function refusalComment(part: RefusedPart): string {
  return `explore refuses ${partPhrase(part)}`;
}

const money = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

export function onboardingGherkin(action: OnboardingAction, table: (header: readonly string[], rows: readonly (readonly string[])[]) => string[]): string[] {
  switch (action.kind) {
    case 'sellerCreate':
      return [`When a ${countryAdjective[action.country]} seller "${onboardingSeller}" with every mandatory field`];
    case 'contactAdd':
      return action.except
        ? [`When the marketplace adds a contact "${action.contact}" with every mandatory field except its ${action.except}`]
        : [`When the marketplace adds a complete contact "${action.contact}" owning ${action.share} % to the seller`];
    case 'documentUpload':
      return [`When ${partyPhrase(action.party)} uploads ${/^[AEIOU]/.test(action.type) ? 'an' : 'a'} ${action.type}`];
    case 'partyChange':
      return [`When the marketplace changes ${partyPhrase(action.party)}'s ${action.field} to "${action.value}"`];
    case 'assessKyc':
      return [`When the marketplace asks for the KYC assessment of the seller "${onboardingSeller}"`];
    case 'incomingTransfer':
      if (action.cents === 100 && action.fromSellerAccount) return ["When the seller's bank sends its 1 € transfer"];
      return [`When a transfer of ${money(action.cents)} EUR from ${action.fromSellerAccount ? "the seller's account" : 'another account'} reaches the seller's virtual IBAN`];
    case 'kycDecision':
      if (action.decision === 'VALIDATED') return [action.awaited ? "When the KYC operator validates the seller's KYC" : "When the KYC operator tries to validate the seller's KYC"];
      return ["When the KYC operator refuses the seller's KYC:", ...table(['part', 'comment'], action.parts.map((part) => [partPhrase(part), refusalComment(part)]))];
  }
}
