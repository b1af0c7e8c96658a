// Onboarding journeys (seed §2.2–§2.6): the calls a marketplace back-office makes to bring a seller
// from nothing to a KYC decision. Journeys used as a scenario's Given check every call on the way,
// so that a Given fails in one line where the target goes wrong rather than three steps later.
import type { ApiRequest, ApiResponse } from '../client/index.ts';
import { readPointer } from '../client/index.ts';
import { acceptedStatuses } from '../profile/index.ts';
import type { KitWorld, KycDecision } from '../world/index.ts';
import { ExpectationError, describeExchange } from '../world/index.ts';
import { contactPayload, type ContactBody } from './contactPayloads.ts';
import { documentUpload, type DocumentUpload } from './documentUploads.ts';
import { eventually } from './eventually.ts';
import { sellerKeys } from './kycWebhooks.ts';
import { describeParty, legalRepresentative, type PartyRef } from './sellerParties.ts';
import { sellerBankAccount, sellerPayload, type SellerBody } from './sellerPayloads.ts';

export { legalRepresentative } from './sellerParties.ts';

export type Marketplace = 'primary' | 'second';

/** What a scenario knows of a seller it onboarded, remembered under the seller's name. */
export interface SellerDossier {
  merchantSellerId: string;
  /** Assigned by MS at creation (seed §2.2); undefined until the seller exists. */
  sellerId?: string;
  /** The marketplace whose seller it is. */
  owner: Marketplace;
  country: string;
  /** The seller's own account, the only one its 1 € check may come from (seed §2.5). */
  bankIban: string;
  bankAccountName: string;
  /** contactId by the name the scenario gives the contact. */
  contacts: Record<string, string>;
  /** documentId of the latest document of each party and type (`seller:COMPANY_REGISTRATION`). */
  documents: Record<string, string>;
  /** The virtual IBAN the seller view showed once assessed (seed §2.5). */
  virtualIban?: string;
}

/** The name of a seller a scenario does not name: "a French seller …", then "the seller". */
export const unnamedSeller = 'the seller';
const currentSellerKey = 'current seller';

export function recallSeller(world: KitWorld, name: string): SellerDossier {
  return world.recall<SellerDossier>(name, 'seller');
}

/** The seller "the seller" means: the latest one the scenario introduced or named. */
export function currentSeller(world: KitWorld): SellerDossier {
  if (!world.isRemembered(currentSellerKey)) throw new ExpectationError('this scenario has no seller yet: start with a Given that makes one ("Given a French seller with every mandatory field")');
  return recallSeller(world, world.recall<{ name: string }>(currentSellerKey).name);
}

/** Names `name` as "the seller" for the following steps. */
export function focusSeller(world: KitWorld, name: string): SellerDossier {
  const dossier = recallSeller(world, name);
  world.remember(currentSellerKey, { name });
  return dossier;
}

export function sellerPath(dossier: Pick<SellerDossier, 'merchantSellerId'>): string {
  return `/sellers/${encodeURIComponent(dossier.merchantSellerId)}`;
}

export function contactIdOf(dossier: SellerDossier, contactName: string): string {
  const contactId = dossier.contacts[contactName];
  if (!contactId) throw new ExpectationError(`the seller has no contact called "${contactName}" in this scenario (known: ${Object.keys(dossier.contacts).join(', ') || 'none'})`);
  return contactId;
}

export function partyPath(dossier: SellerDossier, party: PartyRef): string {
  return party.kind === 'seller' ? sellerPath(dossier) : `${sellerPath(dossier)}/contacts/${encodeURIComponent(contactIdOf(dossier, party.name))}`;
}

function documentKey(party: PartyRef, type: string): string {
  return `${party.kind === 'seller' ? 'seller' : party.name}:${type}`;
}

/** The latest document of `type` the scenario uploaded for `party`. */
export function documentIdOf(dossier: SellerDossier, party: PartyRef, type: string): string {
  const documentId = dossier.documents[documentKey(party, type)];
  if (!documentId) throw new ExpectationError(`${describeParty(party)} has no ${type} uploaded in this scenario`);
  return documentId;
}

export function documentPath(dossier: SellerDossier, party: PartyRef, type: string): string {
  return `${partyPath(dossier, party)}/documents/${encodeURIComponent(documentIdOf(dossier, party, type))}`;
}

