// Onboarding phrases (seed §2.1–§2.3): sellers, contacts, documents, and what the seller view says
// of them. "the seller" is the latest seller the scenario introduced or named.
import { Given, Then, When, type DataTable } from '@cucumber/cucumber';
import { ExpectationError, type KitWorld } from '../src/world/index.ts';
import { contactPayload } from '../src/journeys/contactPayloads.ts';
import { contentOfSize, documentUpload } from '../src/journeys/documentUploads.ts';
import {
  addContact,
  addDocument,
  changeContact,
  currentSeller,
  deleteDocument,
  documentIdOf,
  documentPath,
  focusSeller,
  getSeller,
  newSellerDossier,
  onboardCompleteSeller,
  onboardContact,
  onboardSellerData,
  onboardValidatedSeller,
  putSeller,
  readSellerView,
  requireStatus,
  sendForSeller,
  unnamedSeller,
  type SellerDossier,
} from '../src/journeys/onboarding.ts';
import { describeParty, parseParty, type PartyRef } from '../src/journeys/sellerParties.ts';
import { withValueAt } from '../src/journeys/sellerPaths.ts';
import { containsKey, contactIn, contactsIn, documentIn, documentsIn, fieldIn, missingDataOf, partyIn } from '../src/journeys/sellerView.ts';

function jsonOf(docString: string): Record<string, unknown> {
  try {
    return JSON.parse(docString) as Record<string, unknown>;
  } catch {
    throw new ExpectationError('the step\'s doc string is not JSON: write the body as a JSON object');
  }
}

/** A change to a party: PUT of the seller (an upsert merges it) or PATCH of the contact. */
function changeParty(world: KitWorld, dossier: SellerDossier, party: PartyRef, body: Record<string, unknown>) {
  return party.kind === 'seller' ? putSeller(world, dossier, body) : changeContact(world, dossier, party.name, body);
}

async function partyView(world: KitWorld, party: PartyRef): Promise<Record<string, unknown>> {
  const dossier = currentSeller(world);
  return partyIn(await readSellerView(world, dossier), dossier, party);
}

// ── sellers ────────────────────────────────────────────────────────────────

Given('a KYC-validated {country} seller {string}', async function (this: KitWorld, country: string, name: string) {
  await onboardValidatedSeller(this, { name, country });
});

Given('a KYC-validated {country} seller {string} of the second marketplace', async function (this: KitWorld, country: string, name: string) {
  await onboardValidatedSeller(this, { name, country, owner: 'second' });
});

Given('a {country} seller with every mandatory field', async function (this: KitWorld, country: string) {
  await onboardSellerData(this, { name: unnamedSeller, country });
});

Given('a {country} seller {string} with every mandatory field', async function (this: KitWorld, country: string, name: string) {
  await onboardSellerData(this, { name, country });
});

Given('a {country} seller with every mandatory field except its {fieldPath}', async function (this: KitWorld, country: string, path: string) {
  await onboardSellerData(this, { name: unnamedSeller, country, except: [path] });
});

Given('a {country} seller ready for its KYC assessment', async function (this: KitWorld, country: string) {
  await onboardCompleteSeller(this, { name: unnamedSeller, country });
});

Given('a {country} seller {string} ready for its KYC assessment', async function (this: KitWorld, country: string, name: string) {
  await onboardCompleteSeller(this, { name, country });
});

Given('a {country} seller {string} of the second marketplace ready for its KYC assessment', async function (this: KitWorld, country: string, name: string) {
  await onboardCompleteSeller(this, { name, country, owner: 'second' });
});

Given('a {country} seller ready for its KYC assessment except {party}\'s {fieldPath}', async function (this: KitWorld, country: string, party: PartyRef, path: string) {
  await onboardCompleteSeller(this, { name: unnamedSeller, country, ...(party.kind === 'seller' ? { sellerExcept: [path] } : { contactExcept: [path] }) });
});

Given('a seller the marketplace knows by its id', function (this: KitWorld) {
  newSellerDossier(this, unnamedSeller, 'FR');
});

When('the marketplace saves a new seller with:', async function (this: KitWorld, body: string) {
  await putSeller(this, newSellerDossier(this, unnamedSeller, 'FR'), jsonOf(body));
});

