import { Decimal } from 'decimal.js';
import { electronicFormatIBAN } from 'ibantools';
import { conflict, unprocessable, type FieldError } from './problem.ts';
import type { Contact, MarketplaceContext, Party, RaisedEvent, Seller, StoredDocument } from './marketplace.ts';
import { contactMissingData, dataStatusOf, documentListStatusOf, isUnderReview, sellerMissingData } from './kycRequirements.ts';
import { assignVirtualIban } from './virtualIban.ts';
import { lateWebhookMs } from '../faults.ts';

// The KYC journey after onboarding (seed §2.4–§2.8): assess, virtual IBAN, the 1 € transfer, the
// operator's review, refusal and resubmission.

/** WHK-EACH-STEP: every onboarding step after the first assessment is a webhook. */
function kycEvent(seller: Seller, type: string, extra: Record<string, unknown> = {}): RaisedEvent {
  return { type, resourceKey: `seller:${seller.sellerId}`, data: { merchantSellerId: seller.merchantSellerId, sellerId: seller.sellerId, ...extra } };
}

/** Events a fault switch holds back, to be raised after a later one (webhook order faults). */
const heldEvents = new WeakMap<Seller, { after: string; event: RaisedEvent }>();

function raiseKycEvent(context: MarketplaceContext, seller: Seller, event: RaisedEvent): void {
  context.raise(event);
  const held = heldEvents.get(seller);
  if (held && held.after.split('|').includes(event.type)) {
    heldEvents.delete(seller);
    context.raise(held.event);
  }
}

function forEachDocument(seller: Seller, visit: (document: StoredDocument, contact?: Contact) => void): void {
  for (const document of seller.documents.values()) visit(document);
  for (const contact of seller.contacts.values()) for (const document of contact.documents.values()) visit(document, contact);
}

/** KYC-ASSESS-PRECONDITIONS, KYC-ASSESS-DOCUMENTS, CON-AT-LEAST-ONE: what keeps _assess-kyc from being accepted. */
export function assessBlockers(context: MarketplaceContext, seller: Seller): FieldError[] {
  const { faults } = context;
  const checkData = !faults.has('assess-kyc-with-missing-data');
  const checkDocuments = !faults.has('assess-kyc-without-documents');
  const acceptable = (status: string): boolean => status === 'COMPLETE' || status === 'VALIDATED';
  const blockers: FieldError[] = [];
  const dataBlockers = (prefix: string, missing: string[], refusedComment: string | undefined): FieldError[] =>
    missing.length > 0
      ? missing.map((field) => ({ field: `${prefix}${field}`, message: 'is required before the KYC assessment' }))
      : [{ field: `${prefix}dataStatus`, message: `was refused by the KYC review and must be changed first: ${refusedComment ?? 'see kycReviewComment'}` }];

  const sellerMissing = sellerMissingData(seller.data, context);
  if (checkData && !acceptable(dataStatusOf(seller, seller, 'seller', sellerMissing, context))) blockers.push(...dataBlockers('', sellerMissing, seller.kycReviewComment));
  if (checkDocuments && !acceptable(documentListStatusOf(seller, seller, 'seller', context))) {
    blockers.push({ field: 'documents', message: 'a COMPANY_REGISTRATION document (not refused) is required' });
  }
  const contacts = [...seller.contacts.values()];
  if (contacts.length === 0 && !faults.has('assess-kyc-without-contact')) blockers.push({ field: 'contacts', message: 'at least one contact is required' });
  contacts.forEach((contact, index) => {
    const prefix = `contacts.${index}.`;
    const missing = contactMissingData(contact.data, faults);
    if (checkData && !acceptable(dataStatusOf(seller, contact, 'contact', missing, context))) blockers.push(...dataBlockers(prefix, missing, contact.kycReviewComment));
    if (checkDocuments && !acceptable(documentListStatusOf(seller, contact, 'contact', context))) {
      blockers.push({ field: `${prefix}documents`, message: 'an IDENTITY_CARD or PASSPORT document (not refused) is required' });
    }
  });
  // CON-EB-SUM-BELOW-100: contacts adding up to less than 100 % are fine.
  if (faults.has('beneficiary-sum-must-be-100')) {
    const total = contacts.reduce((sum, contact) => sum.plus(typeof contact.data.effectiveBeneficiary === 'number' ? contact.data.effectiveBeneficiary : 0), new Decimal(0));
    if (!total.equals(100)) blockers.push({ field: 'contacts', message: `the effective beneficiaries add up to ${total.toString()}, not 100` });
  }
  return blockers;
}

