// What the back-office sends and needs while onboarding a seller (seed §2): the seller upsert and
// read, contacts, documents (their content goes one way only), the KYC request and the lock that
// follows it. Exact values where the back-office branches on them, matchers elsewhere.
import { MatchersV3 as M } from '@pact-foundation/pact';
import { companyRegistration, completeSeller, contactChange, exampleIds, identityCard, legalRepresentative, partialSeller } from './backOfficeExamples.ts';
import { given, statePath, type HttpInteractionSpec } from './interactionSpec.ts';
import { jsonResponseHeaders, msId, oneOf, problem, problemResponseHeaders, withoutKey } from './matching.ts';

const kycStatuses = ['COMPLETE', 'INCOMPLETE', 'PENDING_VALIDATION', 'VALIDATED'];
const documentStatuses = ['REGISTERED', 'PENDING_VALIDATION', 'VALIDATED', 'REFUSED'];
const documentTypes = ['COMPANY_REGISTRATION', 'FISCAL_STATEMENT', 'ARTICLES_OF_ASSOCIATION', 'BANK_DETAILS', 'IDENTITY_CARD', 'PASSPORT', 'RESIDENCE_PERMIT', 'PROOF_OF_ADDRESS'];

const seller = { merchantSellerId: exampleIds.merchantSellerId };
const sellerPath = statePath('/sellers/${merchantSellerId}');
const contactPath = statePath('/sellers/${merchantSellerId}/contacts/${contactId}');

/** A document as the back-office reads it: metadata only (seed §2.3.3). */
function documentView(options: { documentId: string; name: string; type: string; status?: string }) {
  return {
    documentId: msId(options.documentId),
    name: M.like(options.name),
    type: oneOf(documentTypes, options.type),
    status: options.status ? oneOf([options.status]) : oneOf(documentStatuses, 'REGISTERED'),
  };
}

/**
 * The same, promising also that `fileContent` never comes back. Pact's key rule that says so stops
 * it checking that the other keys are there, so interactions that read documents use both shapes.
 */
function documentWithoutContent(options: Parameters<typeof documentView>[0]) {
  return withoutKey('fileContent', documentView(options));
}

const sellerDocument = { documentId: exampleIds.sellerDocumentId, name: companyRegistration.name, type: companyRegistration.type };
const contactDocument = { documentId: exampleIds.contactDocumentId, name: identityCard.name, type: identityCard.type };

function contactView(status: string) {
  return {
    contactId: msId(exampleIds.contactId),
    firstName: M.like(legalRepresentative.firstName),
    lastName: M.like(legalRepresentative.lastName),
    dataStatus: oneOf([status]),
    missingData: M.like([]),
    documentListStatus: oneOf([status]),
    documents: M.eachLike(documentView(contactDocument)),
  };
}

/** The seller view of a seller with its contact and documents (GET, `_assess-kyc`). */
function fullSellerView(status: string) {
  return {
    merchantSellerId: M.like(exampleIds.merchantSellerId),
    sellerId: msId(exampleIds.sellerId),
    legalEntityName: M.like(completeSeller.legalEntityName),
    dataStatus: oneOf([status]),
    missingData: M.like([]),
    documentListStatus: oneOf([status]),
    documents: M.eachLike(documentView(sellerDocument)),
    contacts: M.eachLike(contactView(status)),
  };
}

function kycReviewInProgress(description: string, request: HttpInteractionSpec['request']): HttpInteractionSpec {
  return {
    description,
    given: given('sellerUnderReview', seller),
    request,
    response: { status: 409, headers: problemResponseHeaders, body: problem(409, 'KYC_REVIEW_IN_PROGRESS') },
  };
}

