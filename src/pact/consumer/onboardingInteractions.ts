// What the back-office sends and needs while onboarding a seller (seed §2, interface §3): the seller
// upsert and read, contacts, documents (their content goes one way only), the KYC request, the
// virtual IBAN and the lock that follows. A creation is answered at least with the id it made
// (interface §8: just the id or the whole resource); an update's answer body is not named by any
// document, so only its status is. Statuses are interface §2's.
import { MatchersV3 as M } from '@pact-foundation/pact';
import { companyRegistration, completeSeller, contactChange, exampleIds, identityCard, legalRepresentative, partialSeller } from './backOfficeExamples.ts';
import { given, statePath, type HttpInteractionSpec } from './interactionSpec.ts';
import { jsonResponseHeaders, msId, problem, problemResponseHeaders, withoutKey } from './matching.ts';

const seller = { merchantSellerId: exampleIds.merchantSellerId };
const sellerPath = statePath('/sellers/${merchantSellerId}');
const contactPath = statePath('/sellers/${merchantSellerId}/contacts/${contactId}');

/** A document as the back-office lists it: metadata only (seed §2.3.3), in a status of seed §2.4. */
function documentView(type: string, status: string, example: { documentId: string; name: string }) {
  return { documentId: msId(example.documentId), name: M.like(example.name), type, status };
}

const sellerDocument = { documentId: exampleIds.sellerDocumentId, name: companyRegistration.name };
const contactDocument = { documentId: exampleIds.contactDocumentId, name: identityCard.name };

/**
 * The seller view of seed §2.4 (seller, contacts, their documents), every status as `status` says:
 * COMPLETE and REGISTERED before `_assess-kyc`, PENDING_VALIDATION after it (seed §2.8).
 */
function sellerWithStatuses(status: 'COMPLETE' | 'PENDING_VALIDATION') {
  const documentStatus = status === 'COMPLETE' ? 'REGISTERED' : status;
  return {
    sellerId: msId(exampleIds.sellerId),
    legalEntityName: M.like(completeSeller.legalEntityName),
    dataStatus: status,
    documentListStatus: status,
    documents: M.eachLike(documentView(companyRegistration.type, documentStatus, sellerDocument)),
    contacts: M.eachLike({
      contactId: msId(exampleIds.contactId),
      firstName: M.like(legalRepresentative.firstName),
      lastName: M.like(legalRepresentative.lastName),
      dataStatus: status,
      documentListStatus: status,
      documents: M.eachLike(documentView(identityCard.type, documentStatus, contactDocument)),
    }),
  };
}

/**
 * A document promising that `fileContent` is not there. Pact's key rule that says so stops it
 * checking that the other keys are, so these are interactions of their own.
 */
const documentWithoutContent = (example: { documentId: string }) => withoutKey('fileContent', { documentId: msId(example.documentId) });

function kycReviewInProgress(description: string, request: HttpInteractionSpec['request']): HttpInteractionSpec {
  return {
    description,
    given: given('sellerUnderReview', seller),
    request,
    response: { status: 409, headers: problemResponseHeaders, body: problem('KYC_REVIEW_IN_PROGRESS') },
  };
}

function created(description: string, state: HttpInteractionSpec['given'], request: HttpInteractionSpec['request'], body: unknown): HttpInteractionSpec {
  return { description, given: state, request, response: { status: 201, headers: jsonResponseHeaders, body } };
}

const sellerDocumentsPath = statePath('/sellers/${merchantSellerId}/documents');
const contactDocumentsPath = statePath('/sellers/${merchantSellerId}/contacts/${contactId}/documents');

