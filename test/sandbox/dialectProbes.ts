// For every dialect, a probe: a small scenario whose observation differs between the clean sandbox
// and one speaking that dialect. `clean` and `withDialect` are what each must show.
import { isValidIBAN } from 'ibantools';
import type { DialectName } from '../../mocks/sandbox/dialects.ts';
import { SandboxDriver, frenchSeller, tinyPdf } from './sandboxDriver.ts';

export interface DialectProbe {
  dialect: DialectName;
  /** Start the probe's sandboxes with a webhook receiver. */
  receiver?: boolean;
  probe(driver: SandboxDriver): Promise<unknown>;
  clean: unknown;
  withDialect: unknown;
}

type Data = Record<string, unknown>;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A member's value, or 'absent': tells an absent member from a null one. */
function member(object: any, name: string): unknown {
  return object !== null && typeof object === 'object' && name in object ? object[name] : 'absent';
}

/** A webhook's type and data under either envelope. */
function typeOf(body: any): string {
  return body.type ?? body.eventType;
}

function dataOf(body: any): any {
  return body.data ?? body.payload;
}

async function webhookOf(driver: SandboxDriver, type: string): Promise<any> {
  return (await driver.webhooks()).find((webhook) => typeOf(webhook.body) === type)?.body;
}

async function assessed(driver: SandboxDriver) {
  const seller = await driver.completeSeller();
  await driver.expect(202, 'POST', `/sellers/${seller.merchantSellerId}/_assess-kyc`);
  return seller;
}

/** The items of a list answer, whichever shape it has. */
function itemsOf(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  return Object.values(body as Data).find(Array.isArray) ?? [];
}

/** A malformed split line: its fee is not a number (refused by the contract check). */
const badSplit = { externalOrderId: 'o', currency: 'EUR', splits: [{ sellerId: 's', amount: 1, amountType: 'SELLER_PAYMENT', fee: 'x', feeType: 'SELLER_TO_MARKETPLACE', model: '3P' }] };

/** The seed's order shape (no amount, no currency), two sellers tied on CONECS with contracts 1 and 2. */
export const tiedVoucherOrder = {
  items: [
    { external_ref: 'seller1', ref: 'A1', amount: 1000, voucher: [{ contract_type: 'CONECS', eligible_amount: 1500 }] },
    { external_ref: 'seller2', ref: 'B1', amount: 1000, voucher: [{ contract_type: 'CONECS', eligible_amount: 1500 }] },
  ],
  contracts: [
    { external_ref: 'seller1', contract_type: 'CONECS', contract_number: '1' },
    { external_ref: 'seller2', contract_type: 'CONECS', contract_number: '2' },
  ],
};