/** A journey step that must succeed with the profile's status for `situation`. */
export function requireStatus(world: KitWorld, response: ApiResponse, situation: string, what: string): void {
  if (acceptedStatuses(world.profile, situation, response.operationId).includes(response.status)) return;
  throw new ExpectationError(`${what}: ${describeExchange(response)} answered ${response.status}${answerReason(world, response)}, expected the profile's "${situation}" status`);
}

/** ` CODE: detail` of a refusal, as far as the answer gives them. */
function answerReason(world: KitWorld, response: ApiResponse): string {
  const why = [readPointer(response.body, world.profile.errors.codePointer), readPointer(response.body, '/detail')].filter((part) => typeof part === 'string').join(': ');
  return why ? ` ${why}` : '';
}

/** A 2xx answer: only its status is read where the body is unspecified. */
export function succeeded(response: ApiResponse): boolean {
  return response.status >= 200 && response.status < 300;
}

function bodyField(response: ApiResponse, field: string): unknown {
  const body = response.body;
  return body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[field] : undefined;
}

/** Sends as the seller's own marketplace unless the scenario says who calls. */
export function sendForSeller(world: KitWorld, dossier: SellerDossier, request: ApiRequest): Promise<ApiResponse> {
  return world.api.send({ ...request, as: request.as ?? dossier.owner });
}

/** A new dossier with a fresh merchantSellerId, remembered under `name` and made "the seller"; nothing is sent yet. */
export function newSellerDossier(world: KitWorld, name: string, country: string, owner: Marketplace = 'primary'): SellerDossier {
  const account = sellerBankAccount(country);
  const dossier: SellerDossier = { merchantSellerId: world.ids.next(), owner, country, bankIban: account.iban, bankAccountName: account.accountName, contacts: {}, documents: {} };
  world.remember(name, dossier);
  focusSeller(world, name);
  return dossier;
}

export async function putSeller(world: KitWorld, dossier: SellerDossier, body: SellerBody | string, as?: ApiRequest['as']): Promise<ApiResponse> {
  const response = await sendForSeller(world, dossier, { method: 'PUT', path: sellerPath(dossier), body, as });
  const sellerId = bodyField(response, 'sellerId');
  if (succeeded(response) && typeof sellerId === 'string' && (as === undefined || as === dossier.owner)) dossier.sellerId ??= sellerId;
  return response;
}

export function getSeller(world: KitWorld, dossier: SellerDossier): Promise<ApiResponse> {
  return sendForSeller(world, dossier, { method: 'GET', path: sellerPath(dossier) });
}

/** GET the seller view as its marketplace, which must be answered (the step then reads it). */
export async function readSellerView(world: KitWorld, dossier: SellerDossier): Promise<Record<string, unknown>> {
  const response = await getSeller(world, dossier);
  requireStatus(world, response, 'read', 'reading the seller');
  if (response.body === null || typeof response.body !== 'object') throw new ExpectationError(`reading the seller: ${describeExchange(response)} answered no seller view`);
  return response.body as Record<string, unknown>;
}

export async function addContact(world: KitWorld, dossier: SellerDossier, contactName: string, body: ContactBody | string): Promise<ApiResponse> {
  const response = await sendForSeller(world, dossier, { method: 'POST', path: `${sellerPath(dossier)}/contacts`, body });
  const contactId = bodyField(response, 'contactId');
  if (succeeded(response) && typeof contactId === 'string') dossier.contacts[contactName] = contactId;
  return response;
}

export function changeContact(world: KitWorld, dossier: SellerDossier, contactName: string, body: ContactBody): Promise<ApiResponse> {
  return sendForSeller(world, dossier, { method: 'PATCH', path: partyPath(dossier, { kind: 'contact', name: contactName }), body });
}

export function deleteContact(world: KitWorld, dossier: SellerDossier, contactName: string): Promise<ApiResponse> {
  return sendForSeller(world, dossier, { method: 'DELETE', path: partyPath(dossier, { kind: 'contact', name: contactName }) });
}

/** Adds a document to the seller or one of its contacts; the scenario then names it by party and type. */
export async function addDocument(world: KitWorld, dossier: SellerDossier, party: PartyRef, upload: DocumentUpload | Record<string, unknown>): Promise<ApiResponse> {
  const response = await sendForSeller(world, dossier, { method: 'POST', path: `${partyPath(dossier, party)}/documents`, body: upload });
  const documentId = bodyField(response, 'documentId');
  if (succeeded(response) && typeof documentId === 'string' && typeof upload.type === 'string') dossier.documents[documentKey(party, upload.type)] = documentId;
  return response;
}