Given('the marketplace saved a new seller with:', async function (this: KitWorld, body: string) {
  const dossier = newSellerDossier(this, unnamedSeller, 'FR');
  requireStatus(this, await putSeller(this, dossier, jsonOf(body)), 'created', 'creating the seller');
});

When('the marketplace saves the seller with:', async function (this: KitWorld, body: string) {
  await putSeller(this, currentSeller(this), jsonOf(body));
});

When('the marketplace saves the seller {string} with:', async function (this: KitWorld, name: string, body: string) {
  await putSeller(this, focusSeller(this, name), jsonOf(body));
});

When('the marketplace saves the seller with the raw body {}', async function (this: KitWorld, raw: string) {
  await putSeller(this, currentSeller(this), raw);
});

When('the marketplace saves the seller with a {word} registration {string}', async function (this: KitWorld, code: string, value: string) {
  await putSeller(this, currentSeller(this), { externalRegistrations: [{ code, value, date: '2019-03-04' }] });
});

When('the marketplace saves the seller with a {word} registration without its {word}', async function (this: KitWorld, code: string, part: string) {
  const registration: Record<string, string> = { code, value: 'FR19812345676', date: '2019-03-04' };
  delete registration[part];
  await putSeller(this, currentSeller(this), { externalRegistrations: [registration] });
});

When('the second marketplace saves a seller with the same merchantSellerId and:', async function (this: KitWorld, body: string) {
  await putSeller(this, currentSeller(this), jsonOf(body), 'second');
});

When('the marketplace changes {party}\'s {fieldPath} to {string}', async function (this: KitWorld, party: PartyRef, path: string, value: string) {
  await changeParty(this, currentSeller(this), party, withValueAt({}, path, value));
});

Given('the marketplace changed {party}\'s {fieldPath} to {string}', async function (this: KitWorld, party: PartyRef, path: string, value: string) {
  const response = await changeParty(this, currentSeller(this), party, withValueAt({}, path, value));
  requireStatus(this, response, party.kind === 'seller' ? 'upserted' : 'updated', `changing ${describeParty(party)}'s ${path}`);
});

Then(/^the (seller|contact|document) is (created|updated|read|deleted)$/, function (this: KitWorld, noun: string, outcome: string) {
  this.expectStatus(outcome === 'updated' && noun === 'seller' ? 'upserted' : outcome);
});

Then('the answer is the whole seller view with a sellerId and its statuses', function (this: KitWorld) {
  const view = (this.lastResponse.body ?? {}) as Record<string, unknown>;
  const problems = [
    typeof view.sellerId === 'string' && view.sellerId !== '' ? undefined : 'no sellerId',
    view.merchantSellerId === currentSeller(this).merchantSellerId ? undefined : 'not the merchantSellerId of the path',
    typeof view.dataStatus === 'string' ? undefined : 'no dataStatus',
    typeof view.documentListStatus === 'string' ? undefined : 'no documentListStatus',
    Array.isArray(view.missingData) ? undefined : 'no missingData list',
    Array.isArray(view.documents) ? undefined : 'no documents list',
    Array.isArray(view.contacts) ? undefined : 'no contacts list',
  ].filter(Boolean);
  if (problems.length > 0) throw new ExpectationError(`the answer is not the whole seller view: ${problems.join(', ')}`);
});

Then('the seller keeps the same sellerId', async function (this: KitWorld) {
  const dossier = currentSeller(this);
  const { status, body } = this.lastResponse;
  // A refused update (a server-owned field refused with 422) answers a problem, not the seller view.
  const answered = status < 300 ? (body as { sellerId?: unknown } | undefined)?.sellerId : dossier.sellerId;
  const read = (await readSellerView(this, dossier)).sellerId;
  if (!dossier.sellerId || answered !== dossier.sellerId || read !== dossier.sellerId) {
    throw new ExpectationError(`the seller was created with sellerId ${String(dossier.sellerId)}, but the update answered ${String(answered)} and a read ${String(read)}`);
  }
});

Then('the seller does not exist', async function (this: KitWorld) {
  await getSeller(this, currentSeller(this));
  this.expectStatus('notFound');
});

