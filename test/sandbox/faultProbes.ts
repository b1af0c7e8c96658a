// For every fault switch, a probe: a small scenario whose observation differs between a correct
// sandbox and one with that fault on. `expected` is what the correct sandbox must show.
import { createHmac } from 'node:crypto';
import { isValidIBAN } from 'ibantools';
import type { FaultName } from '../../mocks/sandbox/faults.ts';
import { SandboxDriver, WebhookReceiver, contact, frenchSeller, tinyPdf } from './sandboxDriver.ts';

export interface FaultProbe {
  fault: FaultName;
  /** Start the probe's sandbox with a webhook receiver. */
  receiver?: boolean;
  probe(driver: SandboxDriver): Promise<unknown>;
  expected: unknown;
}

type Data = Record<string, unknown>;

const without = (data: Data, field: string): Data => Object.fromEntries(Object.entries(data).filter(([key]) => key !== field));
const germanSeller = (registrations: Array<Data>): Data => ({
  ...frenchSeller,
  address: { ...frenchSeller.address, countryCode: 'DE', zipCode: '10115', cityName: 'Berlin' },
  externalRegistrations: registrations,
});
const date = '2020-01-15';

async function missingAfter(driver: SandboxDriver, data: Data): Promise<string[]> {
  return (await driver.expect(201, 'PUT', `/sellers/${driver.id('s')}`, data)).missingData;
}

async function contactMissingAfter(driver: SandboxDriver, data: Data): Promise<string[]> {
  const merchantSellerId = driver.id('s');
  await driver.expect(201, 'PUT', `/sellers/${merchantSellerId}`, { legalEntityName: 'X' });
  return (await driver.expect(201, 'POST', `/sellers/${merchantSellerId}/contacts`, data)).missingData;
}

async function putStatus(driver: SandboxDriver, data: unknown): Promise<number> {
  return (await driver.call('PUT', `/sellers/${driver.id('s')}`, data)).status;
}

async function view(driver: SandboxDriver, merchantSellerId: string): Promise<any> {
  return driver.expect(200, 'GET', `/sellers/${merchantSellerId}`);
}

async function assessed(driver: SandboxDriver) {
  const seller = await driver.completeSeller();
  await driver.expect(202, 'POST', `/sellers/${seller.merchantSellerId}/_assess-kyc`);
  return seller;
}

async function inReview(driver: SandboxDriver) {
  const seller = await assessed(driver);
  await driver.oneEuro(seller.merchantSellerId);
  return seller;
}

type SellerInfo = Awaited<ReturnType<typeof inReview>>;

async function refused(driver: SandboxDriver, parts: (seller: SellerInfo) => Data) {
  const seller = await inReview(driver);
  await driver.sim('POST', `/sellers/${seller.merchantSellerId}/kyc-review`, { decision: 'REFUSED', refuse: parts(seller) });
  return seller;
}

async function review(driver: SandboxDriver, merchantSellerId: string): Promise<number> {
  return (await driver.sim('POST', `/sellers/${merchantSellerId}/kyc-review`, { decision: 'VALIDATED' })).status;
}

async function kycTypes(driver: SandboxDriver, merchantSellerId: string): Promise<string[]> {
  return (await driver.webhooks()).filter((webhook) => webhook.body.data?.merchantSellerId === merchantSellerId).map((webhook) => webhook.body.type ?? webhook.body.eventType);
}

async function countOf(driver: SandboxDriver, type: string): Promise<number> {
  return (await driver.webhooks()).filter((webhook) => (webhook.body.type ?? webhook.body.eventType) === type).length;
}

function trx(externalOrderId: string, externalTransactionId: string, extra: Data = {}): Data {
  return { externalOrderId, externalTransactionId, type: 'PAYMENT', amount: 10, currency: 'EUR', paymentMethodName: 'CARD', ...extra };
}

/** A validated seller holding `amount` in available money (a paid order split to it). */
async function fundedSeller(driver: SandboxDriver, amount: number, fee = 0) {
  const seller = await driver.validatedSeller();
  const order = await driver.paidOrder(amount, amount);
  await driver.split(order.externalOrderId, [{ sellerId: seller.sellerId, amount, fee }]);
  return { ...seller, ...order };
}

function transfer(sellerId: string, extra: Data = {}): Data {
  return { externalTransferId: `tr-${Math.random().toString(36).slice(2)}`, sellerId, accountingEntry: 'MARKETPLACE_TO_SELLER', reasonCode: 'BONUS', amount: 5, currency: 'EUR', ...extra };
}

async function transferStatus(driver: SandboxDriver, body: Data): Promise<string> {
  const created = await driver.expect(201, 'POST', '/transfers', body);
  await driver.webhooks();
  return (await driver.expect(200, 'GET', `/transfers/${created.transferId}`)).status;
}

async function settledStatus(driver: SandboxDriver, createUrl: string, body: Data, idField: string, readUrl: (id: string) => string): Promise<string> {
  const created = await driver.expect(201, 'POST', createUrl, body);
  await driver.sim('POST', '/bank-batches');
  return (await driver.expect(200, 'GET', readUrl(created[idField]))).status;
}

async function deleteAfterBatch(driver: SandboxDriver, createUrl: string, body: Data, idField: string, deleteUrl: (id: string) => string): Promise<number> {
  const created = await driver.expect(201, 'POST', createUrl, body);
  await driver.sim('POST', '/bank-batches');
  return (await driver.call('DELETE', deleteUrl(created[idField]))).status;
}

async function twiceDistinct(driver: SandboxDriver, url: string, body: Data, idField: string): Promise<boolean> {
  const first = await driver.expect(201, 'POST', url, body);
  const second = await driver.expect(201, 'POST', url, body);
  return first[idField] !== second[idField];
}

async function statusRightAfter(driver: SandboxDriver, url: string, body: Data, idField: string, readUrl: (id: string) => string): Promise<string> {
  const created = await driver.expect(201, 'POST', url, body);
  await driver.webhooks();
  return (await driver.expect(200, 'GET', readUrl(created[idField]))).status;
}

const seedVoucherOrder = {
  amount: 8000,
  currency: 'EUR',
  items: [
    { external_ref: 'seller1', ref: 'Seller 1 Article 1', amount: 2000, voucher: [{ contract_type: 'CONECS', eligible_amount: 900 }] },
    { external_ref: 'seller1', ref: 'Seller 1 Article 2', amount: 4000, voucher: [{ contract_type: 'CONECS', eligible_amount: 500 }] },
    { external_ref: 'seller2', ref: 'Seller 2 Article 1', amount: 2000, voucher: [{ contract_type: 'CONECS', eligible_amount: 1900 }] },
  ],
  contracts: [
    { external_ref: 'seller1', contract_type: 'CONECS', contract_number: '1000001' },
    { external_ref: 'seller2', contract_type: 'CONECS', contract_number: '1000002' },
  ],
};

function voucherOrder(items: Array<[string, Array<[string, number]>]>, contracts: Array<[string, string, string]>): Data {
  return {
    amount: 10000,
    currency: 'EUR',
    items: items.map(([seller, vouchers], index) => ({ external_ref: seller, ref: `Article ${index}`, amount: 1000, voucher: vouchers.map(([type, eligible]) => ({ contract_type: type, eligible_amount: eligible })) })),
    contracts: contracts.map(([seller, type, number]) => ({ external_ref: seller, contract_type: type, contract_number: number })),
  };
}

async function selected(driver: SandboxDriver, order: Data): Promise<Record<string, string>> {
  const answer = await driver.expect(201, 'POST', '/vouchers/marketplace/orders', order);
  return Object.fromEntries(answer.selectedSellers.map((winner: { contract_type: string; external_ref: string }) => [winner.contract_type, winner.external_ref]));
}

const sellerFieldFaults: Array<[FaultName, string]> = [
  ['seller-legal-name-not-required', 'legalEntityName'],
  ['seller-address-not-required', 'address'],
  ['seller-email-not-required', 'email'],
  ['seller-phone-not-required', 'phoneNumber'],
  ['seller-legal-form-not-required', 'legalFormAcronym'],
  ['seller-capital-amount-not-required', 'legalEntityCapitalizationAmount'],
  ['seller-capital-currency-not-required', 'legalEntityCapitalizationCurrency'],
  ['seller-business-activity-not-required', 'businessActivity'],
  ['seller-employee-range-not-required', 'legalNumberOfEmployeeRange'],
  ['seller-net-income-range-not-required', 'legalNetIncomeRange'],
  ['seller-annual-turnover-not-required', 'legalAnnualTurnover'],
  ['seller-banking-info-not-required', 'bankingInformation'],
];

