// The KYC operator's decision (seed §2.6–§2.7), driven through the simulation API (interface §6):
// a refusal names the parts it refuses, each with the comment the marketplace will read in
// kycReviewComment — the seller's data, a contact, or a document.
import type { ApiResponse } from '../client/index.ts';
import type { KycDecision } from '../world/index.ts';
import type { KitWorld } from '../world/index.ts';
import { contactIdOf, decideKyc, documentIdOf, type SellerDossier } from './onboarding.ts';
import { parseParty, partyPattern } from './sellerParties.ts';

export interface RefusedPart {
  /** `the seller's data`, a party (`the legal representative`), or a party's document (`the seller's COMPANY_REGISTRATION`). */
  part: string;
  comment: string;
}

type Refusal = NonNullable<KycDecision['refuse']>;

function addPart(refusal: Refusal, dossier: SellerDossier, { part, comment }: RefusedPart): void {
  const text = part.trim();
  if (text === "the seller's data") {
    refusal.sellerData = { comment };
    return;
  }
  const document = new RegExp(`^(${partyPattern.source})'s ([A-Z_]+)$`).exec(text);
  if (document) {
    (refusal.documents ??= []).push({ documentId: documentIdOf(dossier, parseParty(document[1]!), document[2]!), comment });
    return;
  }
  const party = parseParty(text);
  if (party.kind === 'seller') throw new Error(`refuse "the seller's data" or one of its documents, not "${text}"`);
  (refusal.contacts ??= []).push({ contactId: contactIdOf(dossier, party.name), comment });
}

function refusalOf(dossier: SellerDossier, parts: readonly RefusedPart[]): KycDecision {
  const refuse: Refusal = {};
  for (const part of parts) addPart(refuse, dossier, part);
  return { decision: 'REFUSED', comment: parts.map((part) => part.comment).join(' / '), refuse };
}

export function refuseKyc(world: KitWorld, dossier: SellerDossier, parts: readonly RefusedPart[]): Promise<ApiResponse> {
  return decideKyc(world, dossier, refusalOf(dossier, parts));
}

/** A decision the scenario expects may be refused (no review in progress): the step asserts the answer. */
export function tryToValidateKyc(world: KitWorld, dossier: SellerDossier): Promise<ApiResponse> {
  return world.simulation.kycReview(dossier.merchantSellerId, { decision: 'VALIDATED' }, { as: dossier.owner, allowFailure: true });
}