// ── what the seller view says ──────────────────────────────────────────────

Then('{party}\'s {fieldPath} is {string}', async function (this: KitWorld, party: PartyRef, path: string, expected: string) {
  const actual = fieldIn(await partyView(this, party), path);
  // An optional field answered null has no value (interface §8), whatever the scenario expects.
  if (actual === undefined || actual === null || String(actual) !== expected) {
    throw new ExpectationError(`${describeParty(party)}'s ${path} is ${JSON.stringify(actual)} in the seller view, expected "${expected}"`);
  }
});

Then('{party}\'s data is {kycStatus}', async function (this: KitWorld, party: PartyRef, status: string) {
  const actual = (await partyView(this, party)).dataStatus;
  if (actual !== status) throw new ExpectationError(`${describeParty(party)}'s dataStatus is ${String(actual)}, expected ${status}`);
});

Then('{party}\'s data is {kycStatus} with the comment {string}', async function (this: KitWorld, party: PartyRef, status: string, comment: string) {
  const view = await partyView(this, party);
  if (view.dataStatus !== status || view.kycReviewComment !== comment) {
    throw new ExpectationError(`${describeParty(party)} has dataStatus ${String(view.dataStatus)} and kycReviewComment ${JSON.stringify(view.kycReviewComment)}, expected ${status} with "${comment}"`);
  }
});

Then('{party}\'s document list is {kycStatus}', async function (this: KitWorld, party: PartyRef, status: string) {
  const actual = (await partyView(this, party)).documentListStatus;
  if (actual !== status) throw new ExpectationError(`${describeParty(party)}'s documentListStatus is ${String(actual)}, expected ${status}`);
});

Then('{party} has no kycReviewComment', async function (this: KitWorld, party: PartyRef) {
  const comment = (await partyView(this, party)).kycReviewComment;
  // An optional field answered null is absent (interface §8): no comment was stored.
  if (comment !== undefined && comment !== null) throw new ExpectationError(`${describeParty(party)} has kycReviewComment ${JSON.stringify(comment)}, which the marketplace sent and MS must not store`);
});

Then('{party}\'s missing data lists {fieldPaths}', async function (this: KitWorld, party: PartyRef, paths: string[]) {
  const missing = missingDataOf(await partyView(this, party), describeParty(party));
  const absent = paths.filter((path) => !missing.includes(path));
  if (absent.length > 0) throw new ExpectationError(`${describeParty(party)}'s missingData is [${missing.join(', ')}], which does not list ${absent.join(', ')}`);
});

Then('{party}\'s missing data lists only {fieldPaths}', async function (this: KitWorld, party: PartyRef, paths: string[]) {
  const missing = missingDataOf(await partyView(this, party), describeParty(party));
  const absent = paths.filter((path) => !missing.includes(path));
  const extra = missing.filter((path) => !paths.includes(path));
  if (absent.length > 0 || extra.length > 0) {
    throw new ExpectationError(`${describeParty(party)}'s missingData is [${missing.join(', ')}], expected exactly [${paths.join(', ')}]${absent.length > 0 ? `; not listed: ${absent.join(', ')}` : ''}${extra.length > 0 ? `; listed although provided: ${extra.join(', ')}` : ''}`);
  }
});

Then('{party}\'s missing data does not list {fieldPaths}', async function (this: KitWorld, party: PartyRef, paths: string[]) {
  const missing = missingDataOf(await partyView(this, party), describeParty(party));
  const listed = paths.filter((path) => missing.includes(path));
  if (listed.length > 0) throw new ExpectationError(`${describeParty(party)}'s missingData lists ${listed.join(', ')}, which were provided`);
});

Then('{party}\'s missing data is empty', async function (this: KitWorld, party: PartyRef) {
  const missing = missingDataOf(await partyView(this, party), describeParty(party));
  if (missing.length > 0) throw new ExpectationError(`${describeParty(party)}'s missingData is [${missing.join(', ')}], expected it empty`);
});

// ── contacts ───────────────────────────────────────────────────────────────

Given('the seller has a complete contact {string}', async function (this: KitWorld, name: string) {
  await onboardContact(this, currentSeller(this), name);
});