export function deleteDocument(world: KitWorld, dossier: SellerDossier, party: PartyRef, type: string): Promise<ApiResponse> {
  return sendForSeller(world, dossier, { method: 'DELETE', path: documentPath(dossier, party, type) });
}

export function assessKyc(world: KitWorld, dossier: SellerDossier, as?: ApiRequest['as']): Promise<ApiResponse> {
  return sendForSeller(world, dossier, { method: 'POST', path: `${sellerPath(dossier)}/_assess-kyc`, as });
}

/** A bank transfer reaches the seller's virtual IBAN (simulation API); by default the 1 € check from its own account. */
export function sendIncomingTransfer(world: KitWorld, dossier: SellerDossier, transfer: { amount?: number; currency?: string; debtorIban?: string } = {}): Promise<ApiResponse> {
  return world.simulation.incomingTransfer(
    dossier.merchantSellerId,
    { amount: transfer.amount ?? 1, currency: transfer.currency ?? 'EUR', debtorName: dossier.bankAccountName, debtorIban: transfer.debtorIban ?? dossier.bankIban },
    { as: dossier.owner },
  );
}

/** The virtual IBAN the seller view shows (seed §2.5); an optional field answered null is none (interface §8). */
export function virtualIbanOf(view: Record<string, unknown>): Record<string, unknown> | undefined {
  const virtualIban = readPointer(view, '/identityVerification/virtualIban');
  return virtualIban !== null && typeof virtualIban === 'object' ? (virtualIban as Record<string, unknown>) : undefined;
}

/**
 * The virtual IBAN of an assessed seller. It comes "a few minutes after requesting KYC" (seed §2.5,
 * interface §8 "Timing"), not with the _assess-kyc answer: once MP_IBAN_AVAILABLE_FOR_PAYMENT has
 * arrived, "the IBAN will be available on the seller endpoint"; a target that delivers no webhooks
 * to the kit is read until the seller view shows one.
 */
export async function awaitVirtualIban(world: KitWorld, dossier: SellerDossier): Promise<Record<string, unknown>> {
  if (!world.capabilities.webhooks) {
    return eventually(
      world,
      async () => virtualIbanOf(await readSellerView(world, dossier)),
      (deadlineMs) => `the seller view shows no identityVerification.virtualIban within ${deadlineMs} ms of the accepted assessment`,
    );
  }
  await world.webhooks.waitFor({ type: 'MP_IBAN_AVAILABLE_FOR_PAYMENT', resource: sellerKeys(dossier) });
  const iban = virtualIbanOf(await readSellerView(world, dossier));
  if (!iban) throw new ExpectationError('MP_IBAN_AVAILABLE_FOR_PAYMENT arrived, but the seller view shows no identityVerification.virtualIban (seed §2.5: the IBAN is then available on the seller endpoint)');
  return iban;
}

/** Accepted _assess-kyc, remembering the virtual IBAN the seller is then given. */
export async function requireAssessment(world: KitWorld, dossier: SellerDossier, what: string): Promise<void> {
  requireStatus(world, await assessKyc(world, dossier), 'kycAccepted', `assessing the KYC of ${what}`);
  const iban = (await awaitVirtualIban(world, dossier)).iban;
  if (typeof iban === 'string') dossier.virtualIban ??= iban;
}

export interface NewSeller {
  name: string;
  country: string;
  owner?: Marketplace;
}

/** A seller with every mandatory field of its country, created; no contact, no document. */
export async function onboardSellerData(world: KitWorld, options: NewSeller & { except?: readonly string[] }): Promise<SellerDossier> {
  const dossier = newSellerDossier(world, options.name, options.country, options.owner);
  requireStatus(world, await putSeller(world, dossier, sellerPayload(options.country, { except: options.except })), 'created', `creating seller "${options.name}"`);
  return dossier;
}

/** Adds a complete contact (and, unless told otherwise, nothing else) to the seller. */
export async function onboardContact(world: KitWorld, dossier: SellerDossier, contactName: string, body: ContactBody = contactPayload()): Promise<void> {
  requireStatus(world, await addContact(world, dossier, contactName, body), 'created', `adding ${contactName === legalRepresentative ? contactName : `the contact "${contactName}"`}`);
}

async function onboardDocument(world: KitWorld, dossier: SellerDossier, party: PartyRef, type: string): Promise<void> {
  requireStatus(world, await addDocument(world, dossier, party, documentUpload(type)), 'created', `uploading a ${type} for ${describeParty(party)}`);
}