const contactFieldFaults: Array<[FaultName, string]> = [
  ['contact-first-name-not-required', 'firstName'],
  ['contact-last-name-not-required', 'lastName'],
  ['contact-email-not-required', 'email'],
  ['contact-phone-not-required', 'phoneNumber'],
  ['contact-involvement-not-required', 'involvement'],
  ['contact-occupation-type-not-required', 'occupationType'],
  ['contact-personal-assets-not-required', 'personalAssets'],
  ['contact-address-not-required', 'address'],
  ['contact-effective-beneficiary-not-required', 'effectiveBeneficiary'],
  ['contact-common-title-not-required', 'commonTitle'],
  ['contact-birth-date-not-required', 'birthDate'],
  ['contact-birth-city-not-required', 'birthCityName'],
  ['contact-birth-country-not-required', 'birthCountryCode'],
  ['contact-nationality-not-required', 'nationality'],
  ['contact-income-range-not-required', 'incomeRange'],
  ['contact-tax-residence-country-not-required', 'taxResidenceCountryCode'],
  ['contact-tax-payer-id-not-required', 'taxResidenceTaxPayerId'],
];

export const faultProbes: FaultProbe[] = [
  // ── onboarding ──
  { fault: 'partial-upsert-refused', probe: (d) => putStatus(d, { legalEntityName: 'X' }), expected: 201 },
  {
    fault: 'upsert-replaces-seller',
    probe: async (d) => {
      await d.expect(201, 'PUT', '/sellers/s', { legalEntityName: 'X' });
      return (await d.expect(200, 'PUT', '/sellers/s', { email: 'a@b.fr' })).legalEntityName;
    },
    expected: 'X',
  },
  { fault: 'get-seller-omits-documents', probe: async (d) => (await view(d, (await d.completeSeller()).merchantSellerId)).documents.length, expected: 1 },
  { fault: 'missing-data-not-listed', probe: async (d) => (await missingAfter(d, { legalEntityName: 'X' })).includes('email'), expected: true },
  {
    fault: 'seller-id-changes-on-update',
    probe: async (d) => {
      const first = await d.expect(201, 'PUT', '/sellers/s', { legalEntityName: 'X' });
      return (await d.expect(200, 'PUT', '/sellers/s', { email: 'a@b.fr' }).catch(() => ({}))).sellerId === first.sellerId;
    },
    expected: true,
  },
  {
    fault: 'upsert-creates-duplicate',
    probe: async (d) => [(await d.call('PUT', '/sellers/s', { legalEntityName: 'X' })).status, (await d.call('PUT', '/sellers/s', { email: 'a@b.fr' })).status],
    expected: [201, 200],
  },
  ...sellerFieldFaults.map(([fault, field]): FaultProbe => ({ fault, probe: async (d) => (await missingAfter(d, without(frenchSeller, field))).includes(field), expected: true })),
  {
    fault: 'seller-address-only-zip-required',
    probe: async (d) => (await missingAfter(d, { ...frenchSeller, address: without(frenchSeller.address as Data, 'cityName') })).includes('address.cityName'),
    expected: true,
  },
  {
    fault: 'seller-business-activity-code-not-required',
    probe: async (d) => (await missingAfter(d, { ...frenchSeller, businessActivity: without(frenchSeller.businessActivity as Data, 'code') })).includes('businessActivity.code'),
    expected: true,
  },
  { fault: 'iban-checksum-skipped', probe: (d) => putStatus(d, { bankingInformation: { iban: 'FR7630006000011234567890188' } }), expected: 422 },
  { fault: 'country-code-unchecked', probe: (d) => putStatus(d, { address: { countryCode: 'XX' } }), expected: 422 },
  { fault: 'currency-code-unchecked', probe: (d) => putStatus(d, { legalEntityCapitalizationCurrency: 'XYZ' }), expected: 422 },
  // ── registrations ──
  { fault: 'registration-code-unchecked', probe: (d) => putStatus(d, { externalRegistrations: [{ code: 'DUNS', value: '1', date }] }), expected: 422 },
  {
    fault: 'vat-not-required',
    probe: async (d) => (await missingAfter(d, { ...frenchSeller, externalRegistrations: [{ code: 'SIRET', value: '12345678900012', date }] })).includes('externalRegistrations.VAT'),
    expected: true,
  },
  {
    fault: 'siret-not-required-in-fr',
    probe: async (d) => (await missingAfter(d, { ...frenchSeller, externalRegistrations: [{ code: 'VAT', value: 'FR1', date }] })).includes('externalRegistrations.SIRET'),
    expected: true,
  },
  { fault: 'siren-accepted', probe: (d) => putStatus(d, { externalRegistrations: [{ code: 'SIRET', value: '123456789', date }] }), expected: 422 },
  { fault: 'siret-length-unchecked', probe: (d) => putStatus(d, { externalRegistrations: [{ code: 'SIRET', value: '1234567890123', date }] }), expected: 422 },
  {
    fault: 'tin-not-required-outside-fr',
    probe: async (d) => (await missingAfter(d, germanSeller([{ code: 'VAT', value: 'DE1', date }, { code: 'REGISTRATION_NUM', value: 'HRB1', date }]))).includes('externalRegistrations.TIN'),
    expected: true,
  },
  {
    fault: 'registration-num-not-required-outside-fr',
    probe: async (d) => (await missingAfter(d, germanSeller([{ code: 'VAT', value: 'DE1', date }, { code: 'TIN', value: '12', date }]))).includes('externalRegistrations.REGISTRATION_NUM'),
    expected: true,
  },
  { fault: 'fr-seller-asked-for-tin', probe: (d) => missingAfter(d, frenchSeller), expected: [] },
  {
    fault: 'registration-value-not-required',
    probe: async (d) => (await d.call('PUT', `/sellers/${d.id('s')}`, { ...frenchSeller, externalRegistrations: [{ code: 'VAT', date }, frenchSeller.externalRegistrations[1]] })).status,
    expected: 422,
  },
  {
    fault: 'registration-date-not-required',
    probe: async (d) => (await missingAfter(d, { ...frenchSeller, externalRegistrations: [{ code: 'VAT', value: 'FR1' }, frenchSeller.externalRegistrations[1]] })).includes('externalRegistrations.VAT'),
    expected: true,
  },
  // ── contacts ──
  { fault: 'contact-not-in-seller-view', probe: async (d) => (await view(d, (await d.completeSeller()).merchantSellerId)).contacts.length, expected: 1 },
  {
    fault: 'contact-patch-replaces',
    probe: async (d) => {
      const { merchantSellerId, contactId } = await d.completeSeller();
      return (await d.expect(200, 'PATCH', `/sellers/${merchantSellerId}/contacts/${contactId}`, { firstName: 'Zoé' })).lastName;
    },
    expected: contact.lastName,
  },
  {
    fault: 'contact-delete-ignored',
    probe: async (d) => {
      const { merchantSellerId, contactId } = await d.completeSeller();
      await d.call('DELETE', `/sellers/${merchantSellerId}/contacts/${contactId}`);
      return (await view(d, merchantSellerId)).contacts.length;
    },
    expected: 0,
  },
  {
    fault: 'assess-kyc-without-contact',
    probe: async (d) => {
      await d.expect(201, 'PUT', '/sellers/s', frenchSeller);
      await d.expect(201, 'POST', '/sellers/s/documents', { name: 'k.pdf', type: 'COMPANY_REGISTRATION', fileContent: tinyPdf });
      return (await d.call('POST', '/sellers/s/_assess-kyc')).status;
    },
    expected: 422,
  },
  {
    fault: 'beneficiary-range-unchecked',
    probe: async (d) => {
      await d.expect(201, 'PUT', '/sellers/s', { legalEntityName: 'X' });
      return (await d.call('POST', '/sellers/s/contacts', { effectiveBeneficiary: -5 })).status;
    },
    expected: 422,
  },
  {
    fault: 'beneficiary-ceiling-ignored',
    probe: async (d) => {
      await d.expect(201, 'PUT', '/sellers/s', { legalEntityName: 'X' });
      await d.expect(201, 'POST', '/sellers/s/contacts', { effectiveBeneficiary: 60 });
      return (await d.call('POST', '/sellers/s/contacts', { effectiveBeneficiary: 50 })).status;
    },
    expected: 422,
  },
  {
    fault: 'beneficiary-sum-must-be-100',
    probe: async (d) => (await d.call('POST', `/sellers/${(await d.completeSeller()).merchantSellerId}/_assess-kyc`)).status,
    expected: 202,
  },
  {
    fault: 'contact-status-from-seller',
    probe: async (d) => {
      await d.expect(201, 'PUT', '/sellers/s', { legalEntityName: 'X' });
      return (await d.expect(201, 'POST', '/sellers/s/contacts', contact)).dataStatus;
    },
    expected: 'COMPLETE',
  },
  ...contactFieldFaults.map(([fault, field]): FaultProbe => ({ fault, probe: async (d) => (await contactMissingAfter(d, without(contact, field))).includes(field), expected: true })),
  {
    fault: 'contact-involvement-type-not-required',
    probe: async (d) => (await contactMissingAfter(d, { ...contact, involvement: without(contact.involvement as Data, 'type') })).includes('involvement.type'),
    expected: true,
  },
  // ── documents ──
  { fault: 'document-upload-dropped', probe: async (d) => (await view(d, (await d.completeSeller()).merchantSellerId)).documents.length, expected: 1 },
  { fault: 'new-document-pending', probe: async (d) => (await view(d, (await d.completeSeller()).merchantSellerId)).documents[0].status, expected: 'REGISTERED' },
  {
    fault: 'document-delete-ignored',
    probe: async (d) => {
      const { merchantSellerId, documentId } = await d.completeSeller();
      await d.call('DELETE', `/sellers/${merchantSellerId}/documents/${documentId}`);
      return (await view(d, merchantSellerId)).documents.length;
    },
    expected: 0,
  },
  { fault: 'document-content-returned', probe: async (d) => JSON.stringify(await view(d, (await d.completeSeller()).merchantSellerId)).includes('fileContent'), expected: false },
  { fault: 'contact-documents-not-listed', probe: async (d) => (await view(d, (await d.completeSeller()).merchantSellerId)).contacts[0].documents.length, expected: 1 },
  {
    fault: 'document-extension-unchecked',
    probe: async (d) => (await d.call('POST', `/sellers/${(await d.completeSeller()).merchantSellerId}/documents`, { name: 'k.docx', type: 'BANK_DETAILS', fileContent: tinyPdf })).status,
    expected: 422,
  },
  {
    fault: 'document-size-unlimited',
    probe: async (d) => (await d.call('POST', `/sellers/${(await d.completeSeller()).merchantSellerId}/documents`, { name: 'big.pdf', type: 'BANK_DETAILS', fileContent: 'A'.repeat(Math.ceil((10 * 1024 * 1024 + 3) / 3) * 4) })).status,
    expected: 413,
  },
  {
    fault: 'document-base64-unchecked',
    probe: async (d) => (await d.call('POST', `/sellers/${(await d.completeSeller()).merchantSellerId}/documents`, { name: 'k.pdf', type: 'BANK_DETAILS', fileContent: 'not base64!' })).status,
    expected: 422,
  },
  {
    fault: 'seller-any-document-counts',
    probe: async (d) => {
      await d.expect(201, 'PUT', '/sellers/s', { legalEntityName: 'X' });
      await d.expect(201, 'POST', '/sellers/s/documents', { name: 'f.pdf', type: 'FISCAL_STATEMENT', fileContent: tinyPdf });
      return (await view(d, 's')).documentListStatus;
    },
    expected: 'INCOMPLETE',
  },
  {
    fault: 'contact-any-document-counts',
    probe: async (d) => {
      await d.expect(201, 'PUT', '/sellers/s', { legalEntityName: 'X' });
      const { contactId } = await d.expect(201, 'POST', '/sellers/s/contacts', contact);
      await d.expect(201, 'POST', `/sellers/s/contacts/${contactId}/documents`, { name: 'a.pdf', type: 'PROOF_OF_ADDRESS', fileContent: tinyPdf });
      return (await view(d, 's')).contacts[0].documentListStatus;
    },
    expected: 'INCOMPLETE',
  },
  {
    fault: 'refused-document-counted',
    probe: async (d) => {
      const seller = await refused(d, (s) => ({ documents: [{ documentId: s.contactDocumentId, comment: 'Blurred.' }] }));
      return (await view(d, seller.merchantSellerId)).contacts[0].documentListStatus;
    },
    expected: 'INCOMPLETE',
  },
  // ── statuses ──
  { fault: 'document-status-missing', probe: async (d) => 'status' in (await view(d, (await d.completeSeller()).merchantSellerId)).documents[0], expected: true },
  { fault: 'data-status-off-enum', probe: async (d) => (await d.expect(201, 'PUT', '/sellers/s', { legalEntityName: 'X' })).dataStatus, expected: 'INCOMPLETE' },
  { fault: 'document-list-status-off-enum', probe: async (d) => (await d.expect(201, 'PUT', '/sellers/s', { legalEntityName: 'X' })).documentListStatus, expected: 'INCOMPLETE' },
  { fault: 'document-status-off-enum', probe: async (d) => (await view(d, (await d.completeSeller()).merchantSellerId)).documents[0].status, expected: 'REGISTERED' },
  { fault: 'complete-with-missing-data', probe: async (d) => (await d.expect(201, 'PUT', '/sellers/s', { legalEntityName: 'X' })).dataStatus, expected: 'INCOMPLETE' },
  { fault: 'document-list-always-complete', probe: async (d) => (await d.expect(201, 'PUT', '/sellers/s', { legalEntityName: 'X' })).documentListStatus, expected: 'INCOMPLETE' },
  {
    fault: 'statuses-unchanged-on-assess',
    probe: async (d) => {
      const answer = await view(d, (await assessed(d)).merchantSellerId);
      return [answer.dataStatus, answer.documentListStatus, answer.documents[0].status];
    },
    expected: ['PENDING_VALIDATION', 'PENDING_VALIDATION', 'PENDING_VALIDATION'],
  },
  { fault: 'documents-not-validated-on-approval', probe: async (d) => (await view(d, (await d.validatedSeller()).merchantSellerId)).documents[0].status, expected: 'VALIDATED' },
  // ── assess-kyc ──
  {
    fault: 'assess-kyc-with-missing-data',
    probe: async (d) => {
      const { merchantSellerId } = await d.completeSeller();
      await d.expect(201, 'PUT', '/sellers/thin', { legalEntityName: 'Thin' });
      const { contactId } = await d.expect(201, 'POST', '/sellers/thin/contacts', contact);
      await d.expect(201, 'POST', '/sellers/thin/documents', { name: 'k.pdf', type: 'COMPANY_REGISTRATION', fileContent: tinyPdf });
      await d.expect(201, 'POST', `/sellers/thin/contacts/${contactId}/documents`, { name: 'i.pdf', type: 'PASSPORT', fileContent: tinyPdf });
      return [(await d.call('POST', '/sellers/thin/_assess-kyc')).status, (await d.call('POST', `/sellers/${merchantSellerId}/_assess-kyc`)).status];
    },
    expected: [422, 202],
  },
  {
    fault: 'assess-kyc-without-documents',
    probe: async (d) => {
      await d.expect(201, 'PUT', '/sellers/s', frenchSeller);
      await d.expect(201, 'POST', '/sellers/s/contacts', contact);
      return (await d.call('POST', '/sellers/s/_assess-kyc')).status;
    },
    expected: 422,
  },
  {
    fault: 'assess-kyc-skips-contacts',
    probe: async (d) => {
      const answer = await view(d, (await assessed(d)).merchantSellerId);
      return [answer.contacts[0].dataStatus, answer.contacts[0].documents[0].status];
    },
    expected: ['PENDING_VALIDATION', 'PENDING_VALIDATION'],
  },
  { fault: 'assess-kyc-twice-accepted', probe: async (d) => (await d.call('POST', `/sellers/${(await assessed(d)).merchantSellerId}/_assess-kyc`)).status, expected: 409 },
  // ── locking ──
  { fault: 'no-lock-during-review', probe: async (d) => (await d.call('PUT', `/sellers/${(await inReview(d)).merchantSellerId}`, { email: 'x@y.fr' })).status, expected: 409 },
  { fault: 'contacts-unlocked-during-review', probe: async (d) => (await d.call('POST', `/sellers/${(await inReview(d)).merchantSellerId}/contacts`, { firstName: 'Late' })).status, expected: 409 },
  {
    fault: 'contact-patch-unlocked-during-review',
    probe: async (d) => {
      const { merchantSellerId, contactId } = await inReview(d);
      return (await d.call('PATCH', `/sellers/${merchantSellerId}/contacts/${contactId}`, { lastName: 'Durand' })).status;
    },
    expected: 409,
  },
  {
    fault: 'documents-unlocked-during-review',
    probe: async (d) => (await d.call('POST', `/sellers/${(await inReview(d)).merchantSellerId}/documents`, { name: 'l.pdf', type: 'BANK_DETAILS', fileContent: tinyPdf })).status,
    expected: 409,
  },
  { fault: 'lock-starts-at-transfer', probe: async (d) => (await d.call('PUT', `/sellers/${(await assessed(d)).merchantSellerId}`, { email: 'x@y.fr' })).status, expected: 409 },
  { fault: 'reads-locked-during-review', probe: async (d) => (await d.call('GET', `/sellers/${(await inReview(d)).merchantSellerId}`)).status, expected: 200 },
  {
    fault: 'no-lock-after-resubmit',
    probe: async (d) => {
      const seller = await refused(d, () => ({ sellerData: { comment: 'Wrong address.' } }));
      await d.expect(200, 'PUT', `/sellers/${seller.merchantSellerId}`, { address: { streetNumber: '99' } });
      await d.expect(202, 'POST', `/sellers/${seller.merchantSellerId}/_assess-kyc`);
      return (await d.call('PUT', `/sellers/${seller.merchantSellerId}`, { email: 'x@y.fr' })).status;
    },
    expected: 409,
  },
  {
    fault: 'review-locks-whole-marketplace',
    probe: async (d) => {
      await d.expect(201, 'PUT', '/sellers/other', { legalEntityName: 'Other' });
      await inReview(d);
      return (await d.call('PUT', '/sellers/other', { email: 'o@other.fr' })).status;
    },
    expected: 200,
  },
  // ── iban check ──
  { fault: 'virtual-iban-not-shown', probe: async (d) => 'identityVerification' in (await view(d, (await assessed(d)).merchantSellerId)), expected: true },
  { fault: 'virtual-iban-at-creation', probe: async (d) => 'identityVerification' in (await d.expect(201, 'PUT', '/sellers/s', { legalEntityName: 'X' })), expected: false },
  {
    fault: 'virtual-iban-shared',
    probe: async (d) => {
      const first = await view(d, (await assessed(d)).merchantSellerId);
      const second = await view(d, (await assessed(d)).merchantSellerId);
      return first.identityVerification.virtualIban.iban !== second.identityVerification.virtualIban.iban;
    },
    expected: true,
  },
  { fault: 'virtual-iban-bad-checksum', probe: async (d) => isValidIBAN((await view(d, (await assessed(d)).merchantSellerId)).identityVerification.virtualIban.iban), expected: true },
  { fault: 'iban-webhook-again-late', receiver: true, probe: async (d) => (await assessed(d), countOf(d, 'MP_IBAN_AVAILABLE_FOR_PAYMENT')), expected: 1 },
  { fault: 'review-announced-late-without-transfer', receiver: true, probe: async (d) => kycTypes(d, (await assessed(d)).merchantSellerId), expected: ['MP_IBAN_AVAILABLE_FOR_PAYMENT'] },
  { fault: 'iban-webhook-twice', receiver: true, probe: async (d) => (await assessed(d), countOf(d, 'MP_IBAN_AVAILABLE_FOR_PAYMENT')), expected: 1 },
  {
    fault: 'refused-assessment-drops-documents',
    probe: async (d) => {
      await d.expect(201, 'PUT', '/sellers/s', frenchSeller);
      await d.expect(201, 'POST', '/sellers/s/documents', { name: 'k.pdf', type: 'COMPANY_REGISTRATION', fileContent: tinyPdf });
      await d.expect(422, 'POST', '/sellers/s/_assess-kyc');
      return (await view(d, 's')).documents.length;
    },
    expected: 1,
  },
  {
    fault: 'conflicting-assessment-resets-documents',
    probe: async (d) => {
      const { merchantSellerId } = await assessed(d);
      await d.expect(409, 'POST', `/sellers/${merchantSellerId}/_assess-kyc`);
      return (await view(d, merchantSellerId)).documents[0].status;
    },
    expected: 'PENDING_VALIDATION',
  },
  { fault: 'review-without-transfer', probe: async (d) => review(d, (await assessed(d)).merchantSellerId), expected: 409 },
  {
    fault: 'small-transfer-starts-review',
    probe: async (d) => {
      const { merchantSellerId } = await assessed(d);
      await d.oneEuro(merchantSellerId, 'a', { amount: 0.5 });
      return review(d, merchantSellerId);
    },
    expected: 409,
  },
  {
    fault: 'early-transfer-counts',
    probe: async (d) => {
      const { merchantSellerId } = await d.completeSeller();
      await d.oneEuro(merchantSellerId);
      await d.expect(202, 'POST', `/sellers/${merchantSellerId}/_assess-kyc`);
      return review(d, merchantSellerId);
    },
    expected: 409,
  },
  {
    fault: 'transfer-from-any-account-counts',
    probe: async (d) => {
      const { merchantSellerId } = await assessed(d);
      await d.oneEuro(merchantSellerId, 'a', { debtorIban: 'DE89370400440532013000' });
      return review(d, merchantSellerId);
    },
    expected: 409,
  },
  // ── kyc review ──
  { fault: 'no-in-progress-webhook', receiver: true, probe: async (d) => kycTypes(d, (await inReview(d)).merchantSellerId), expected: ['MP_IBAN_AVAILABLE_FOR_PAYMENT', 'MP_KYC_IN_PROGRESS'] },
  { fault: 'kyc-in-progress-before-transfer', receiver: true, probe: async (d) => kycTypes(d, (await assessed(d)).merchantSellerId), expected: ['MP_IBAN_AVAILABLE_FOR_PAYMENT'] },
  { fault: 'decision-webhook-missing', receiver: true, probe: async (d) => (await kycTypes(d, (await d.validatedSeller()).merchantSellerId)).includes('MP_KYC_VALIDATED'), expected: true },
  {
    fault: 'transfer-to-seller-cancelled',
    probe: async (d) => {
      const { sellerId } = await fundedSeller(d, 10, 5);
      return transferStatus(d, transfer(sellerId, { amount: 1 }));
    },
    expected: 'VALIDATED',
  },
  { fault: 'transfer-to-unvalidated-seller-accepted', probe: async (d) => (await d.call('POST', '/transfers', transfer((await d.completeSeller()).sellerId))).status, expected: 422 },
  { fault: 'validated-seller-refused-by-cash', probe: async (d) => (await d.call('POST', '/transfers', transfer((await d.validatedSeller()).sellerId))).status, expected: 201 },
  // ── refusal and resubmission ──
  {
    fault: 'refused-seller-document-not-marked',
    probe: async (d) => (await view(d, (await refused(d, (s) => ({ documents: [{ documentId: s.documentId, comment: 'Old.' }] }))).merchantSellerId)).documents[0].status,
    expected: 'REFUSED',
  },
  {
    fault: 'refused-contact-document-not-marked',
    probe: async (d) => (await view(d, (await refused(d, (s) => ({ documents: [{ documentId: s.contactDocumentId, comment: 'Blurred.' }] }))).merchantSellerId)).contacts[0].documents[0].status,
    expected: 'REFUSED',
  },
  {
    fault: 'refused-contact-stays-complete',
    probe: async (d) => (await view(d, (await refused(d, (s) => ({ contacts: [{ contactId: s.contactId, comment: 'Birth date.' }] }))).merchantSellerId)).contacts[0].dataStatus,
    expected: 'INCOMPLETE',
  },
  { fault: 'refused-seller-stays-complete', probe: async (d) => (await view(d, (await refused(d, () => ({ sellerData: { comment: 'Address.' } }))).merchantSellerId)).dataStatus, expected: 'INCOMPLETE' },
  {
    fault: 'contacts-frozen-after-refusal',
    probe: async (d) => (await d.call('POST', `/sellers/${(await refused(d, () => ({ sellerData: { comment: 'A beneficiary is missing.' } }))).merchantSellerId}/contacts`, { firstName: 'New', effectiveBeneficiary: 30 })).status,
    expected: 201,
  },
  { fault: 'refused-seller-stays-locked', probe: async (d) => (await d.call('PUT', `/sellers/${(await refused(d, () => ({ sellerData: { comment: 'Address.' } }))).merchantSellerId}`, { email: 'n@x.fr' })).status, expected: 200 },
  {
    fault: 'resubmission-refused',
    probe: async (d) => {
      const seller = await refused(d, (s) => ({ documents: [{ documentId: s.documentId, comment: 'Old.' }] }));
      await d.expect(201, 'POST', `/sellers/${seller.merchantSellerId}/documents`, { name: 'k2.pdf', type: 'COMPANY_REGISTRATION', fileContent: tinyPdf });
      return (await d.call('POST', `/sellers/${seller.merchantSellerId}/_assess-kyc`)).status;
    },
    expected: 202,
  },
  {
    fault: 'no-in-progress-on-resubmission',
    receiver: true,
    probe: async (d) => {
      const seller = await refused(d, (s) => ({ documents: [{ documentId: s.documentId, comment: 'Old.' }] }));
      await d.expect(201, 'POST', `/sellers/${seller.merchantSellerId}/documents`, { name: 'k2.pdf', type: 'COMPANY_REGISTRATION', fileContent: tinyPdf });
      await d.expect(202, 'POST', `/sellers/${seller.merchantSellerId}/_assess-kyc`);
      return (await kycTypes(d, seller.merchantSellerId)).filter((type) => type === 'MP_KYC_IN_PROGRESS').length;
    },
    expected: 2,
  },
  {
    fault: 'resubmission-needs-new-transfer',
    probe: async (d) => {
      const seller = await refused(d, (s) => ({ documents: [{ documentId: s.documentId, comment: 'Old.' }] }));
      await d.expect(201, 'POST', `/sellers/${seller.merchantSellerId}/documents`, { name: 'k2.pdf', type: 'COMPANY_REGISTRATION', fileContent: tinyPdf });
      await d.expect(202, 'POST', `/sellers/${seller.merchantSellerId}/_assess-kyc`);
      return review(d, seller.merchantSellerId);
    },
    expected: 200,
  },
  // ── orders ──
  { fault: 'order-without-validated-seller', probe: async (d) => (await d.call('POST', '/orders', { externalOrderId: 'o', amount: 1, currency: 'EUR' })).status, expected: 422 },
  { fault: 'order-created-202', probe: async (d) => (await d.validatedSeller(), (await d.call('POST', '/orders', { externalOrderId: 'o', amount: 1, currency: 'EUR' })).status), expected: 201 },
  {
    fault: 'order-with-transactions-deletable',
    probe: async (d) => {
      await d.validatedSeller();
      return (await d.call('DELETE', `/orders/${(await d.paidOrder(10, 0)).orderId}`)).status;
    },
    expected: 409,
  },
  {
    fault: 'order-amount-booked',
    probe: async (d) => {
      await d.validatedSeller();
      await d.expect(201, 'POST', '/orders', { externalOrderId: 'o', amount: 50, currency: 'EUR' });
      return d.account('CANTONMENT');
    },
    expected: { available: 0, previsional: 0 },
  },
  {
    fault: 'order-external-id-reusable',
    probe: async (d) => {
      await d.validatedSeller();
      await d.expect(201, 'POST', '/orders', { externalOrderId: 'o', amount: 1, currency: 'EUR' });
      return (await d.call('POST', '/orders', { externalOrderId: 'o', amount: 2, currency: 'EUR' })).status;
    },
    expected: 409,
  },
  {
    fault: 'order-not-found-webhook-missing',
    receiver: true,
    probe: async (d) => {
      await d.validatedSeller();
      await d.expect(201, 'POST', '/transactions', trx('ghost', 't1'));
      return countOf(d, 'order.notFound');
    },
    expected: 1,
  },
  // ── transactions ──
  { fault: 'transaction-paid-amount-prefilled', probe: async (d) => (await d.validatedSeller(), (await d.expect(201, 'POST', '/transactions', trx('o', 't1'))).paidAmount), expected: 0 },
  { fault: 'transaction-zero-amount-accepted', probe: async (d) => (await d.validatedSeller(), (await d.call('POST', '/transactions', trx('o', 't1', { amount: 0 }))).status), expected: 422 },
  { fault: 'transaction-type-unchecked', probe: async (d) => (await d.validatedSeller(), (await d.call('POST', '/transactions', trx('o', 't1', { type: 'CHARGEBACK' }))).status), expected: 422 },
  { fault: 'transaction-without-order-accepted', probe: async (d) => (await d.validatedSeller(), (await d.call('POST', '/transactions', without(trx('o', 't1'), 'externalOrderId'))).status), expected: 422 },
  { fault: 'refund-before-payment-accepted', probe: async (d) => (await d.validatedSeller(), (await d.call('POST', '/transactions', trx('o', 't1', { type: 'REFUND' }))).status), expected: 422 },
  { fault: 'transaction-unknown-order-refused', probe: async (d) => (await d.validatedSeller(), (await d.call('POST', '/transactions', trx('ghost', 't1'))).status), expected: 201 },
  {
    fault: 'one-transaction-per-order',
    probe: async (d) => {
      await d.validatedSeller();
      await d.expect(201, 'POST', '/transactions', trx('o', 't1'));
      return (await d.call('POST', '/transactions', trx('o', 't2'))).status;
    },
    expected: 201,
  },
  {
    fault: 'transaction-external-id-reusable',
    probe: async (d) => {
      await d.validatedSeller();
      await d.expect(201, 'POST', '/transactions', trx('o', 't1'));
      return (await d.call('POST', '/transactions', trx('o', 't1'))).status;
    },
    expected: 409,
  },
  {
    fault: 'transaction-patch-any-field',
    probe: async (d) => {
      await d.validatedSeller();
      return (await d.call('PATCH', `/transactions/${(await d.paidOrder(10, 0)).transactionId}`, { amount: 5 })).status;
    },
    expected: 422,
  },
  {
    fault: 'cashed-transaction-deletable',
    probe: async (d) => {
      await d.validatedSeller();
      return (await d.call('DELETE', `/transactions/${(await d.paidOrder(10, 1)).transactionId}`)).status;
    },
    expected: 409,
  },
  { fault: 'paid-amount-webhook-missing', receiver: true, probe: async (d) => (await d.validatedSeller(), await d.paidOrder(10, 4), countOf(d, 'transaction.update')), expected: 1 },
  {
    fault: 'due-date-webhook-missing',
    receiver: true,
    probe: async (d) => {
      await d.validatedSeller();
      await d.expect(201, 'POST', '/transactions', trx('o', 't1', { dueDate: '2099-01-01' }));
      await d.sim('POST', '/clock/advance', { to: '2099-01-02T00:00:00Z' });
      return countOf(d, 'transaction.update');
    },
    expected: 1,
  },
  {
    fault: 'paid-due-date-announced-late',
    receiver: true,
    probe: async (d) => {
      await d.validatedSeller();
      const { transactionId } = await d.expect(201, 'POST', '/transactions', trx('o', 't1', { dueDate: '2099-01-01' }));
      await d.sim('POST', `/transactions/${transactionId}/settlements`, { amount: 10 });
      await d.sim('POST', '/clock/advance', { to: '2099-01-02T00:00:00Z' });
      return countOf(d, 'transaction.update');
    },
    expected: 1,
  },
  {
    fault: 'settlement-above-amount-accepted',
    probe: async (d) => {
      await d.validatedSeller();
      return (await d.sim('POST', `/transactions/${(await d.paidOrder(10, 6)).transactionId}/settlements`, { amount: 5 })).status;
    },
    expected: 422,
  },
  // ── splits ──
  {
    fault: 'split-partially-applied',
    probe: async (d) => {
      const { sellerId } = await d.validatedSeller();
      const { externalOrderId } = await d.paidOrder(10, 10);
      await d.split(externalOrderId, [{ sellerId, amount: 5 }, { sellerId, amount: 10 }]);
      return d.account('SELLER', sellerId);
    },
    expected: { available: 0, previsional: 0 },
  },
  {
    fault: 'split-ceiling-per-call',
    probe: async (d) => {
      const { sellerId } = await d.validatedSeller();
      const { externalOrderId } = await d.paidOrder(10, 0);
      await d.split(externalOrderId, [{ sellerId, amount: 6 }]);
      return (await d.split(externalOrderId, [{ sellerId, amount: 6 }])).status;
    },
    expected: 422,
  },
  {
    fault: 'split-ceiling-ignored',
    probe: async (d) => {
      const { sellerId } = await d.validatedSeller();
      return (await d.split((await d.paidOrder(10, 0)).externalOrderId, [{ sellerId, amount: 11 }])).status;
    },
    expected: 422,
  },
  {
    fault: 'split-ceiling-strict',
    probe: async (d) => {
      const { sellerId } = await d.validatedSeller();
      return (await d.split((await d.paidOrder(10, 0)).externalOrderId, [{ sellerId, amount: 10 }])).status;
    },
    expected: 201,
  },
  {
    fault: 'split-ceiling-paid-only',
    probe: async (d) => {
      const { sellerId } = await d.validatedSeller();
      return (await d.split((await d.paidOrder(10, 0)).externalOrderId, [{ sellerId, amount: 5 }])).status;
    },
    expected: 201,
  },
  {
    fault: 'split-ceiling-ignores-refunds',
    probe: async (d) => {
      const { sellerId } = await d.validatedSeller();
      const { externalOrderId } = await d.paidOrder(10, 0);
      await d.expect(201, 'POST', '/transactions', trx(externalOrderId, 'refund-1', { type: 'REFUND', amount: 4 }));
      return (await d.split(externalOrderId, [{ sellerId, amount: 8 }])).status;
    },
    expected: 422,
  },
  {
    fault: 'split-ceiling-binary-float',
    probe: async (d) => {
      const { sellerId } = await d.validatedSeller();
      const { externalOrderId } = await d.paidOrder(0.3, 0);
      await d.split(externalOrderId, [{ sellerId, amount: 0.1 }]);
      return (await d.split(externalOrderId, [{ sellerId, amount: 0.2 }])).status;
    },
    expected: 201,
  },
  {
    fault: 'seller-refund-unlimited',
    probe: async (d) => {
      const { sellerId } = await d.validatedSeller();
      const { externalOrderId } = await d.paidOrder(10, 0);
      await d.split(externalOrderId, [{ sellerId, amount: 5 }]);
      return (await d.split(externalOrderId, [{ sellerId, amount: 6, amountType: 'SELLER_REFUND' }])).status;
    },
    expected: 422,
  },
  {
    fault: 'fee-above-amount-accepted',
    probe: async (d) => {
      const { sellerId } = await d.validatedSeller();
      return (await d.split((await d.paidOrder(10, 0)).externalOrderId, [{ sellerId, amount: 5, fee: 6 }])).status;
    },
    expected: 422,
  },
  { fault: 'split-payment-not-booked', probe: async (d) => d.account('SELLER', (await fundedSeller(d, 10)).sellerId), expected: { available: 10, previsional: 0 } },
  { fault: 'fee-direction-reversed', probe: async (d) => (await fundedSeller(d, 10, 1), d.account('MARKETPLACE')), expected: { available: 1, previsional: 0 } },
  {
    fault: 'seller-refund-booked-as-payment',
    probe: async (d) => {
      const { sellerId, externalOrderId } = await fundedSeller(d, 10);
      await d.split(externalOrderId, [{ sellerId, amount: 4, amountType: 'SELLER_REFUND' }]);
      return d.account('SELLER', sellerId);
    },
    expected: { available: 6, previsional: 0 },
  },
  {
    fault: 'split-uncashed-booked-available',
    probe: async (d) => {
      const { sellerId } = await d.validatedSeller();
      await d.split((await d.paidOrder(10, 0)).externalOrderId, [{ sellerId, amount: 10 }]);
      return d.account('SELLER', sellerId);
    },
    expected: { available: 0, previsional: 10 },
  },
  {
    fault: 'split-amount-type-unchecked',
    probe: async (d) => {
      const { sellerId } = await d.validatedSeller();
      return (await d.split((await d.paidOrder(10, 0)).externalOrderId, [{ sellerId, amount: 5, amountType: 'BONUS' }])).status;
    },
    expected: 422,
  },
  {
    fault: 'split-unknown-seller-accepted',
    probe: async (d) => {
      await d.validatedSeller();
      return (await d.split((await d.paidOrder(10, 0)).externalOrderId, [{ sellerId: 'slr_unknown', amount: 5 }])).status;
    },
    expected: 422,
  },
  // ── transfers ──
  {
    fault: 'transfer-direction-reversed',
    probe: async (d) => {
      const { sellerId } = await fundedSeller(d, 10);
      await transferStatus(d, transfer(sellerId, { accountingEntry: 'SELLER_TO_MARKETPLACE', amount: 4 }));
      return d.account('SELLER', sellerId);
    },
    expected: { available: 6, previsional: 0 },
  },
  { fault: 'transfer-webhook-missing', receiver: true, probe: async (d) => (await transferStatus(d, transfer((await d.validatedSeller()).sellerId)), countOf(d, 'transfer.update')), expected: 1 },
  { fault: 'transfer-without-funds-validated', probe: async (d) => transferStatus(d, transfer((await d.validatedSeller()).sellerId)), expected: 'CANCELLED' },
  { fault: 'transfer-execution-date-ignored', probe: async (d) => transferStatus(d, transfer((await d.validatedSeller()).sellerId, { executionDate: '2099-01-01' })), expected: 'PENDING' },
  {
    fault: 'executed-transfer-deletable',
    probe: async (d) => {
      const created = await d.expect(201, 'POST', '/transfers', transfer((await d.validatedSeller()).sellerId));
      await d.webhooks();
      return (await d.call('DELETE', `/transfers/${created.transferId}`)).status;
    },
    expected: 409,
  },
  {
    fault: 'transfer-external-id-reusable',
    probe: async (d) => {
      const body = transfer((await d.validatedSeller()).sellerId, { executionDate: '2099-01-01' });
      await d.expect(201, 'POST', '/transfers', body);
      return (await d.call('POST', '/transfers', body)).status;
    },
    expected: 409,
  },
  // ── payoutMerchants ──
  { fault: 'payout-merchant-immediate', probe: (d) => statusRightAfter(d, '/payoutMerchants', { amount: 5, currency: 'EUR', reasonLabel: 'Fees' }, 'payoutMerchantId', (id) => `/payoutMerchants/${id}`), expected: 'PENDING' },
  {
    fault: 'payout-merchant-webhook-missing',
    receiver: true,
    probe: async (d) => (await settledStatus(d, '/payoutMerchants', { amount: 5, currency: 'EUR', reasonLabel: 'Fees' }, 'payoutMerchantId', (id) => `/payoutMerchants/${id}`), countOf(d, 'payoutMerchant.update')),
    expected: 1,
  },
  { fault: 'payout-merchant-without-funds-validated', probe: (d) => settledStatus(d, '/payoutMerchants', { amount: 5, currency: 'EUR', reasonLabel: 'Fees' }, 'payoutMerchantId', (id) => `/payoutMerchants/${id}`), expected: 'CANCELLED' },
  { fault: 'payout-merchant-deduplicated', probe: (d) => twiceDistinct(d, '/payoutMerchants', { amount: 5, currency: 'EUR', reasonLabel: 'Fees' }, 'payoutMerchantId'), expected: true },
  { fault: 'validated-payout-deletable', probe: (d) => deleteAfterBatch(d, '/payoutMerchants', { amount: 5, currency: 'EUR', reasonLabel: 'Fees' }, 'payoutMerchantId', (id) => `/payoutMerchants/${id}`), expected: 409 },
  {
    fault: 'payout-merchant-execution-date-ignored',
    probe: async (d) => {
      await d.expect(201, 'POST', '/payoutMerchants', { amount: 5, currency: 'EUR', reasonLabel: 'Fees', executionDate: '2099-01-01' });
      return (await d.sim('POST', '/bank-batches')).body.executed.length;
    },
    expected: 0,
  },
  // ── payoutSellers ──
  {
    fault: 'payout-seller-immediate',
    probe: async (d) => {
      const { sellerId } = await fundedSeller(d, 10);
      return statusRightAfter(d, `/sellers/${sellerId}/payoutSellers`, { reasonLabel: 'June' }, 'payoutSellerId', (id) => `/sellers/${sellerId}/payoutSellers/${id}`);
    },
    expected: 'PENDING',
  },
  {
    fault: 'payout-seller-webhook-missing',
    receiver: true,
    probe: async (d) => {
      const { sellerId } = await fundedSeller(d, 10);
      await settledStatus(d, `/sellers/${sellerId}/payoutSellers`, { reasonLabel: 'June' }, 'payoutSellerId', (id) => `/sellers/${sellerId}/payoutSellers/${id}`);
      return countOf(d, 'payoutSeller.update');
    },
    expected: 1,
  },
  {
    fault: 'payout-seller-ignores-order-list',
    probe: async (d) => {
      const { sellerId, externalOrderId } = await fundedSeller(d, 10);
      const other = await d.paidOrder(20, 20);
      await d.split(other.externalOrderId, [{ sellerId, amount: 20 }]);
      return (await d.expect(201, 'POST', `/sellers/${sellerId}/payoutSellers`, { reasonLabel: 'June', orders: [{ externalOrderId }] })).amount;
    },
    expected: 10,
  },
  {
    fault: 'asked-amount-ignored',
    probe: async (d) => {
      const { sellerId, externalOrderId } = await fundedSeller(d, 10);
      return (await d.expect(201, 'POST', `/sellers/${sellerId}/payoutSellers`, { reasonLabel: 'June', orders: [{ externalOrderId, askedAmount: 4 }] })).amount;
    },
    expected: 4,
  },
  {
    fault: 'payout-seller-without-orders-pays-nothing',
    probe: async (d) => (await d.expect(201, 'POST', `/sellers/${(await fundedSeller(d, 10)).sellerId}/payoutSellers`, { reasonLabel: 'June' })).amount,
    expected: 10,
  },
  {
    fault: 'payout-seller-ignores-transfers',
    probe: async (d) => {
      const { sellerId } = await fundedSeller(d, 10, 3);
      const body = transfer(sellerId, { amount: 2 });
      await transferStatus(d, body);
      return (await d.expect(201, 'POST', `/sellers/${sellerId}/payoutSellers`, { reasonLabel: 'June', orders: [], transfers: [body.externalTransferId] })).amount;
    },
    expected: 2,
  },
  {
    fault: 'payout-seller-order-not-capped',
    probe: async (d) => {
      const { sellerId } = await fundedSeller(d, 20);
      const half = await d.paidOrder(10, 5);
      await d.split(half.externalOrderId, [{ sellerId, amount: 10 }]);
      return (await d.expect(201, 'POST', `/sellers/${sellerId}/payoutSellers`, { reasonLabel: 'June', orders: [{ externalOrderId: half.externalOrderId, askedAmount: 8 }] })).amount;
    },
    expected: 5,
  },
  {
    fault: 'empty-payout-validated',
    probe: async (d) => {
      const { sellerId } = await d.validatedSeller();
      return settledStatus(d, `/sellers/${sellerId}/payoutSellers`, { reasonLabel: 'June' }, 'payoutSellerId', (id) => `/sellers/${sellerId}/payoutSellers/${id}`);
    },
    expected: 'CANCELLED',
  },
  {
    fault: 'payout-wires-despite-negative-previsional',
    probe: async (d) => {
      // An uncashed order called back in full while the marketplace keeps its fee: -4 previsional, 0 available.
      const { sellerId } = await d.validatedSeller();
      const order = await d.paidOrder(40, 0);
      await d.split(order.externalOrderId, [{ sellerId, amount: 40, fee: 4 }]);
      await d.split(order.externalOrderId, [{ sellerId, amount: 40, amountType: 'SELLER_REFUND' }]);
      return settledStatus(d, `/sellers/${sellerId}/payoutSellers`, { reasonLabel: 'June' }, 'payoutSellerId', (id) => `/sellers/${sellerId}/payoutSellers/${id}`);
    },
    expected: 'CANCELLED',
  },
  { fault: 'payout-seller-deduplicated', probe: async (d) => twiceDistinct(d, `/sellers/${(await d.validatedSeller()).sellerId}/payoutSellers`, { reasonLabel: 'June' }, 'payoutSellerId'), expected: true },
  {
    fault: 'validated-payout-seller-deletable',
    probe: async (d) => {
      const { sellerId } = await fundedSeller(d, 10);
      return deleteAfterBatch(d, `/sellers/${sellerId}/payoutSellers`, { reasonLabel: 'June' }, 'payoutSellerId', (id) => `/sellers/${sellerId}/payoutSellers/${id}`);
    },
    expected: 409,
  },
  // ── payoutSellerAmount ──
  {
    fault: 'payout-seller-amount-without-funds-validated',
    probe: async (d) => {
      const { sellerId } = await fundedSeller(d, 10);
      return settledStatus(d, `/sellers/${sellerId}/payoutSellerAmount`, { askedAmount: 11, currency: 'EUR', reasonLabel: 'Advance' }, 'payoutSellerAmountId', (id) => `/sellers/${sellerId}/payoutSellerAmount/${id}`);
    },
    expected: 'CANCELLED',
  },
  {
    fault: 'amount-payout-wires-whole-balance',
    probe: async (d) => {
      const { sellerId } = await fundedSeller(d, 10);
      await settledStatus(d, `/sellers/${sellerId}/payoutSellerAmount`, { askedAmount: 4, currency: 'EUR', reasonLabel: 'Advance' }, 'payoutSellerAmountId', (id) => `/sellers/${sellerId}/payoutSellerAmount/${id}`);
      return (await d.accounts()).find((account) => account.sellerId === sellerId)?.available;
    },
    expected: 6,
  },
  {
    fault: 'payout-seller-amount-immediate',
    probe: async (d) => {
      const { sellerId } = await fundedSeller(d, 10);
      return statusRightAfter(d, `/sellers/${sellerId}/payoutSellerAmount`, { askedAmount: 5, currency: 'EUR', reasonLabel: 'Advance' }, 'payoutSellerAmountId', (id) => `/sellers/${sellerId}/payoutSellerAmount/${id}`);
    },
    expected: 'PENDING',
  },
  {
    fault: 'payout-seller-amount-wrong-webhook-type',
    receiver: true,
    probe: async (d) => {
      const { sellerId } = await fundedSeller(d, 10);
      await settledStatus(d, `/sellers/${sellerId}/payoutSellerAmount`, { askedAmount: 5, currency: 'EUR', reasonLabel: 'Advance' }, 'payoutSellerAmountId', (id) => `/sellers/${sellerId}/payoutSellerAmount/${id}`);
      return (await d.webhooks()).map((webhook) => webhook.body.type).filter((type) => type.startsWith('payout'));
    },
    expected: ['payoutSeller.update'],
  },
  { fault: 'payout-seller-amount-deduplicated', probe: async (d) => twiceDistinct(d, `/sellers/${(await d.validatedSeller()).sellerId}/payoutSellerAmount`, { askedAmount: 5, currency: 'EUR', reasonLabel: 'Advance' }, 'payoutSellerAmountId'), expected: true },
  {
    fault: 'validated-payout-seller-amount-deletable',
    probe: async (d) => {
      const { sellerId } = await fundedSeller(d, 10);
      return deleteAfterBatch(d, `/sellers/${sellerId}/payoutSellerAmount`, { askedAmount: 5, currency: 'EUR', reasonLabel: 'Advance' }, 'payoutSellerAmountId', (id) => `/sellers/${sellerId}/payoutSellerAmount/${id}`);
    },
    expected: 409,
  },
  // ── ledger ──
  {
    fault: 'fee-created-from-nothing',
    probe: async (d) => {
      await fundedSeller(d, 10, 1);
      return (await d.accounts()).reduce((total, account) => total + account.available, 0);
    },
    expected: 10,
  },
  {
    fault: 'validated-payout-not-debited',
    probe: async (d) => {
      await fundedSeller(d, 10, 1);
      await settledStatus(d, '/payoutMerchants', { amount: 1, currency: 'EUR', reasonLabel: 'Fees' }, 'payoutMerchantId', (id) => `/payoutMerchants/${id}`);
      return d.account('MARKETPLACE');
    },
    expected: { available: 0, previsional: 0 },
  },
  { fault: 'unpaid-transaction-available', probe: async (d) => (await d.validatedSeller(), await d.paidOrder(10, 0), d.account('CANTONMENT')), expected: { available: 0, previsional: 10 } },
  {
    fault: 'funds-control-counts-previsional',
    probe: async (d) => {
      const { sellerId } = await d.validatedSeller();
      await d.split((await d.paidOrder(10, 0)).externalOrderId, [{ sellerId, amount: 10 }]);
      return transferStatus(d, transfer(sellerId, { accountingEntry: 'SELLER_TO_MARKETPLACE' }));
    },
    expected: 'CANCELLED',
  },
  {
    fault: 'cancelled-transfer-booked',
    probe: async (d) => {
      const { sellerId } = await d.validatedSeller();
      await transferStatus(d, transfer(sellerId));
      return d.account('SELLER', sellerId);
    },
    expected: { available: 0, previsional: 0 },
  },
  // ── webhooks ──
  { fault: 'webhook-envelope-renamed', receiver: true, probe: async (d) => (await assessed(d), Object.keys((await d.webhooks())[0]!.body).sort()), expected: ['createdAt', 'data', 'id', 'type'] },
  {
    fault: 'webhook-signature-wrong-secret',
    receiver: true,
    probe: async (d) => {
      await assessed(d);
      const [webhook] = await d.webhooks();
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(webhook!.headers['ms-signature']))!;
      return createHmac('sha256', d.webhookSecret).update(`${t}.${webhook!.raw}`).digest('hex') === v1;
    },
    expected: true,
  },
  { fault: 'webhook-type-renamed', receiver: true, probe: async (d) => (await d.validatedSeller(), await d.paidOrder(10, 4), countOf(d, 'transaction.update')), expected: 1 },
  {
    fault: 'webhook-no-retry',
    receiver: true,
    probe: async (d) => {
      d.receiver!.fail(1);
      await d.expect(201, 'PUT', '/sellers/s', frenchSeller);
      await assessed(d);
      return (await d.webhooks()).length;
    },
    expected: 2,
  },
  {
    fault: 'webhook-new-id-on-retry',
    receiver: true,
    probe: async (d) => {
      d.receiver!.fail(1, 503);
      await assessed(d);
      const [first, second] = await d.webhooks();
      return first!.body.id === second!.body.id;
    },
    expected: true,
  },
  {
    fault: 'webhook-lifecycle-out-of-order',
    receiver: true,
    probe: async (d) => kycTypes(d, (await d.validatedSeller()).merchantSellerId),
    expected: ['MP_IBAN_AVAILABLE_FOR_PAYMENT', 'MP_KYC_IN_PROGRESS', 'MP_KYC_VALIDATED'],
  },
  {
    fault: 'iban-webhook-after-in-progress',
    receiver: true,
    probe: async (d) => kycTypes(d, (await d.validatedSeller()).merchantSellerId),
    expected: ['MP_IBAN_AVAILABLE_FOR_PAYMENT', 'MP_KYC_IN_PROGRESS', 'MP_KYC_VALIDATED'],
  },
  { fault: 'iban-webhook-missing', receiver: true, probe: async (d) => kycTypes(d, (await assessed(d)).merchantSellerId), expected: ['MP_IBAN_AVAILABLE_FOR_PAYMENT'] },
  // ── security ──
  {
    fault: 'token-answer-incomplete',
    probe: async (d) => {
      const answer = await d.sandbox.inject({ method: 'POST', url: '/oauth/token', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'grant_type=client_credentials&client_id=marketplace-a&client_secret=sandbox-secret-a' });
      return Object.keys(answer.json()).sort();
    },
    expected: ['access_token', 'expires_in', 'scope', 'token_type'],
  },
  { fault: 'unscoped-token-accepted', probe: async (d) => (await d.call('GET', '/sellers/x', undefined, 'reader')).status, expected: 403 },
  { fault: 'missing-token-accepted', probe: async (d) => (await d.call('GET', '/sellers/x', undefined, 'anonymous')).status, expected: 401 },
  { fault: 'invalid-token-accepted', probe: async (d) => (await d.call('GET', '/sellers/x', undefined, 'anonymous', { authorization: 'Bearer forged-token' })).status, expected: 401 },
  {
    fault: 'cross-tenant-seller-read',
    probe: async (d) => {
      await d.expect(201, 'PUT', '/sellers/shared-name', { legalEntityName: 'A' }, 'a');
      return (await d.call('GET', '/sellers/shared-name', undefined, 'b')).status;
    },
    expected: 404,
  },
  {
    fault: 'transaction-list-all-tenants',
    probe: async (d) => {
      await d.validatedSeller('a');
      await d.paidOrder(10, 0, 'a');
      return (await d.expect(200, 'GET', '/transactions', undefined, 'b')).items.length;
    },
    expected: 0,
  },
  { fault: 'foreign-seller-in-body-accepted', probe: async (d) => (await d.call('POST', '/transfers', transfer((await d.validatedSeller('a')).sellerId), 'b')).status, expected: 422 },
  {
    fault: 'external-order-ids-global',
    probe: async (d) => {
      await d.validatedSeller('a');
      await d.validatedSeller('b');
      await d.expect(201, 'POST', '/orders', { externalOrderId: 'same', amount: 1, currency: 'EUR' }, 'a');
      return (await d.call('POST', '/orders', { externalOrderId: 'same', amount: 1, currency: 'EUR' }, 'b')).status;
    },
    expected: 201,
  },
  {
    fault: 'external-order-id-shares-amount',
    probe: async (d) => {
      await d.validatedSeller('a');
      await d.validatedSeller('b');
      const { orderId } = await d.expect(201, 'POST', '/orders', { externalOrderId: 'same', amount: 1, currency: 'EUR' }, 'a');
      await d.expect(201, 'POST', '/orders', { externalOrderId: 'same', amount: 2, currency: 'EUR' }, 'b');
      return (await d.expect(200, 'GET', `/orders/${orderId}`, undefined, 'a')).amount;
    },
    expected: 1,
  },
  {
    fault: 'amount-only-order-loses-amount',
    probe: async (d) => {
      await d.validatedSeller();
      const { orderId } = await d.expect(201, 'POST', '/orders', { externalOrderId: 'bare', amount: 42 });
      return (await d.expect(200, 'GET', `/orders/${orderId}`)).amount;
    },
    expected: 42,
  },
  {
    fault: 'webhooks-to-every-marketplace',
    probe: async (d) => {
      const onlyA = await new WebhookReceiver().start();
      try {
        await d.sim('POST', '/webhook-endpoints', { url: onlyA.url, secret: d.webhookSecret }, 'a');
        const seller = await d.completeSeller('b');
        await d.expect(202, 'POST', `/sellers/${seller.merchantSellerId}/_assess-kyc`, undefined, 'b');
        await d.sandbox.webhooksIdle();
        return onlyA.received.length;
      } finally {
        await onlyA.close();
      }
    },
    expected: 0,
  },
  // ── errors ──
  { fault: 'missing-amount-accepted', probe: async (d) => (await d.validatedSeller(), (await d.call('POST', '/orders', { externalOrderId: 'o', currency: 'EUR' })).status), expected: 422 },
  { fault: 'server-owned-fields-stored', probe: async (d) => (await d.expect(201, 'PUT', '/sellers/s', { legalEntityName: 'X', dataStatus: 'VALIDATED' })).dataStatus, expected: 'INCOMPLETE' },
  {
    fault: 'error-codes-unstable',
    probe: async (d) => {
      const order = { externalOrderId: 'o', amount: 0, currency: 'EUR' };
      return [(await d.call('POST', '/orders', order)).body.code, (await d.call('POST', '/orders', order)).body.code];
    },
    expected: ['VALIDATION_FAILED', 'VALIDATION_FAILED'],
  },
  { fault: 'zero-amount-accepted', probe: async (d) => (await d.call('POST', '/payoutMerchants', { amount: 0, currency: 'EUR', reasonLabel: 'Zero' })).status, expected: 422 },
  { fault: 'three-decimal-amount-accepted', probe: async (d) => (await d.validatedSeller(), (await d.call('POST', '/orders', { externalOrderId: 'o', amount: 1.234, currency: 'EUR' })).status), expected: 422 },
  // ── vouchers ──
  { fault: 'voucher-lowest-eligible-wins', probe: (d) => selected(d, seedVoucherOrder), expected: { CONECS: 'seller2' } },
  {
    fault: 'voucher-largest-item-wins',
    probe: (d) => selected(d, voucherOrder([['seller1', [['CONECS', 900]]], ['seller1', [['CONECS', 900]]], ['seller2', [['CONECS', 1000]]]], [['seller1', 'CONECS', '1'], ['seller2', 'CONECS', '2']])),
    expected: { CONECS: 'seller1' },
  },
  {
    fault: 'voucher-every-candidate-selected',
    probe: async (d) => (await d.expect(201, 'POST', '/vouchers/marketplace/orders', seedVoucherOrder)).items.flatMap((item: any) => item.vouchers).filter((voucher: any) => voucher.is_selected).length,
    expected: 1,
  },
  {
    fault: 'voucher-single-ranking',
    probe: (d) =>
      selected(
        d,
        voucherOrder(
          [['seller1', [['CONECS', 1500], ['CVCONNECT', 300]]], ['seller2', [['CONECS', 500], ['CVCONNECT', 1200]]]],
          [['seller1', 'CONECS', '1'], ['seller1', 'CVCONNECT', '2'], ['seller2', 'CONECS', '3'], ['seller2', 'CVCONNECT', '4']],
        ),
      ),
    expected: { CONECS: 'seller1', CVCONNECT: 'seller2' },
  },
  {
    fault: 'cvconnect-first-seller-wins',
    probe: (d) => selected(d, voucherOrder([['seller1', [['CVCONNECT', 100]]], ['seller2', [['CVCONNECT', 700]]]], [['seller1', 'CVCONNECT', '1'], ['seller2', 'CVCONNECT', '2']])),
    expected: { CVCONNECT: 'seller2' },
  },
  {
    fault: 'voucher-tie-item-order',
    probe: (d) => selected(d, voucherOrder([['seller1', [['CONECS', 1500]]], ['seller2', [['CONECS', 1500]]]], [['seller1', 'CONECS', '2000009'], ['seller2', 'CONECS', '2000003']])),
    expected: { CONECS: 'seller2' },
  },
  {
    fault: 'is-selected-only-on-winners',
    probe: async (d) => (await d.expect(201, 'POST', '/vouchers/marketplace/orders', seedVoucherOrder)).items.every((item: any) => item.vouchers.every((voucher: any) => 'is_selected' in voucher)),
    expected: true,
  },
  { fault: 'voucher-amounts-major-units', probe: async (d) => (await d.expect(201, 'POST', '/vouchers/marketplace/orders', seedVoucherOrder)).selectedSellers[0].eligible_total, expected: 1900 },
  { fault: 'voucher-first-seller-wins', probe: (d) => selected(d, seedVoucherOrder), expected: { CONECS: 'seller2' } },
  {
    fault: 'voucher-tie-highest-contract',
    probe: (d) => selected(d, voucherOrder([['seller1', [['CONECS', 1500]]], ['seller2', [['CONECS', 1500]]]], [['seller1', 'CONECS', '2000009'], ['seller2', 'CONECS', '2000003']])),
    expected: { CONECS: 'seller2' },
  },
  {
    fault: 'document-update-allowed',
    probe: async (d) => {
      const { merchantSellerId, documentId } = await d.completeSeller();
      return (await d.call('PUT', `/sellers/${merchantSellerId}/documents/${documentId}`, { name: 'x.pdf' })).status;
    },
    expected: 405,
  },
];