Given('the seller has a complete contact {string} owning {float} %', async function (this: KitWorld, name: string, share: number) {
  await onboardContact(this, currentSeller(this), name, contactPayload({ effectiveBeneficiary: share, firstName: name }));
});

Given('the seller has a contact {string} with every mandatory field except its {fieldPath}', async function (this: KitWorld, name: string, path: string) {
  await onboardContact(this, currentSeller(this), name, contactPayload({ except: [path], effectiveBeneficiary: 10, firstName: name }));
});

When('the marketplace adds a complete contact {string} to the seller', async function (this: KitWorld, name: string) {
  await addContact(this, currentSeller(this), name, contactPayload({ firstName: name }));
});

When('the marketplace adds a complete contact {string} owning {float} % to the seller', async function (this: KitWorld, name: string, share: number) {
  await addContact(this, currentSeller(this), name, contactPayload({ effectiveBeneficiary: share, firstName: name }));
});

When('the marketplace adds a contact {string} with every mandatory field except its {fieldPath}', async function (this: KitWorld, name: string, path: string) {
  await addContact(this, currentSeller(this), name, contactPayload({ except: [path] }));
});

When('the marketplace changes the contact {string} with:', async function (this: KitWorld, name: string, body: string) {
  await changeContact(this, currentSeller(this), name, jsonOf(body));
});

Then('the contact is created with its contactId', function (this: KitWorld) {
  this.expectStatus('created');
  const contactId = (this.lastResponse.body as { contactId?: unknown } | undefined)?.contactId;
  if (typeof contactId !== 'string' || contactId === '') throw new ExpectationError('the added contact was answered without its contactId');
});

Then('{party} is in the seller view', async function (this: KitWorld, party: PartyRef) {
  await partyView(this, party);
});

Then('{party} is no longer in the seller view', async function (this: KitWorld, party: PartyRef) {
  if (party.kind === 'seller') throw new ExpectationError('a seller is not a contact');
  const dossier = currentSeller(this);
  const view = await readSellerView(this, dossier);
  if (contactIn(view, dossier.contacts[party.name] ?? '')) throw new ExpectationError(`${describeParty(party)} is still in the seller view`);
});

Then('{party} is the seller\'s only contact', async function (this: KitWorld, party: PartyRef) {
  const contacts = contactsIn(await readSellerView(this, currentSeller(this)));
  await partyView(this, party);
  if (contacts.length !== 1) throw new ExpectationError(`the seller has ${contacts.length} contacts, expected only ${describeParty(party)}`);
});

Then('the seller has no contact', async function (this: KitWorld) {
  const contacts = contactsIn(await readSellerView(this, currentSeller(this)));
  if (contacts.length > 0) throw new ExpectationError(`the seller has ${contacts.length} contact(s), expected none`);
});

// ── documents ──────────────────────────────────────────────────────────────

When('{party} uploads a(n) (new ){documentType}', async function (this: KitWorld, party: PartyRef, type: string) {
  await addDocument(this, currentSeller(this), party, documentUpload(type));
});

When('{party} uploads a(n) {documentType} named {string}', async function (this: KitWorld, party: PartyRef, type: string, name: string) {
  await addDocument(this, currentSeller(this), party, documentUpload(type, { name }));
});

When('{party} uploads a(n) {documentType} of {documentSize}', async function (this: KitWorld, party: PartyRef, type: string, bytes: number) {
  await addDocument(this, currentSeller(this), party, documentUpload(type, { fileContent: contentOfSize(bytes) }));
});

When('{party} uploads a(n) {documentType} whose content is {string}', async function (this: KitWorld, party: PartyRef, type: string, fileContent: string) {
  await addDocument(this, currentSeller(this), party, documentUpload(type, { fileContent }));
});

When('{party} uploads a document without a type', async function (this: KitWorld, party: PartyRef) {
  const { type: _omitted, ...upload } = documentUpload('COMPANY_REGISTRATION');
  await addDocument(this, currentSeller(this), party, upload);
});

When('the marketplace deletes {party}\'s {documentType}', async function (this: KitWorld, party: PartyRef, type: string) {
  await deleteDocument(this, currentSeller(this), party, type);
});

