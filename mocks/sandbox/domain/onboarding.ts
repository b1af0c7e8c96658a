import { isValidIBAN } from 'ibantools';
import { Decimal } from 'decimal.js';
import { conflict, notFound, unprocessable, type FieldError } from './problem.ts';
import { mintId, type Contact, type MarketplaceContext, type Party, type Seller, type StoredDocument } from './marketplace.ts';
import { isUnderReview, sellerMissingData } from './kycRequirements.ts';
import { malformedRegistrations, mergeRegistrations, type Registration } from './registrations.ts';
import { checkDocumentUpload, type DocumentUpload } from './documentRules.ts';
import { assignVirtualIban } from './virtualIban.ts';

// Onboarding a seller in as many calls as it takes (seed §2.1–§2.3), never losing what was sent.

/** ERR-SERVER-OWNED-FIELDS: fields MS owns are dropped from requests, never stored. */
const serverOwnedSellerFields = ['sellerId', 'merchantSellerId', 'dataStatus', 'documentListStatus', 'missingData', 'documents', 'contacts', 'kycReviewComment', 'identityVerification', 'createdAt'];
const serverOwnedContactFields = ['contactId', 'dataStatus', 'documentListStatus', 'missingData', 'documents', 'kycReviewComment', 'createdAt'];

function withoutServerOwned(context: MarketplaceContext, body: Record<string, unknown>, owned: string[]): Record<string, unknown> {
  if (context.faults.has('server-owned-fields-stored')) return { ...body };
  return Object.fromEntries(Object.entries(body).filter(([field]) => !owned.includes(field)));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** ONB-NO-DATA-LOST: nested objects merge field by field, registrations merge by code. */
function mergeData(stored: Record<string, unknown>, incoming: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...stored };
  for (const [field, value] of Object.entries(incoming)) {
    if (field === 'externalRegistrations' && Array.isArray(value)) {
      merged[field] = mergeRegistrations((stored[field] as Registration[] | undefined) ?? [], value as Registration[]);
    } else if (isPlainObject(value) && isPlainObject(stored[field])) {
      merged[field] = mergeData(stored[field] as Record<string, unknown>, value);
    } else {
      merged[field] = value;
    }
  }
  return merged;
}

type Change = 'seller' | 'contact-add' | 'contact' | 'document';

function lockedProblem(seller: Seller) {
  return conflict('KYC_REVIEW_IN_PROGRESS', `Seller "${seller.merchantSellerId}" is under KYC review: it cannot change until the review decision.`);
}

/** LCK-REVIEW-LOCK, LCK-CONTACTS-LOCKED, LCK-DOCUMENTS-LOCKED: nothing of a seller under review changes. */
export function assertUnlocked(context: MarketplaceContext, seller: Seller, change: Change): void {
  const { faults } = context;
  // LCK-OTHER-SELLERS-FREE: the lock is the seller's own.
  if (faults.has('review-locks-whole-marketplace') && [...context.marketplace.sellersById.values()].some(isUnderReview)) throw lockedProblem(seller);
  // RFS-REFUSED-PARTS-OPEN, RFS-MISSING-BENEFICIARY: after a refusal everything is open again.
  if (seller.kyc.stage === 'REFUSED' && ((change === 'seller' && faults.has('refused-seller-stays-locked')) || (change === 'contact-add' && faults.has('contacts-frozen-after-refusal')))) {
    throw lockedProblem(seller);
  }
  if (!isUnderReview(seller)) return;
  // LCK-FROM-ASSESS-CALL: locked from the accepted assessment, not from the 1 € transfer.
  if (faults.has('lock-starts-at-transfer') && seller.kyc.stage === 'AWAITING_TRANSFER') return;
  // LCK-LOCK-AGAIN-ON-RESUBMIT
  if (faults.has('no-lock-after-resubmit') && seller.kyc.assessments > 1) return;
  const unlockedBy = change === 'seller' ? 'no-lock-during-review' : change === 'document' ? 'documents-unlocked-during-review' : 'contacts-unlocked-during-review';
  if (!faults.has(unlockedBy)) throw lockedProblem(seller);
}