/** POST /_assess-kyc (RES-PENDING-AGAIN for a resubmission): 202 and PENDING_VALIDATION everywhere, or 422 listing the blockers, or 409 during a review. */
export function assessKyc(context: MarketplaceContext, seller: Seller): void {
  const { faults, dialects } = context;
  // KYC-ASSESS-TWICE-409: a second _assess-kyc while a review is pending is a conflict.
  if (isUnderReview(seller)) {
    if (faults.has('assess-kyc-twice-accepted')) return;
    if (faults.has('conflicting-assessment-resets-documents')) forEachDocument(seller, (document) => (document.status = 'REGISTERED'));
    throw conflict('KYC_REVIEW_IN_PROGRESS', `Seller "${seller.merchantSellerId}" already has a KYC review pending.`);
  }
  if (seller.kyc.stage === 'REFUSED' && faults.has('resubmission-refused')) {
    throw conflict('KYC_REVIEW_IN_PROGRESS', `Seller "${seller.merchantSellerId}" was refused and cannot be assessed again.`);
  }
  const blockers = assessBlockers(context, seller);
  if (blockers.length > 0) {
    if (faults.has('refused-assessment-drops-documents')) seller.documents.clear();
    throw unprocessable('KYC_PRECONDITIONS_NOT_MET', `The KYC of seller "${seller.merchantSellerId}" cannot be assessed yet: ${blockers.length} thing(s) block it.`, blockers);
  }
  // STA-PENDING-AFTER-ASSESS, KYC-ASSESS-COVERS-CONTACTS: the seller, its contacts and their documents go under review together.
  // RES-VALIDATED-REVIEWED-AGAIN: documents an earlier review validated too, unless the dialect keeps them VALIDATED.
  const keepsValidated = dialects.has('resubmission-keeps-validated');
  if (!faults.has('statuses-unchanged-on-assess')) {
    forEachDocument(seller, (document, contact) => {
      if (document.status === 'REFUSED' || (document.status === 'VALIDATED' && keepsValidated) || (contact && faults.has('assess-kyc-skips-contacts'))) return;
      document.status = 'PENDING_VALIDATION';
    });
  }
  seller.kyc.assessments += 1;
  // RES-NO-NEW-TRANSFER: once the 1 € has arrived, a new assessment goes straight to review.
  const resubmission = seller.kyc.oneEuroReceived && !faults.has('resubmission-needs-new-transfer');
  seller.kyc.stage = resubmission ? 'IN_REVIEW' : 'AWAITING_TRANSFER';
  // IBAN-ASSIGNED-AFTER-ASSESS, IBAN-WEBHOOK-ONCE: the virtual IBAN and its webhook come with the first accepted assessment only.
  if (!seller.kyc.ibanWebhookSent) {
    seller.virtualIban ??= assignVirtualIban(context);
    seller.kyc.ibanWebhookSent = true;
    const ibanEvent = kycEvent(seller, 'MP_IBAN_AVAILABLE_FOR_PAYMENT', { virtualIban: { ...seller.virtualIban } });
    // WHK-ONBOARDING-SEQUENCE: the IBAN webhook comes first.
    if (faults.has('iban-webhook-after-in-progress')) heldEvents.set(seller, { after: 'MP_KYC_IN_PROGRESS', event: ibanEvent });
    else if (!faults.has('iban-webhook-missing')) {
      raiseKycEvent(context, seller, ibanEvent);
      if (faults.has('iban-webhook-twice')) raiseKycEvent(context, seller, kycEvent(seller, 'MP_IBAN_AVAILABLE_FOR_PAYMENT', { virtualIban: { ...seller.virtualIban } }));
      if (faults.has('iban-webhook-again-late')) context.raise({ ...kycEvent(seller, 'MP_IBAN_AVAILABLE_FOR_PAYMENT', { virtualIban: { ...seller.virtualIban } }), lateMs: lateWebhookMs });
    }
    if (faults.has('review-announced-late-without-transfer') && !resubmission) context.raise({ ...kycEvent(seller, 'MP_KYC_IN_PROGRESS'), lateMs: lateWebhookMs });
  }
  // REV-NO-IN-PROGRESS-BEFORE-TRANSFER, RES-IN-PROGRESS-AGAIN
  if ((resubmission && !faults.has('no-in-progress-on-resubmission')) || faults.has('kyc-in-progress-before-transfer')) raiseInProgress(context, seller);
}