Given('the marketplace deleted {party}\'s {documentType}', async function (this: KitWorld, party: PartyRef, type: string) {
  requireStatus(this, await deleteDocument(this, currentSeller(this), party, type), 'deleted', `deleting ${describeParty(party)}'s ${type}`);
});

When('the marketplace sends {word} on {party}\'s {documentType}', async function (this: KitWorld, method: string, party: PartyRef, type: string) {
  const dossier = currentSeller(this);
  await sendForSeller(this, dossier, { method, path: documentPath(dossier, party, type), body: documentUpload(type, { name: 'replaced.pdf' }) });
});

Then('the document is registered with its documentId', function (this: KitWorld) {
  this.expectStatus('created');
  const documentId = (this.lastResponse.body as { documentId?: unknown } | undefined)?.documentId;
  if (typeof documentId !== 'string' || documentId === '') throw new ExpectationError('the uploaded document was answered without its documentId');
});

Then('{party}\'s {documentType} is {kycStatus}', async function (this: KitWorld, party: PartyRef, type: string, status: string) {
  const dossier = currentSeller(this);
  const document = documentIn(await readSellerView(this, dossier), dossier, party, type);
  if (document.status !== status) throw new ExpectationError(`${describeParty(party)}'s ${type} has status ${String(document.status)}, expected ${status}`);
});

Then('{party}\'s {documentType} is {kycStatus} with the comment {string}', async function (this: KitWorld, party: PartyRef, type: string, status: string, comment: string) {
  const dossier = currentSeller(this);
  const view = await readSellerView(this, dossier);
  const document = documentIn(view, dossier, party, type);
  // seed §2.7.1: a contact document's reason may be on the document or on its contact.
  const comments = [document.kycReviewComment, ...(party.kind === 'contact' ? [partyIn(view, dossier, party).kycReviewComment] : [])];
  if (document.status !== status || !comments.includes(comment)) {
    throw new ExpectationError(`${describeParty(party)}'s ${type} has status ${String(document.status)} and kycReviewComment ${JSON.stringify(document.kycReviewComment)}, expected ${status} with "${comment}"`);
  }
});

Then('{party}\'s {documentType} is listed with its documentId, name, type and status', async function (this: KitWorld, party: PartyRef, type: string) {
  const dossier = currentSeller(this);
  const document = documentIn(await readSellerView(this, dossier), dossier, party, type);
  const problems = [
    document.documentId === documentIdOf(dossier, party, type) ? undefined : 'another documentId',
    typeof document.name === 'string' && document.name !== '' ? undefined : 'no name',
    document.type === type ? undefined : `type ${String(document.type)}`,
    typeof document.status === 'string' ? undefined : 'no status',
  ].filter(Boolean);
  if (problems.length > 0) throw new ExpectationError(`${describeParty(party)}'s ${type} is listed with ${problems.join(', ')}`);
});

Then('the seller view lists no {documentType}', async function (this: KitWorld, type: string) {
  const listed = documentsIn(await readSellerView(this, currentSeller(this))).filter(({ document }) => document.type === type);
  if (listed.length > 0) throw new ExpectationError(`the seller view still lists ${listed.length} ${type} document(s)`);
});

Then('the seller view lists exactly these documents:', async function (this: KitWorld, table: DataTable) {
  const dossier = currentSeller(this);
  const view = await readSellerView(this, dossier);
  const expected = table.hashes().map((row) => documentIdOf(dossier, parseParty(row.party!.trim()), row.type!.trim()));
  const listed = documentsIn(view).map(({ document }) => String(document.documentId));
  const missing = expected.filter((id) => !listed.includes(id));
  const extra = listed.filter((id) => !expected.includes(id));
  if (missing.length > 0 || extra.length > 0) {
    throw new ExpectationError(`the seller view lists documents [${listed.join(', ')}], expected exactly [${expected.join(', ')}]`);
  }
});

Then('the answer carries no document content', function (this: KitWorld) {
  const { body, method, path } = this.lastResponse;
  if (containsKey(body, 'fileContent')) throw new ExpectationError(`the answer to ${method} ${path} contains a fileContent: a document is never given back (seed §2.3.3)`);
});
