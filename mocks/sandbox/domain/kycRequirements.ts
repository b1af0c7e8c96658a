import type { FaultName, FaultSet } from '../faults.ts';
import type { Party, PartyStatus, Seller, Switches } from './marketplace.ts';
import { requiredRegistrations, type Registration } from './registrations.ts';

// What the KYC needs of each party (seed §2.3.1, §2.3.2, §2.3.3) and the statuses derived from it (seed §2.4).

interface Requirement {
  /** The catalogue rule that makes the field mandatory. */
  rule: string;
  field: string;
  /** Mandatory subfields of an object field, listed dotted when missing. */
  subfields?: string[];
  /** The fault switch that drops this requirement. */
  droppedBy: FaultName;
  /** A fault switch that drops only some of the subfields. */
  subfieldsDroppedBy?: { fault: FaultName; subfields: string[] };
}

const addressFields = ['streetNumber', 'streetName', 'zipCode', 'cityName', 'countryCode'];

/** The seller's mandatory fields, in the order of seed §2.3.1 (registrations come between the two lists). */
const sellerRequirementsBeforeRegistrations: Requirement[] = [
  { rule: 'ONB-SELLER-LEGAL-NAME', field: 'legalEntityName', droppedBy: 'seller-legal-name-not-required' },
  {
    rule: 'ONB-SELLER-ADDRESS',
    field: 'address',
    subfields: addressFields,
    droppedBy: 'seller-address-not-required',
    subfieldsDroppedBy: { fault: 'seller-address-only-zip-required', subfields: ['streetNumber', 'streetName', 'cityName', 'countryCode'] },
  },
  { rule: 'ONB-SELLER-EMAIL', field: 'email', droppedBy: 'seller-email-not-required' },
  { rule: 'ONB-SELLER-PHONE', field: 'phoneNumber', droppedBy: 'seller-phone-not-required' },
  { rule: 'ONB-SELLER-LEGAL-FORM', field: 'legalFormAcronym', droppedBy: 'seller-legal-form-not-required' },
  { rule: 'ONB-SELLER-CAPITAL-AMOUNT', field: 'legalEntityCapitalizationAmount', droppedBy: 'seller-capital-amount-not-required' },
  { rule: 'ONB-SELLER-CAPITAL-CURRENCY', field: 'legalEntityCapitalizationCurrency', droppedBy: 'seller-capital-currency-not-required' },
  {
    rule: 'ONB-SELLER-BUSINESS-ACTIVITY',
    field: 'businessActivity',
    subfields: ['typeCode', 'code'],
    droppedBy: 'seller-business-activity-not-required',
    subfieldsDroppedBy: { fault: 'seller-business-activity-code-not-required', subfields: ['code'] },
  },
];

const sellerRequirementsAfterRegistrations: Requirement[] = [
  { rule: 'ONB-SELLER-EMPLOYEE-RANGE', field: 'legalNumberOfEmployeeRange', droppedBy: 'seller-employee-range-not-required' },
  { rule: 'ONB-SELLER-NET-INCOME-RANGE', field: 'legalNetIncomeRange', droppedBy: 'seller-net-income-range-not-required' },
  { rule: 'ONB-SELLER-ANNUAL-TURNOVER', field: 'legalAnnualTurnover', droppedBy: 'seller-annual-turnover-not-required' },
  { rule: 'ONB-SELLER-BANKING-INFO', field: 'bankingInformation', subfields: ['accountName', 'iban', 'bic', 'currency'], droppedBy: 'seller-banking-info-not-required' },
];