/**
 * A seller whose data, contact and documents are complete and not yet assessed: the seller body of
 * its country, the legal representative (complete, 60 %) with an identity card, a company registration.
 * `sellerExcept` / `contactExcept` leave fields out, for scenarios about what blocks the assessment.
 */
export async function onboardCompleteSeller(world: KitWorld, options: NewSeller & { sellerExcept?: readonly string[]; contactExcept?: readonly string[] }): Promise<SellerDossier> {
  const dossier = await onboardSellerData(world, { ...options, except: options.sellerExcept });
  await onboardContact(world, dossier, legalRepresentative, contactPayload({ except: options.contactExcept }));
  await onboardDocument(world, dossier, { kind: 'seller' }, 'COMPANY_REGISTRATION');
  await onboardDocument(world, dossier, { kind: 'contact', name: legalRepresentative }, 'IDENTITY_CARD');
  return dossier;
}

/** A complete seller whose first _assess-kyc was accepted: locked, its virtual IBAN assigned, waiting for the 1 €. */
export async function onboardAssessedSeller(world: KitWorld, options: NewSeller): Promise<SellerDossier> {
  const dossier = await onboardCompleteSeller(world, options);
  await requireAssessment(world, dossier, `"${options.name}"`);
  return dossier;
}

/** The 1 € check from the seller's own account: its KYC is then in review. */
export async function sendOneEuroCheck(world: KitWorld, dossier: SellerDossier): Promise<void> {
  await sendIncomingTransfer(world, dossier);
}

/** An assessed seller whose 1 € arrived: its KYC is in review, waiting for the operator's decision. */
export async function onboardSellerInReview(world: KitWorld, options: NewSeller): Promise<SellerDossier> {
  const dossier = await onboardAssessedSeller(world, options);
  await sendOneEuroCheck(world, dossier);
  return dossier;
}

/**
 * The KYC operator's decision (simulation API), which must be taken. The 1 € transfer is only
 * accepted (202, interface §6) and may start the review a little later: a decision refused with the
 * profile's conflict status (no review in progress yet) is sent again within the profile's deadline.
 * Only the answer's status counts: its body is unspecified (interface §8).
 */
export async function decideKyc(world: KitWorld, dossier: SellerDossier, decision: KycDecision): Promise<ApiResponse> {
  let last: ApiResponse | undefined;
  const decided = await eventually(
    world,
    async () => {
      last = await world.simulation.kycReview(dossier.merchantSellerId, decision, { as: dossier.owner, allowFailure: true });
      return acceptedStatuses(world.profile, 'conflict', last.operationId).includes(last.status) ? undefined : last;
    },
    (deadlineMs) => `the KYC operator could not decide within ${deadlineMs} ms: ${describeExchange(last!)} kept answering ${last!.status} (no review in progress)`,
  );
  if (!succeeded(decided)) throw new ExpectationError(`the KYC operator's ${decision.decision} decision: ${describeExchange(decided)} answered ${decided.status}${answerReason(world, decided)}`);
  return decided;
}

/** The operator validates the KYC, and the seller view must then say VALIDATED. */
export async function validateKyc(world: KitWorld, dossier: SellerDossier, name: string): Promise<void> {
  await decideKyc(world, dossier, { decision: 'VALIDATED' });
  const view = await readSellerView(world, dossier);
  if (view.dataStatus !== 'VALIDATED') {
    throw new ExpectationError(`seller "${name}" should be VALIDATED after the KYC decision, but its dataStatus is ${String(view.dataStatus)}`);
  }
}

/**
 * The quickest legitimate path to a seller the cash endpoints accept (seed §2.2–§2.6): complete
 * data, one contact, the minimum documents, _assess-kyc, the 1 € transfer and a VALIDATED decision.
 * Remembered under `name` with its merchantSellerId and sellerId.
 */
export async function onboardValidatedSeller(world: KitWorld, options: NewSeller): Promise<SellerDossier> {
  const dossier = await onboardCompleteSeller(world, options);
  // Cash scenarios build many of these: no read of the virtual IBAN on the way, only the final check.
  requireStatus(world, await assessKyc(world, dossier), 'kycAccepted', `assessing the KYC of "${options.name}"`);
  await sendOneEuroCheck(world, dossier);
  await validateKyc(world, dossier, options.name);
  return dossier;
}