function raiseInProgress(context: MarketplaceContext, seller: Seller): void {
  const event = kycEvent(seller, 'MP_KYC_IN_PROGRESS');
  // WHK-LIFECYCLE-ORDER: MP_KYC_IN_PROGRESS comes before the decision.
  if (context.faults.has('webhook-lifecycle-out-of-order')) heldEvents.set(seller, { after: 'MP_KYC_VALIDATED|MP_KYC_REFUSED', event });
  else raiseKycEvent(context, seller, event);
}

export interface IncomingTransfer {
  amount: number;
  currency: string;
  debtorIban: string;
}

function sameIban(a: unknown, b: string): boolean {
  return typeof a === 'string' && electronicFormatIBAN(a) === electronicFormatIBAN(b);
}

/**
 * IBAN-TRANSFER-MIN-1-EUR, IBAN-TRANSFER-BEFORE-ASSESS, IBAN-TRANSFER-FROM-SELLER-ACCOUNT: a transfer
 * of at least 1.00 EUR from the seller's own account (any account in the debtor-not-compared dialect)
 * during a pending assessment puts the review in progress; anything else starts nothing.
 */
export function receiveIncomingTransfer(context: MarketplaceContext, seller: Seller, transfer: IncomingTransfer): void {
  const { faults, dialects } = context;
  const minimum = new Decimal(faults.has('small-transfer-starts-review') ? 0 : 1);
  const banking = seller.data.bankingInformation as { iban?: unknown } | undefined;
  const debtorCompared = !faults.has('transfer-from-any-account-counts') && !dialects.has('debtor-not-compared');
  const fromSeller = !debtorCompared || sameIban(banking?.iban, transfer.debtorIban);
  if (transfer.currency !== 'EUR' || new Decimal(transfer.amount).lessThan(minimum) || !fromSeller) return;
  if (seller.kyc.stage === 'NOT_ASSESSED' && faults.has('early-transfer-counts')) {
    seller.kyc.oneEuroReceived = true;
    return;
  }
  if (seller.kyc.stage !== 'AWAITING_TRANSFER') return;
  seller.kyc.oneEuroReceived = true;
  seller.kyc.stage = 'IN_REVIEW';
  // REV-IN-PROGRESS-AFTER-TRANSFER: MP_KYC_IN_PROGRESS as soon as the 1 € is received.
  if (!faults.has('no-in-progress-webhook') && !faults.has('kyc-in-progress-before-transfer')) raiseInProgress(context, seller);
}

export interface KycDecision {
  decision: 'VALIDATED' | 'REFUSED';
  comment?: string;
  refuse?: {
    sellerData?: { comment: string };
    contacts?: Array<{ contactId: string; comment: string }>;
    documents?: Array<{ documentId: string; comment: string }>;
  };
}

function findDocument(seller: Seller, documentId: string): { document: StoredDocument; contact?: Contact } | undefined {
  const own = seller.documents.get(documentId);
  if (own) return { document: own };
  for (const contact of seller.contacts.values()) {
    const document = contact.documents.get(documentId);
    if (document) return { document, contact };
  }
  return undefined;
}

function checkRefusedParts(seller: Seller, refuse: NonNullable<KycDecision['refuse']>): void {
  const unknownContacts = (refuse.contacts ?? []).flatMap((entry, index) => (seller.contacts.has(entry.contactId) ? [] : [{ entry, index }]));
  if (unknownContacts.length > 0) {
    throw unprocessable(
      'UNKNOWN_CONTACT',
      `Contact "${unknownContacts[0]!.entry.contactId}" is not one of this seller's contacts.`,
      unknownContacts.map(({ index }) => ({ field: `refuse.contacts.${index}.contactId`, message: "is not one of this seller's contacts" })),
    );
  }
  const unknownDocuments = (refuse.documents ?? []).flatMap((entry, index) => (findDocument(seller, entry.documentId) ? [] : [{ entry, index }]));
  if (unknownDocuments.length > 0) {
    throw unprocessable(
      'UNKNOWN_DOCUMENT',
      `Document "${unknownDocuments[0]!.entry.documentId}" is not one of this seller's or its contacts' documents.`,
      unknownDocuments.map(({ index }) => ({ field: `refuse.documents.${index}.documentId`, message: "is not one of this seller's documents" })),
    );
  }
}