/** A contact's mandatory fields, in the order of seed §2.3.2. */
const contactRequirements: Requirement[] = [
  { rule: 'CON-FIRST-NAME', field: 'firstName', droppedBy: 'contact-first-name-not-required' },
  { rule: 'CON-LAST-NAME', field: 'lastName', droppedBy: 'contact-last-name-not-required' },
  { rule: 'CON-EMAIL', field: 'email', droppedBy: 'contact-email-not-required' },
  { rule: 'CON-PHONE', field: 'phoneNumber', droppedBy: 'contact-phone-not-required' },
  {
    rule: 'CON-INVOLVEMENT',
    field: 'involvement',
    subfields: ['type', 'startDateTime'],
    droppedBy: 'contact-involvement-not-required',
    subfieldsDroppedBy: { fault: 'contact-involvement-type-not-required', subfields: ['type'] },
  },
  { rule: 'CON-OCCUPATION-TYPE', field: 'occupationType', droppedBy: 'contact-occupation-type-not-required' },
  { rule: 'CON-PERSONAL-ASSETS', field: 'personalAssets', droppedBy: 'contact-personal-assets-not-required' },
  { rule: 'CON-ADDRESS', field: 'address', subfields: addressFields, droppedBy: 'contact-address-not-required' },
  { rule: 'CON-EFFECTIVE-BENEFICIARY', field: 'effectiveBeneficiary', droppedBy: 'contact-effective-beneficiary-not-required' },
  { rule: 'CON-COMMON-TITLE', field: 'commonTitle', droppedBy: 'contact-common-title-not-required' },
  { rule: 'CON-BIRTH-DATE', field: 'birthDate', droppedBy: 'contact-birth-date-not-required' },
  { rule: 'CON-BIRTH-CITY', field: 'birthCityName', droppedBy: 'contact-birth-city-not-required' },
  { rule: 'CON-BIRTH-COUNTRY', field: 'birthCountryCode', droppedBy: 'contact-birth-country-not-required' },
  { rule: 'CON-NATIONALITY', field: 'nationality', droppedBy: 'contact-nationality-not-required' },
  { rule: 'CON-INCOME-RANGE', field: 'incomeRange', droppedBy: 'contact-income-range-not-required' },
  { rule: 'CON-TAX-RESIDENCE-COUNTRY', field: 'taxResidenceCountryCode', droppedBy: 'contact-tax-residence-country-not-required' },
  { rule: 'CON-TAX-PAYER-ID', field: 'taxResidenceTaxPayerId', droppedBy: 'contact-tax-payer-id-not-required' },
];

