// Reading the seller view (seed §2.4, interface §3): a party's fields, statuses and missingData,
// and the metadata of its documents, found by the ids the scenario was given.
import { ExpectationError } from '../world/index.ts';
import { contactIdOf, documentIdOf, type SellerDossier } from './onboarding.ts';
import { describeParty, type PartyRef, type StatusSubject } from './sellerParties.ts';
import { valueAt } from './sellerPaths.ts';

type View = Record<string, unknown>;

function listOf(value: unknown): View[] {
  return Array.isArray(value) ? (value.filter((item) => item !== null && typeof item === 'object') as View[]) : [];
}

export function contactsIn(view: View): View[] {
  return listOf(view.contacts);
}

/** The contact in the view, or undefined when the view does not list it. */
export function contactIn(view: View, contactId: string): View | undefined {
  return contactsIn(view).find((contact) => contact.contactId === contactId);
}

/** The seller itself, or one of its contacts, which the view must list. */
export function partyIn(view: View, dossier: SellerDossier, party: PartyRef): View {
  if (party.kind === 'seller') return view;
  const contact = contactIn(view, contactIdOf(dossier, party.name));
  if (!contact) throw new ExpectationError(`the seller view does not list ${describeParty(party)} (contacts listed: ${contactsIn(view).length})`);
  return contact;
}

/** Every document the view lists, the seller's and its contacts', with who holds it. */
export function documentsIn(view: View): { holder: string; document: View }[] {
  return [
    ...listOf(view.documents).map((document) => ({ holder: 'seller', document })),
    ...contactsIn(view).flatMap((contact) => listOf(contact.documents).map((document) => ({ holder: String(contact.contactId), document }))),
  ];
}

export function documentIn(view: View, dossier: SellerDossier, party: PartyRef, type: string): View {
  const documentId = documentIdOf(dossier, party, type);
  const document = listOf(partyIn(view, dossier, party).documents).find((item) => item.documentId === documentId);
  if (!document) throw new ExpectationError(`the seller view does not list ${describeParty(party)}'s ${type} (documentId ${documentId})`);
  return document;
}

export function missingDataOf(party: View, who: string): string[] {
  const missing = party.missingData;
  if (!Array.isArray(missing)) throw new ExpectationError(`${who} has no missingData list in the seller view`);
  return missing.map(String);
}

/** The status a row of a scenario names: dataStatus, documentListStatus or a document's status. */
export function statusIn(view: View, dossier: SellerDossier, subject: StatusSubject): unknown {
  if (subject.of === 'document') return documentIn(view, dossier, subject.party, subject.type).status;
  const party = partyIn(view, dossier, subject.party);
  return subject.of === 'data' ? party.dataStatus : party.documentListStatus;
}

export function fieldIn(party: View, path: string): unknown {
  return valueAt(party, path);
}

/** Does `value` hold the key `key` at any depth? (a document's content must never come back) */
export function containsKey(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((item) => containsKey(item, key));
  if (value === null || typeof value !== 'object') return false;
  return Object.hasOwn(value, key) || Object.values(value).some((item) => containsKey(item, key));
}