function sellerFieldErrors(context: MarketplaceContext, data: Record<string, unknown>): FieldError[] {
  const errors = malformedRegistrations((data.externalRegistrations as Registration[] | undefined) ?? [], context.faults);
  const banking = data.bankingInformation as Record<string, unknown> | undefined;
  // FMT-IBAN-MOD97: the seller's IBAN passes the ISO 13616 mod-97 check.
  if (typeof banking?.iban === 'string' && !context.faults.has('iban-checksum-skipped') && !isValidIBAN(banking.iban)) {
    errors.push({ field: 'bankingInformation.iban', message: 'is not a valid IBAN (ISO 13616 mod-97 check failed)' });
  }
  return errors;
}

function freshParty(data: Record<string, unknown>): Party {
  return { data, documents: new Map(), dataValidated: false, documentsValidated: false, dataRefused: false };
}

/** A change to a party's data reopens it: no longer VALIDATED, no longer refused. */
function touchData(party: Party): void {
  party.dataValidated = false;
  party.dataRefused = false;
}

export function findSeller(context: MarketplaceContext, merchantSellerId: string): Seller {
  const seller = context.marketplace.sellersByMerchantId.get(merchantSellerId);
  if (!seller) throw notFound(`No seller "${merchantSellerId}" for this marketplace.`);
  return seller;
}

function newSeller(context: MarketplaceContext, merchantSellerId: string, data: Record<string, unknown>): Seller {
  const seller: Seller = {
    ...freshParty(data),
    sellerId: mintId(context, 'slr'),
    merchantSellerId,
    contacts: new Map(),
    kyc: { stage: 'NOT_ASSESSED', assessments: 0, oneEuroReceived: false, everValidated: false, ibanWebhookSent: false },
    createdAt: context.marketplace.clock.now(),
  };
  if (context.faults.has('virtual-iban-at-creation')) seller.virtualIban = assignVirtualIban(context);
  context.marketplace.sellersByMerchantId.set(merchantSellerId, seller);
  context.marketplace.sellersById.set(seller.sellerId, seller);
  return seller;
}

/** ONB-UPSERT-PARTIAL, ONB-MERCHANT-SELLER-ID-UNIQUE: PUT creates (201) or completes (200) a seller with whatever data it gets. */
export function upsertSeller(context: MarketplaceContext, merchantSellerId: string, body: Record<string, unknown>): { seller: Seller; created: boolean } {
  const { faults } = context;
  const incoming = withoutServerOwned(context, body, serverOwnedSellerFields);
  const existing = faults.has('upsert-creates-duplicate') ? undefined : context.marketplace.sellersByMerchantId.get(merchantSellerId);
  if (existing) assertUnlocked(context, existing, 'seller');
  const data = existing && !faults.has('upsert-replaces-seller') ? mergeData(existing.data, incoming) : incoming;
  const errors = sellerFieldErrors(context, data);
  if (errors.length > 0) throw unprocessable('VALIDATION_FAILED', 'Some seller fields are malformed.', errors);
  if (faults.has('partial-upsert-refused')) {
    const missing = sellerMissingData(data, context);
    if (missing.length > 0) throw unprocessable('VALIDATION_FAILED', 'Some mandatory seller fields are missing.', missing.map((field) => ({ field, message: 'is required' })));
  }
  if (!existing) return { seller: newSeller(context, merchantSellerId, data), created: true };
  existing.data = data;
  touchData(existing);
  // ONB-SELLER-ID-ASSIGNED: the sellerId stays the one assigned at creation.
  if (faults.has('seller-id-changes-on-update')) {
    context.marketplace.sellersById.delete(existing.sellerId);
    existing.sellerId = mintId(context, 'slr');
    context.marketplace.sellersById.set(existing.sellerId, existing);
  }
  return { seller: existing, created: false };
}