function isFilled(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

function missingOf(data: Record<string, unknown>, requirements: Requirement[], faults: FaultSet): string[] {
  const missing: string[] = [];
  for (const requirement of requirements) {
    if (faults.has(requirement.droppedBy)) continue;
    const value = data[requirement.field];
    if (!requirement.subfields) {
      if (!isFilled(value)) missing.push(requirement.field);
      continue;
    }
    // ONB-MISSING-DATA-DOTTED-PATHS: a missing object is listed, then each of its missing fields, dotted.
    const present = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
    if (!present) missing.push(requirement.field);
    const dropped = requirement.subfieldsDroppedBy && faults.has(requirement.subfieldsDroppedBy.fault) ? requirement.subfieldsDroppedBy.subfields : [];
    for (const subfield of requirement.subfields) {
      if (!isFilled(present?.[subfield]) && !dropped.includes(subfield)) missing.push(`${requirement.field}.${subfield}`);
    }
  }
  return missing;
}

/** ONB-MISSING-DATA-LIST, REG-*: what the seller still lacks for the KYC, as dotted paths. */
export function sellerMissingData(data: Record<string, unknown>, { faults, dialects }: Switches): string[] {
  const address = data.address as Record<string, unknown> | undefined;
  const registrations = (data.externalRegistrations as Registration[] | undefined) ?? [];
  // REG-VALUE-REQUIRED, REG-DATE-REQUIRED: a registration counts once it has its value and (by default) its date.
  const dateOptional = faults.has('registration-date-not-required') || dialects.has('registration-date-optional');
  const counts = (registration: Registration) => (isFilled(registration.value) || faults.has('registration-value-not-required')) && (isFilled(registration.date) || dateOptional);
  const provided = new Set(registrations.filter(counts).map((registration) => registration.code));
  const registrationsMissing = requiredRegistrations(address?.countryCode as string | undefined, faults)
    .filter((code) => !provided.has(code))
    .map((code) => `externalRegistrations.${code}`);
  return [...missingOf(data, sellerRequirementsBeforeRegistrations, faults), ...registrationsMissing, ...missingOf(data, sellerRequirementsAfterRegistrations, faults)];
}

export function contactMissingData(data: Record<string, unknown>, faults: FaultSet): string[] {
  return missingOf(data, contactRequirements, faults);
}

/** DOC-SELLER-MINIMUM, DOC-CONTACT-MINIMUM: the document types of which one (not refused) is needed. */
export const minimumDocumentTypes = {
  seller: ['COMPANY_REGISTRATION'],
  contact: ['IDENTITY_CARD', 'PASSPORT'],
} as const;

export function hasMinimumDocuments(party: Party, kind: 'seller' | 'contact', faults: FaultSet): boolean {
  const anyType = faults.has(kind === 'seller' ? 'seller-any-document-counts' : 'contact-any-document-counts');
  const types: readonly string[] = minimumDocumentTypes[kind];
  // DOC-REFUSED-NOT-COUNTED: a REFUSED document does not count towards the minimum.
  const refusedCounts = faults.has('refused-document-counted');
  return [...party.documents.values()].some((document) => (anyType || types.includes(document.type)) && (refusedCounts || document.status !== 'REFUSED'));
}

/** Under review: from an accepted _assess-kyc (LCK-FROM-ASSESS-CALL) until the decision. */
export function isUnderReview(seller: Seller): boolean {
  return seller.kyc.stage === 'AWAITING_TRANSFER' || seller.kyc.stage === 'IN_REVIEW';
}

/**
 * Whether a part shows PENDING_VALIDATION: under review, unless a fault keeps it out of the review.
 * RES-VALIDATED-REVIEWED-AGAIN: a part an earlier review validated is reviewed again, or, in the
 * resubmission-keeps-validated dialect, stays VALIDATED.
 */
function showsPending(seller: Seller, kind: 'seller' | 'contact', validated: boolean, { faults, dialects }: Switches): boolean {
  if (!isUnderReview(seller) || faults.has('statuses-unchanged-on-assess')) return false;
  if (validated && dialects.has('resubmission-keeps-validated')) return false;
  return !(kind === 'contact' && faults.has('assess-kyc-skips-contacts'));
}

/** STA-DATA-COMPLETE, STA-PENDING-AFTER-ASSESS, STA-VALIDATED-AFTER-APPROVAL, RFS-SELLER-INCOMPLETE, RFS-CONTACT-INCOMPLETE. */
export function dataStatusOf(seller: Seller, party: Party, kind: 'seller' | 'contact', missingData: string[], switches: Switches): PartyStatus {
  const { faults } = switches;
  // CON-OWN-STATUS: a contact's status comes from its own fields.
  if (kind === 'contact' && faults.has('contact-status-from-seller')) return dataStatusOf(seller, seller, 'seller', sellerMissingData(seller.data, switches), switches);
  if (showsPending(seller, kind, party.dataValidated, switches)) return 'PENDING_VALIDATION';
  if (party.dataValidated) return 'VALIDATED';
  if (party.dataRefused) return 'INCOMPLETE';
  return missingData.length === 0 || faults.has('complete-with-missing-data') ? 'COMPLETE' : 'INCOMPLETE';
}

/** STA-DOCUMENT-LIST-COMPLETE: COMPLETE once the party holds its minimum documents. */
export function documentListStatusOf(seller: Seller, party: Party, kind: 'seller' | 'contact', switches: Switches): PartyStatus {
  const { faults } = switches;
  if (showsPending(seller, kind, party.documentsValidated, switches)) return 'PENDING_VALIDATION';
  if (party.documentsValidated) return 'VALIDATED';
  return hasMinimumDocuments(party, kind, faults) || faults.has('document-list-always-complete') ? 'COMPLETE' : 'INCOMPLETE';
}