export const onboardingInteractions: HttpInteractionSpec[] = [
  created("a seller's first save is stored and answered with what is still missing", given('noSeller', seller), { method: 'PUT', path: sellerPath, body: partialSeller }, {
    sellerId: msId(exampleIds.sellerId),
    dataStatus: 'INCOMPLETE',
    missingData: M.eachLike('email'),
  }),
  {
    description: "a later save completing a seller's data keeps what was saved before",
    given: given('sellerWithPartialData', seller),
    request: { method: 'PUT', path: sellerPath, body: { email: completeSeller.email, phoneNumber: completeSeller.phoneNumber } },
    response: {
      status: 200,
      headers: jsonResponseHeaders,
      body: {
        sellerId: msId(exampleIds.sellerId),
        legalEntityName: M.like(completeSeller.legalEntityName),
        address: M.like(completeSeller.address),
        bankingInformation: M.like(completeSeller.bankingInformation),
        email: completeSeller.email,
        phoneNumber: completeSeller.phoneNumber,
        dataStatus: 'COMPLETE',
      },
    },
  },
  {
    description: 'reading a seller ready for KYC gives back its data, contacts and documents, COMPLETE and REGISTERED',
    given: given('sellerReadyForKyc', seller),
    request: { method: 'GET', path: sellerPath },
    response: { status: 200, headers: jsonResponseHeaders, body: sellerWithStatuses('COMPLETE') },
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
  created('adding a complete contact answers its id', given('sellerWithPartialData', seller), { method: 'POST', path: statePath('/sellers/${merchantSellerId}/contacts'), body: legalRepresentative }, {
    contactId: msId(exampleIds.contactId),
  }),
  {
    description: "changing a contact's phone number is accepted",
    given: given('sellerReadyForKyc', seller),
    request: { method: 'PATCH', path: contactPath, body: contactChange },
    response: { status: 200 },
  },
  {
    description: 'deleting a contact',
    given: given('sellerReadyForKyc', seller),
    request: { method: 'DELETE', path: contactPath },
    response: { status: 204 },
  },
  created('uploading a company registration answers its document id', given('sellerWithPartialData', seller), { method: 'POST', path: sellerDocumentsPath, body: companyRegistration }, {
    documentId: msId(exampleIds.sellerDocumentId),
  }),
  created("uploading a company registration never answers the document's content", given('sellerWithPartialData', seller), { method: 'POST', path: sellerDocumentsPath, body: companyRegistration }, documentWithoutContent(sellerDocument)),
  created("uploading a contact's identity card answers its document id", given('sellerReadyForKyc', seller), { method: 'POST', path: contactDocumentsPath, body: identityCard }, {
    documentId: msId(exampleIds.contactDocumentId),
  }),
  created("uploading a contact's identity card never answers the document's content", given('sellerReadyForKyc', seller), { method: 'POST', path: contactDocumentsPath, body: identityCard }, documentWithoutContent(contactDocument)),
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
    description: 'the KYC assessment of a complete seller is accepted',
    given: given('sellerReadyForKyc', seller),
    request: { method: 'POST', path: statePath('/sellers/${merchantSellerId}/_assess-kyc') },
    response: { status: 202 },
  },
  {
    description: 'the KYC assessment of an incomplete seller is refused with what blocks it',
    given: given('sellerWithPartialData', seller),
    request: { method: 'POST', path: statePath('/sellers/${merchantSellerId}/_assess-kyc') },
    response: {
      status: 422,
      headers: problemResponseHeaders,
      body: { ...problem('KYC_PRECONDITIONS_NOT_MET'), errors: M.eachLike({ field: M.string('email') }) },
    },
  },
  {
    description: 'reading a seller under KYC review shows everything PENDING_VALIDATION',
    given: given('sellerUnderReview', seller),
    request: { method: 'GET', path: sellerPath },
    response: { status: 200, headers: jsonResponseHeaders, body: sellerWithStatuses('PENDING_VALIDATION') },
  },
  {
    description: 'reading a seller after MP_IBAN_AVAILABLE_FOR_PAYMENT shows its virtual IBAN for the 1 € transfer',
    given: given('sellerIbanAnnounced', seller),
    request: { method: 'GET', path: sellerPath },
    response: {
      status: 200,
      headers: jsonResponseHeaders,
      body: {
        identityVerification: {
          virtualIban: { iban: M.regex('^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$', 'FR7616798000010000012345602'), bic: M.string('MSVIFRPPXXX') },
        },
      },
    },
  },
  kycReviewInProgress('changing a seller under KYC review is refused', { method: 'PUT', path: sellerPath, body: { phoneNumber: '+33145678999' } }),
  kycReviewInProgress('a second KYC assessment during the review is refused', { method: 'POST', path: statePath('/sellers/${merchantSellerId}/_assess-kyc') }),
  kycReviewInProgress('deleting a contact of a seller under KYC review is refused', { method: 'DELETE', path: contactPath }),
  kycReviewInProgress('uploading a document for a seller under KYC review is refused', { method: 'POST', path: sellerDocumentsPath, body: companyRegistration }),
];