export const dialectProbes: DialectProbe[] = [
  {
    dialect: 'extra-fields',
    receiver: true,
    probe: async (d) => {
      const seller = await assessed(d);
      const view = await d.expect(200, 'GET', `/sellers/${seller.merchantSellerId}`);
      const token = await d.sandbox.inject({ method: 'POST', url: '/oauth/token', payload: 'grant_type=client_credentials&client_id=reader&client_secret=sandbox-secret-reader', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      const problem = (await d.call('GET', '/sellers/nobody')).body;
      const clock = (await d.sim('GET', '/clock')).body;
      const webhook = await webhookOf(d, 'MP_IBAN_AVAILABLE_FOR_PAYMENT');
      return [view, view.address, view.contacts[0], token.json(), problem, clock, webhook, dataOf(webhook)].map((object) => member(object, 'revision'));
    },
    clean: Array(8).fill('absent'),
    withDialect: Array(8).fill(1),
  },
  {
    dialect: 'null-optionals',
    receiver: true,
    probe: async (d) => {
      const partial = await d.expect(201, 'PUT', `/sellers/${d.id('s')}`, { legalEntityName: 'Partial', address: { countryCode: 'FR' } });
      const seller = await d.validatedSeller();
      const document = (await d.expect(200, 'GET', `/sellers/${seller.merchantSellerId}`)).documents[0];
      const order = await d.paidOrder(10, 4);
      const transaction = await d.expect(200, 'GET', `/transactions/${order.transactionId}`);
      const update = await webhookOf(d, 'transaction.update');
      return {
        seller: [member(partial, 'email'), member(partial.address, 'zipCode'), member(partial, 'identityVerification')],
        document: [member(document, 'kycReviewComment'), member(document, 'fileContent')],
        transaction: [member(transaction, 'dueDate'), member(dataOf(update), 'dueDate')],
      };
    },
    clean: { seller: ['absent', 'absent', 'absent'], document: ['absent', 'absent'], transaction: ['absent', 'absent'] },
    withDialect: { seller: [null, null, null], document: [null, 'absent'], transaction: [null, null] },
  },
  {
    dialect: 'lists-named',
    probe: async (d) => ({ transactions: Object.keys(await d.expect(200, 'GET', '/transactions')), payoutMerchants: Object.keys(await d.expect(200, 'GET', '/payoutMerchants')) }),
    clean: { transactions: ['items'], payoutMerchants: ['items'] },
    withDialect: { transactions: ['transactions', 'count'], payoutMerchants: ['payoutMerchants', 'count'] },
  },
  {
    dialect: 'lists-bare',
    probe: async (d) => [Array.isArray(await d.expect(200, 'GET', '/transfers')), Array.isArray(await d.expect(200, 'GET', '/payoutMerchants'))],
    clean: [false, false],
    withDialect: [true, true],
  },
  {
    dialect: 'lists-unfiltered',
    probe: async (d) => {
      await d.validatedSeller();
      const first = await d.paidOrder(10, 0);
      await d.paidOrder(20, 0);
      return itemsOf(await d.expect(200, 'GET', `/transactions?externalOrderId=${first.externalOrderId}`)).length;
    },
    clean: 1,
    withDialect: 2,
  },
  {
    dialect: 'bracket-field-paths',
    probe: async (d) => (await d.call('POST', '/orderSplit', badSplit)).body.errors.map((error: any) => error.field),
    clean: ['splits.0.fee'],
    withDialect: ['splits[0].fee'],
  },
  {
    dialect: 'pointer-field-paths',
    probe: async (d) => (await d.call('POST', '/orderSplit', badSplit)).body.errors.map((error: any) => error.field),
    clean: ['splits.0.fee'],
    withDialect: ['/splits/0/fee'],
  },
  {
    dialect: 'other-error-codes',
    probe: async (d) => {
      const answers = [
        await d.call('PUT', '/sellers/s', 'legalEntityName=ACME'),
        await d.call('PUT', '/sellers/s', '["ACME"]'),
        await d.call('POST', '/orders', { amount: 5 }),
        await d.call('POST', '/orders', { externalOrderId: 'o', amount: -5 }),
        await d.call('GET', '/sellers/nobody'),
      ];
      return answers.map((answer) => answer.body.code);
    },
    clean: ['MALFORMED_BODY', 'MALFORMED_BODY', 'VALIDATION_FAILED', 'VALIDATION_FAILED', 'RESOURCE_NOT_FOUND'],
    withDialect: ['ERR_BODY_NOT_JSON', 'ERR_BODY_NOT_AN_OBJECT', 'ERR_FIELD_MISSING', 'ERR_FIELD_INVALID', 'ERR_NOT_FOUND'],
  },
  {
    dialect: 'problem-type-uris',
    probe: async (d) => {
      const { type, title } = (await d.call('GET', '/sellers/nobody')).body;
      return { type, title };
    },
    clean: { type: 'https://ms.example/problems/resource-not-found', title: 'Resource not found' },
    withDialect: { type: 'urn:ms-sandbox:problem:resource-not-found', title: 'Problem 404: resource not found' },
  },
  {
    dialect: 'uuid-ids',
    probe: async (d) => {
      const seller = await d.completeSeller();
      return [seller.sellerId, seller.contactId, seller.documentId, seller.contactDocumentId].map((id) => uuid.test(id));
    },
    clean: [false, false, false, false],
    withDialect: [true, true, true, true],
  },
  {
    dialect: 'created-200',
    probe: async (d) => {
      const merchantSellerId = d.id('s');
      const created = (await d.call('PUT', `/sellers/${merchantSellerId}`, frenchSeller)).status;
      const contact = (await d.call('POST', `/sellers/${merchantSellerId}/contacts`, { firstName: 'Ann' })).status;
      const document = (await d.call('POST', `/sellers/${merchantSellerId}/documents`, { name: 'kbis.pdf', type: 'COMPANY_REGISTRATION', fileContent: tinyPdf })).status;
      const endpoint = (await d.sim('POST', '/webhook-endpoints', { url: 'http://127.0.0.1:9/hooks', secret: 'whsec_0123456789abcdef' })).status;
      const voucher = (await d.call('POST', '/vouchers/marketplace/orders', tiedVoucherOrder)).status;
      return { created, contact, document, endpoint, voucher };
    },
    clean: { created: 201, contact: 201, document: 201, endpoint: 201, voucher: 201 },
    withDialect: { created: 201, contact: 200, document: 200, endpoint: 200, voucher: 200 },
  },
  {
    dialect: 'webhook-envelope',
    receiver: true,
    probe: async (d) => {
      await assessed(d);
      return Object.keys((await webhookOf(d, 'MP_IBAN_AVAILABLE_FOR_PAYMENT')) ?? {}).sort();
    },
    clean: ['createdAt', 'data', 'id', 'type'],
    withDialect: ['eventId', 'eventType', 'occurredAt', 'payload'],
  },
  {
    dialect: 'virtual-iban-country',
    probe: async (d) => {
      const { iban, bic } = (await d.expect(200, 'GET', `/sellers/${(await assessed(d)).merchantSellerId}`)).identityVerification.virtualIban;
      return { country: iban.slice(0, 2), bicCountry: bic.slice(4, 6), valid: isValidIBAN(iban) };
    },
    clean: { country: 'FR', bicCountry: 'FR', valid: true },
    withDialect: { country: 'BE', bicCountry: 'BE', valid: true },
  },
  {
    dialect: 'simulation-empty-bodies',
    probe: async (d) => {
      const seller = await assessed(d);
      const transfer = await d.oneEuro(seller.merchantSellerId);
      const review = await d.sim('POST', `/sellers/${seller.merchantSellerId}/kyc-review`, { decision: 'VALIDATED' });
      const batch = await d.sim('POST', '/bank-batches');
      const advance = await d.sim('POST', '/clock/advance', { to: '2100-01-01T00:00:00Z' });
      const defined = [await d.sim('GET', '/clock'), await d.sim('GET', '/accounts')];
      return { statuses: [transfer, review, batch, advance].map((answer) => answer.status), bodies: [transfer, review, batch, advance, ...defined].map((answer) => answer.body !== undefined) };
    },
    clean: { statuses: [202, 200, 200, 200], bodies: [true, true, true, true, true, true] },
    withDialect: { statuses: [202, 200, 200, 200], bodies: [false, false, false, false, true, true] },
  },
  {
    dialect: 'order-currency-defaulted',
    probe: async (d) => {
      await d.validatedSeller();
      const order = await d.expect(d.created, 'POST', '/orders', { externalOrderId: d.id('o'), amount: 12.5 });
      return [member(order, 'currency'), member(await d.expect(200, 'GET', `/orders/${order.orderId}`), 'currency')];
    },
    clean: ['absent', 'absent'],
    withDialect: ['EUR', 'EUR'],
  },
  {
    dialect: 'registration-date-optional',
    probe: async (d) => {
      const withoutDate = { ...frenchSeller, externalRegistrations: [{ code: 'VAT', value: 'FR40303265045' }, frenchSeller.externalRegistrations[1]] };
      const answer = await d.expect(201, 'PUT', `/sellers/${d.id('s')}`, withoutDate);
      return { missing: answer.missingData, dataStatus: answer.dataStatus };
    },
    clean: { missing: ['externalRegistrations.VAT'], dataStatus: 'INCOMPLETE' },
    withDialect: { missing: [], dataStatus: 'COMPLETE' },
  },
  {
    dialect: 'resubmission-keeps-validated',
    probe: async (d) => {
      const seller = await assessed(d);
      await d.oneEuro(seller.merchantSellerId);
      await d.sim('POST', `/sellers/${seller.merchantSellerId}/kyc-review`, { decision: 'REFUSED', refuse: { documents: [{ documentId: seller.documentId, comment: 'Old extract.' }] } });
      await d.expect(d.created, 'POST', `/sellers/${seller.merchantSellerId}/documents`, { name: 'kbis-2026.pdf', type: 'COMPANY_REGISTRATION', fileContent: tinyPdf });
      const view = await d.expect(202, 'POST', `/sellers/${seller.merchantSellerId}/_assess-kyc`);
      const contact = view.contacts[0];
      return { seller: [view.dataStatus, view.documentListStatus], contact: [contact.dataStatus, contact.documentListStatus, contact.documents[0].status] };
    },
    clean: { seller: ['PENDING_VALIDATION', 'PENDING_VALIDATION'], contact: ['PENDING_VALIDATION', 'PENDING_VALIDATION', 'PENDING_VALIDATION'] },
    withDialect: { seller: ['VALIDATED', 'PENDING_VALIDATION'], contact: ['VALIDATED', 'VALIDATED', 'VALIDATED'] },
  },
  {
    dialect: 'debtor-not-compared',
    probe: async (d) => {
      const seller = await assessed(d);
      await d.oneEuro(seller.merchantSellerId, 'a', { debtorIban: 'DE89370400440532013000' });
      return (await d.sim('POST', `/sellers/${seller.merchantSellerId}/kyc-review`, { decision: 'VALIDATED' })).status;
    },
    clean: 409,
    withDialect: 200,
  },
  {
    dialect: 'tie-highest-contract',
    probe: async (d) => (await d.expect(d.created, 'POST', '/vouchers/marketplace/orders', tiedVoucherOrder)).selectedSellers.map((selected: any) => selected.contract_number),
    clean: ['1'],
    withDialect: ['2'],
  },
];