export function findContact(seller: Seller, contactId: string): Contact {
  const contact = seller.contacts.get(contactId);
  if (!contact) throw notFound(`No contact "${contactId}" for seller "${seller.merchantSellerId}".`);
  return contact;
}

/** CON-EB-SUM-MAX-100: Σ effectiveBeneficiary over the seller's contacts may be below 100, never above. */
function assertBeneficiaryCeiling(context: MarketplaceContext, seller: Seller, changed: Contact | undefined, data: Record<string, unknown>): void {
  if (context.faults.has('beneficiary-ceiling-ignored')) return;
  const shareOf = (value: unknown): Decimal => (typeof value === 'number' ? new Decimal(value) : new Decimal(0));
  let total = shareOf(data.effectiveBeneficiary);
  for (const contact of seller.contacts.values()) {
    if (contact !== changed) total = total.plus(shareOf(contact.data.effectiveBeneficiary));
  }
  if (total.greaterThan(100)) {
    throw unprocessable('EFFECTIVE_BENEFICIARY_OVER_100', `The contacts' effectiveBeneficiary would add up to ${total.toString()}, above 100.`, [
      { field: 'effectiveBeneficiary', message: `the seller's contacts would add up to ${total.toString()} (at most 100)` },
    ]);
  }
}

/** CON-ADD */
export function addContact(context: MarketplaceContext, seller: Seller, body: Record<string, unknown>): Contact {
  assertUnlocked(context, seller, 'contact-add');
  const data = withoutServerOwned(context, body, serverOwnedContactFields);
  assertBeneficiaryCeiling(context, seller, undefined, data);
  const contact: Contact = { ...freshParty(data), contactId: mintId(context, 'ctc') };
  seller.contacts.set(contact.contactId, contact);
  return contact;
}

/** CON-PATCH: the fields sent change, the others stay. */
export function updateContact(context: MarketplaceContext, seller: Seller, contactId: string, body: Record<string, unknown>): Contact {
  const contact = findContact(seller, contactId);
  if (!context.faults.has('contact-patch-unlocked-during-review')) assertUnlocked(context, seller, 'contact');
  const incoming = withoutServerOwned(context, body, serverOwnedContactFields);
  const data = context.faults.has('contact-patch-replaces') ? incoming : mergeData(contact.data, incoming);
  assertBeneficiaryCeiling(context, seller, contact, data);
  contact.data = data;
  touchData(contact);
  return contact;
}

/** CON-DELETE: the contact and its documents go. */
export function deleteContact(context: MarketplaceContext, seller: Seller, contactId: string): void {
  findContact(seller, contactId);
  assertUnlocked(context, seller, 'contact');
  if (!context.faults.has('contact-delete-ignored')) seller.contacts.delete(contactId);
}

/** DOC-ADD, DOC-NEW-REGISTERED: a new document is REGISTERED; it reopens its party's document list. */
export function addDocument(context: MarketplaceContext, seller: Seller, party: Party, partyKind: 'seller' | 'contact', upload: DocumentUpload): StoredDocument {
  assertUnlocked(context, seller, 'document');
  checkDocumentUpload(context, upload, partyKind);
  const document: StoredDocument = {
    documentId: mintId(context, 'doc'),
    name: upload.name,
    type: upload.type,
    status: context.faults.has('new-document-pending') ? 'PENDING_VALIDATION' : 'REGISTERED',
    fileContent: upload.fileContent,
  };
  if (!context.faults.has('document-upload-dropped')) party.documents.set(document.documentId, document);
  party.documentsValidated = false;
  return document;
}

/** DOC-DELETE */
export function deleteDocument(context: MarketplaceContext, seller: Seller, party: Party, documentId: string): void {
  if (!party.documents.has(documentId)) throw notFound(`No document "${documentId}" here.`);
  assertUnlocked(context, seller, 'document');
  if (context.faults.has('document-delete-ignored')) return;
  party.documents.delete(documentId);
  party.documentsValidated = false;
}