/** IBAN-NO-REVIEW-BEFORE-TRANSFER, REV-DECISION-ONLY-IN-REVIEW: the operator decides only on a review in progress. */
export function reviewKyc(context: MarketplaceContext, seller: Seller, decision: KycDecision): void {
  const reviewable = seller.kyc.stage === 'IN_REVIEW' || (seller.kyc.stage === 'AWAITING_TRANSFER' && context.faults.has('review-without-transfer'));
  if (!reviewable) throw conflict('NO_KYC_REVIEW_IN_PROGRESS', `Seller "${seller.merchantSellerId}" has no KYC review in progress.`);
  if (decision.decision === 'REFUSED') checkRefusedParts(seller, decision.refuse ?? {});
  const event = decision.decision === 'VALIDATED' ? validate(context, seller) : refuse(context, seller, decision);
  // REV-DECISION: every review ends with its decision webhook.
  if (!context.faults.has('decision-webhook-missing')) raiseKycEvent(context, seller, event);
}

/** STA-VALIDATED-AFTER-APPROVAL: everything VALIDATED and unlocked. */
function validate(context: MarketplaceContext, seller: Seller): RaisedEvent {
  if (!context.faults.has('documents-not-validated-on-approval')) {
    forEachDocument(seller, (document) => {
      if (document.status === 'PENDING_VALIDATION') document.status = 'VALIDATED';
    });
  }
  for (const party of [seller, ...seller.contacts.values()]) {
    party.dataValidated = true;
    party.documentsValidated = true;
    party.dataRefused = false;
    delete party.kycReviewComment;
  }
  seller.kyc.stage = 'VALIDATED';
  seller.kyc.everValidated = true;
  return kycEvent(seller, 'MP_KYC_VALIDATED');
}

/**
 * RFS-DOCUMENT-REFUSED, RFS-CONTACT-DOCUMENT-REFUSED, RFS-CONTACT-INCOMPLETE, RFS-SELLER-INCOMPLETE:
 * refused parts carry their comment and open again. RFS-ACCEPTED-PARTS-VALIDATED: what the review
 * did not refuse is VALIDATED, and counts as complete for the next assessment.
 */
function refuse(context: MarketplaceContext, seller: Seller, decision: KycDecision): RaisedEvent {
  const { faults } = context;
  const parts = decision.refuse ?? {};
  forEachDocument(seller, (document) => {
    if (document.status === 'PENDING_VALIDATION') document.status = 'VALIDATED';
  });
  const namesAPart = parts.sellerData !== undefined || (parts.contacts ?? []).length > 0 || (parts.documents ?? []).length > 0;
  // A refusal naming no part reopens the seller's data with the decision's comment (an assumption).
  const sellerComment = parts.sellerData?.comment ?? (namesAPart ? undefined : (decision.comment ?? 'Refused by the KYC review.'));
  const refusedParties = new Set<Party>();
  const refusedDocumentLists = new Set<Party>();
  if (sellerComment !== undefined) {
    refusedParties.add(seller);
    seller.dataRefused = !faults.has('refused-seller-stays-complete');
    seller.kycReviewComment = sellerComment;
  }
  for (const { contactId, comment } of parts.contacts ?? []) {
    const contact = seller.contacts.get(contactId)!;
    refusedParties.add(contact);
    contact.dataRefused = !faults.has('refused-contact-stays-complete');
    contact.kycReviewComment = comment;
  }
  const refusedDocuments = (parts.documents ?? []).map(({ documentId, comment }) => {
    const { document, contact } = findDocument(seller, documentId)!;
    refusedDocumentLists.add(contact ?? seller);
    const unmarked = faults.has(contact ? 'refused-contact-document-not-marked' : 'refused-seller-document-not-marked');
    document.status = unmarked ? 'REGISTERED' : 'REFUSED';
    document.kycReviewComment = comment;
    return { documentId, ...(contact ? { contactId: contact.contactId } : {}), kycReviewComment: comment };
  });
  for (const party of [seller, ...seller.contacts.values()]) {
    party.dataValidated = !refusedParties.has(party);
    party.documentsValidated = !refusedDocumentLists.has(party);
  }
  seller.kyc.stage = 'REFUSED';
  return kycEvent(seller, 'MP_KYC_REFUSED', {
    kycReviewComments: {
      ...(sellerComment !== undefined ? { seller: sellerComment } : {}),
      contacts: (parts.contacts ?? []).map(({ contactId, comment }) => ({ contactId, kycReviewComment: comment })),
      documents: refusedDocuments,
    },
  });
}