export const onboardingInteractions: HttpInteractionSpec[] = [
  {
    description: "a seller's first save is stored and answered with what is still missing",
    given: given('noSeller', seller),
    request: { method: 'PUT', path: sellerPath, body: partialSeller },
    response: {
      status: 201,
      headers: jsonResponseHeaders,
      body: {
        merchantSellerId: M.like(exampleIds.merchantSellerId),
        sellerId: msId(exampleIds.sellerId),
        legalEntityName: partialSeller.legalEntityName,
        address: partialSeller.address,
        dataStatus: 'INCOMPLETE',
        missingData: M.eachLike('email'),
        documentListStatus: oneOf(kycStatuses, 'INCOMPLETE'),
        documents: M.like([]),
        contacts: M.like([]),
      },
    },
  },
  {
    description: "a later save completing a seller's data keeps what was saved before",
    given: given('sellerWithPartialData', seller),
    request: { method: 'PUT', path: sellerPath, body: { email: completeSeller.email, phoneNumber: completeSeller.phoneNumber } },
    response: {
      status: 200,
      headers: jsonResponseHeaders,
      body: {
        merchantSellerId: M.like(exampleIds.merchantSellerId),
        sellerId: msId(exampleIds.sellerId),
        legalEntityName: M.like(completeSeller.legalEntityName),
        address: M.like(completeSeller.address),
        bankingInformation: M.like(completeSeller.bankingInformation),
        email: completeSeller.email,
        phoneNumber: completeSeller.phoneNumber,
        dataStatus: 'COMPLETE',
        missingData: [],
        documentListStatus: oneOf(kycStatuses, 'INCOMPLETE'),
      },
    },
  },
  {
    description: 'reading a seller gives back its data, contacts and documents',
    given: given('sellerReadyForKyc', seller),
    request: { method: 'GET', path: sellerPath },
    response: { status: 200, headers: jsonResponseHeaders, body: fullSellerView('COMPLETE') },
  },
  {
    description: "reading a seller never gives back a document's content",
    given: given('sellerReadyForKyc', seller),
    request: { method: 'GET', path: sellerPath },
    response: {
      status: 200,
      headers: jsonResponseHeaders,
      body: {
        documents: M.eachLike(documentWithoutContent(sellerDocument)),
        contacts: M.eachLike({ contactId: msId(exampleIds.contactId), documents: M.eachLike(documentWithoutContent(contactDocument)) }),
      },
    },
  },
  {
    description: 'adding a complete contact answers its id and its own statuses',
    given: given('sellerWithPartialData', seller),
    request: { method: 'POST', path: statePath('/sellers/${merchantSellerId}/contacts'), body: legalRepresentative },
    response: {
      status: 201,
      headers: jsonResponseHeaders,
      body: {
        contactId: msId(exampleIds.contactId),
        firstName: legalRepresentative.firstName,
        lastName: legalRepresentative.lastName,
        effectiveBeneficiary: legalRepresentative.effectiveBeneficiary,
        dataStatus: 'COMPLETE',
        missingData: [],
        documentListStatus: 'INCOMPLETE',
        documents: M.like([]),
      },
    },
  },
  {
    description: "changing a contact's phone number keeps the rest of the contact",
    given: given('sellerReadyForKyc', seller),
    request: { method: 'PATCH', path: contactPath, body: contactChange },
    response: {
      status: 200,
      headers: jsonResponseHeaders,
      body: { contactId: msId(exampleIds.contactId), phoneNumber: contactChange.phoneNumber, firstName: M.like(legalRepresentative.firstName), lastName: M.like(legalRepresentative.lastName), dataStatus: 'COMPLETE' },
    },
  },
  {
    description: 'deleting a contact',
    given: given('sellerReadyForKyc', seller),
    request: { method: 'DELETE', path: contactPath },
    response: { status: 204 },
  },
  {
    description: 'uploading a company registration answers a REGISTERED document without its content',
    given: given('sellerWithPartialData', seller),
    request: { method: 'POST', path: statePath('/sellers/${merchantSellerId}/documents'), body: companyRegistration },
    response: {
      status: 201,
      headers: jsonResponseHeaders,
      body: documentWithoutContent({ ...sellerDocument, status: 'REGISTERED' }),
    },
  },
  {
    description: "uploading a contact's identity card answers a REGISTERED document without its content",
    given: given('sellerReadyForKyc', seller),
    request: { method: 'POST', path: statePath('/sellers/${merchantSellerId}/contacts/${contactId}/documents'), body: identityCard },
    response: {
      status: 201,
      headers: jsonResponseHeaders,
      body: documentWithoutContent({ ...contactDocument, status: 'REGISTERED' }),
    },
  },
  {
    description: 'deleting a seller document',
    given: given('sellerReadyForKyc', seller),
    request: { method: 'DELETE', path: statePath('/sellers/${merchantSellerId}/documents/${sellerDocumentId}') },
    response: { status: 204 },
  },
  {
    description: 'deleting a contact document',
    given: given('sellerReadyForKyc', seller),
    request: { method: 'DELETE', path: statePath('/sellers/${merchantSellerId}/contacts/${contactId}/documents/${contactDocumentId}') },
    response: { status: 204 },
  },
  {
    description: 'the KYC assessment of a complete seller is accepted and puts everything PENDING_VALIDATION',
    given: given('sellerReadyForKyc', seller),
    request: { method: 'POST', path: statePath('/sellers/${merchantSellerId}/_assess-kyc') },
    response: { status: 202, headers: jsonResponseHeaders, body: fullSellerView('PENDING_VALIDATION') },
  },
  {
    description: 'the KYC assessment of an incomplete seller is refused with what blocks it',
    given: given('sellerWithPartialData', seller),
    request: { method: 'POST', path: statePath('/sellers/${merchantSellerId}/_assess-kyc') },
    response: {
      status: 422,
      headers: problemResponseHeaders,
      body: { ...problem(422, 'KYC_PRECONDITIONS_NOT_MET'), errors: M.eachLike({ field: M.like('email'), message: M.like('email is missing') }) },
    },
  },
  {
    description: 'reading a seller under KYC review shows its virtual IBAN for the 1 € transfer',
    given: given('sellerUnderReview', seller),
    request: { method: 'GET', path: sellerPath },
    response: {
      status: 200,
      headers: jsonResponseHeaders,
      body: {
        ...fullSellerView('PENDING_VALIDATION'),
        identityVerification: {
          virtualIban: { iban: M.regex('^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$', 'FR7616798000010000012345602'), bic: M.like('MSVIFRPPXXX'), type: 'VIRTUAL_IBAN' },
        },
      },
    },
  },
  kycReviewInProgress('changing a seller under KYC review is refused', { method: 'PUT', path: sellerPath, body: { phoneNumber: '+33145678999' } }),
  kycReviewInProgress('a second KYC assessment during the review is refused', { method: 'POST', path: statePath('/sellers/${merchantSellerId}/_assess-kyc') }),
  kycReviewInProgress('deleting a contact of a seller under KYC review is refused', { method: 'DELETE', path: contactPath }),
  kycReviewInProgress('uploading a document for a seller under KYC review is refused', { method: 'POST', path: statePath('/sellers/${merchantSellerId}/documents'), body: companyRegistration }),
];

