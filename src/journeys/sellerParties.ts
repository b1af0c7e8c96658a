// The parties of a KYC as scenarios name them (seed §2.4: "The seller (Legal entity) and each
// contacts (physical person) have both 3 status"): `the seller`, `the legal representative` (the
// contact every complete seller of the suite has), `the contact "Lucas"`.

export type PartyRef = { kind: 'seller' } | { kind: 'contact'; name: string };

/** The contact every seller built by the onboarding journeys has. */
export const legalRepresentative = 'the legal representative';

export const partyPattern = /the seller|the legal representative|the contact "[^"]+"/;

export function parseParty(text: string): PartyRef {
  if (text === 'the seller') return { kind: 'seller' };
  if (text === legalRepresentative) return { kind: 'contact', name: legalRepresentative };
  const named = /^the contact "([^"]+)"$/.exec(text);
  if (named) return { kind: 'contact', name: named[1]! };
  throw new Error(`"${text}" names no party: write "the seller", "${legalRepresentative}" or "the contact "<name>""`);
}

export function describeParty(party: PartyRef): string {
  if (party.kind === 'seller') return 'the seller';
  return party.name === legalRepresentative ? legalRepresentative : `the contact "${party.name}"`;
}

/** What a status row of a scenario names: a party's data, its document list, or one of its documents. */
export type StatusSubject = { party: PartyRef; of: 'data' } | { party: PartyRef; of: 'document list' } | { party: PartyRef; of: 'document'; type: string };

export function parseStatusSubject(text: string): StatusSubject {
  const match = new RegExp(`^(${partyPattern.source})'s (data|document list|[A-Z_]+)$`).exec(text.trim());
  if (!match) throw new Error(`"${text}" is not "<party>'s data", "<party>'s document list" or "<party>'s <DOCUMENT_TYPE>"`);
  const party = parseParty(match[1]!);
  const of = match[2]!;
  if (of === 'data' || of === 'document list') return { party, of };
  return { party, of: 'document', type: of };
}
