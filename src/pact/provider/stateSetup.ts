// The journeys that put a target in each provider state, through the MS API and the simulation API,
// exactly as a marketplace and its bank would. Every resource gets a fresh id, so states never
// collide on a shared UAT. A step answered otherwise than the journey needs stops the state with
// one line naming the call and the answer.
import type { ApiClient, ApiResponse } from '../../client/index.ts';
import { contactPayload } from '../../journeys/contactPayloads.ts';
import { documentUpload } from '../../journeys/documentUploads.ts';
import { sellerBankAccount, sellerPayload } from '../../journeys/sellerPayloads.ts';
import { acceptedStatuses } from '../../profile/index.ts';
import type { ProviderSession } from './providerSession.ts';
import { waitForWebhook } from './webhookWait.ts';

export class StateSetupError extends Error {
  override name = 'StateSetupError';
}

export interface OnboardedSeller {
  merchantSellerId: string;
  sellerId: string;
  contactId: string;
  sellerDocumentId: string;
  contactDocumentId: string;
}

export interface SellerWithFunds {
  merchantSellerId: string;
  sellerId: string;
}

export interface OrderWithPayment {
  externalOrderId: string;
  orderId: string;
  sellerId: string;
  transactionId: string;
  /** The PAYMENT's own external id: its webhooks may name it by this one (interface §5). */
  paymentExternalTransactionId: string;
}

const country = 'FR';

function field(response: ApiResponse, name: string): string {
  const value = (response.body as Record<string, unknown> | undefined)?.[name];
  if (typeof value !== 'string' || value === '') throw new StateSetupError(`${response.method} ${response.url} answered ${response.status} without ${name}`);
  return value;
}

export class StateSetup {
  private cashSeller?: Promise<OnboardedSeller>;

  constructor(private readonly session: ProviderSession) {}

  newId(): string {
    return this.session.ids.next();
  }

  private get simulation(): ApiClient {
    if (!this.session.simulation) throw new StateSetupError('this state needs the simulation API (target.simulationBaseUrl)');
    return this.session.simulation;
  }

  private async call(api: ApiClient, what: string, request: { method: string; path: string; body?: unknown }, statuses: readonly number[]): Promise<ApiResponse> {
    const response = await api.send(request);
    if (!statuses.includes(response.status)) {
      const body = response.body as { code?: unknown; detail?: unknown } | undefined;
      const why = [body?.code, body?.detail].filter((part) => typeof part === 'string').join(': ');
      throw new StateSetupError(`${what}: ${response.method} ${response.url} answered ${response.status}${why ? ` ${why}` : ''}`);
    }
    return response;
  }

  ms(what: string, request: { method: string; path: string; body?: unknown }, statuses: readonly number[] = [200, 201, 202, 204]): Promise<ApiResponse> {
    return this.call(this.session.ms, what, request, statuses);
  }

  simulate(what: string, request: { method: string; path: string; body?: unknown }): Promise<ApiResponse> {
    return this.call(this.simulation, what, request, [200, 201, 202]);
  }

  async partialSeller(): Promise<{ merchantSellerId: string; sellerId: string }> {
    const merchantSellerId = this.newId();
    const answer = await this.ms('creating a seller without email and phone number', { method: 'PUT', path: `/sellers/${merchantSellerId}`, body: sellerPayload(country, { except: ['email', 'phoneNumber'] }) });
    return { merchantSellerId, sellerId: field(answer, 'sellerId') };
  }

  /** Complete data, one complete contact, a company registration and the contact's identity card. */
  async sellerReadyForKyc(): Promise<OnboardedSeller> {
    const merchantSellerId = this.newId();
    const path = `/sellers/${merchantSellerId}`;
    const seller = await this.ms('creating a complete seller', { method: 'PUT', path, body: sellerPayload(country) });
    const contact = await this.ms('adding its legal representative', { method: 'POST', path: `${path}/contacts`, body: contactPayload() });
    const contactId = field(contact, 'contactId');
    const sellerDocument = await this.ms('uploading its company registration', { method: 'POST', path: `${path}/documents`, body: documentUpload('COMPANY_REGISTRATION') });
    const contactDocument = await this.ms('uploading the identity card', { method: 'POST', path: `${path}/contacts/${contactId}/documents`, body: documentUpload('IDENTITY_CARD') });
    return { merchantSellerId, sellerId: field(seller, 'sellerId'), contactId, sellerDocumentId: field(sellerDocument, 'documentId'), contactDocumentId: field(contactDocument, 'documentId') };
  }

  assessKyc(merchantSellerId: string): Promise<ApiResponse> {
    const accepted = acceptedStatuses(this.session.profile, 'kycAccepted', 'assessKyc');
    return this.ms('requesting the KYC assessment', { method: 'POST', path: `/sellers/${merchantSellerId}/_assess-kyc` }, accepted);
  }

  async sellerUnderReview(): Promise<OnboardedSeller> {
    const seller = await this.sellerReadyForKyc();
    await this.assessKyc(seller.merchantSellerId);
    return seller;
  }

  async sellerIbanAnnounced(): Promise<OnboardedSeller> {
    const seller = await this.sellerUnderReview();
    await waitForWebhook(this.session, { type: 'MP_IBAN_AVAILABLE_FOR_PAYMENT', resource: [seller.merchantSellerId, seller.sellerId] });
    return seller;
  }

  /** The seller's own bank sends the 1 € check to its virtual IBAN (seed §2.5). */
  sendOneEuro(merchantSellerId: string): Promise<ApiResponse> {
    const account = sellerBankAccount(country);
    return this.simulate('sending the 1 € transfer', {
      method: 'POST',
      path: `/sellers/${merchantSellerId}/incoming-transfers`,
      body: { amount: 1, currency: 'EUR', debtorName: account.accountName, debtorIban: account.iban },
    });
  }

  async sellerTransferArrived(): Promise<OnboardedSeller> {
    const seller = await this.sellerUnderReview();
    await this.sendOneEuro(seller.merchantSellerId);
    return seller;
  }

  decideKyc(merchantSellerId: string, decision: Record<string, unknown>): Promise<ApiResponse> {
    return this.simulate('deciding the KYC review', { method: 'POST', path: `/sellers/${merchantSellerId}/kyc-review`, body: decision });
  }

  async validatedSeller(): Promise<OnboardedSeller> {
    const seller = await this.sellerTransferArrived();
    await this.decideKyc(seller.merchantSellerId, { decision: 'VALIDATED' });
    return seller;
  }

  /**
   * The validated seller the cash states share: a KYC journey per state would multiply the calls
   * (and the load on a shared UAT) without making any cash interaction more telling. Its orders,
   * transfers and payouts are still fresh for every state.
   */
  sellerForCash(): Promise<OnboardedSeller> {
    this.cashSeller ??= this.validatedSeller();
    this.cashSeller.catch(() => (this.cashSeller = undefined));
    return this.cashSeller;
  }

  async order(sellerId?: string): Promise<{ externalOrderId: string; orderId: string; sellerId: string }> {
    const owner = sellerId ?? (await this.sellerForCash()).sellerId;
    const externalOrderId = this.newId();
    const answer = await this.ms('registering an order', { method: 'POST', path: '/orders', body: { externalOrderId, amount: 120.5, currency: 'EUR', externalCustomerId: this.newId() } });
    return { externalOrderId, orderId: field(answer, 'orderId'), sellerId: owner };
  }

  async orderWithPayment(amount: number, sellerId?: string): Promise<OrderWithPayment> {
    const order = await this.order(sellerId);
    const paymentExternalTransactionId = this.newId();
    const answer = await this.ms('registering its PAYMENT', {
      method: 'POST',
      path: '/transactions',
      body: { externalOrderId: order.externalOrderId, externalTransactionId: paymentExternalTransactionId, type: 'PAYMENT', amount, currency: 'EUR', paymentMethodName: 'CARD' },
    });
    return { ...order, transactionId: field(answer, 'transactionId'), paymentExternalTransactionId };
  }

  settle(transactionId: string, amount: number): Promise<ApiResponse> {
    return this.simulate('cashing the payment', { method: 'POST', path: `/transactions/${transactionId}/settlements`, body: { amount } });
  }

  async orderWithCashedPayment(amount: number, sellerId?: string): Promise<OrderWithPayment> {
    const order = await this.orderWithPayment(amount, sellerId);
    await this.settle(order.transactionId, amount);
    return order;
  }

  /** A cashed order split to a validated seller with a fee: the seller gets `amount − fee`, the marketplace `fee`. */
  async sellerPaidForOrder(amount: number, fee: number): Promise<OrderWithPayment & { merchantSellerId: string }> {
    const seller = await this.sellerForCash();
    const order = await this.orderWithCashedPayment(amount, seller.sellerId);
    await this.ms('splitting the order to the seller', {
      method: 'POST',
      path: '/orderSplit',
      body: { externalOrderId: order.externalOrderId, currency: 'EUR', splits: [{ sellerId: seller.sellerId, amount, amountType: 'SELLER_PAYMENT', fee, feeType: 'SELLER_TO_MARKETPLACE', model: '3P' }] },
    });
    return { ...order, merchantSellerId: seller.merchantSellerId };
  }

  /** The marketplace and a seller each end with `amount` available. */
  async availableFunds(amount: number): Promise<SellerWithFunds> {
    const paid = await this.sellerPaidForOrder(amount * 2, amount);
    return { merchantSellerId: paid.merchantSellerId, sellerId: paid.sellerId };
  }

  createTransfer(sellerId: string, externalTransferId: string, options: { amount?: number; executionDate?: string } = {}): Promise<ApiResponse> {
    return this.ms('ordering a transfer', {
      method: 'POST',
      path: '/transfers',
      body: { externalTransferId, sellerId, accountingEntry: 'MARKETPLACE_TO_SELLER', reasonCode: 'COMMERCIAL_GESTURE', amount: options.amount ?? 5.5, currency: 'EUR', executionDate: options.executionDate },
    });
  }

  async transferExecuted(): Promise<{ externalTransferId: string; transferId: string; sellerId: string }> {
    const { sellerId } = await this.availableFunds(50);
    const externalTransferId = this.newId();
    const transferId = field(await this.createTransfer(sellerId, externalTransferId), 'transferId');
    await waitForWebhook(this.session, { type: 'transfer.update', resource: [transferId, externalTransferId] });
    return { externalTransferId, transferId, sellerId };
  }

  async transferScheduled(): Promise<{ externalTransferId: string; transferId: string; sellerId: string }> {
    const { sellerId } = await this.sellerForCash();
    const now = (await this.simulate('reading the marketplace clock', { method: 'GET', path: '/clock' })).body as { now?: unknown };
    const today = new Date(String(now?.now));
    if (Number.isNaN(today.getTime())) throw new StateSetupError(`the simulation clock answered ${JSON.stringify(now)} instead of { now }`);
    const executionDate = new Date(today.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
    const externalTransferId = this.newId();
    const transferId = field(await this.createTransfer(sellerId, externalTransferId, { executionDate }), 'transferId');
    return { externalTransferId, transferId, sellerId };
  }

  async createPayoutMerchant(): Promise<string> {
    const answer = await this.ms('ordering a merchant payout', { method: 'POST', path: '/payoutMerchants', body: { amount: 2.5, currency: 'EUR', reasonLabel: 'Weekly payout' } });
    return field(answer, 'payoutMerchantId');
  }

  async createPayoutSeller(sellerId: string, externalOrderId: string): Promise<string> {
    const answer = await this.ms('ordering a seller payout', { method: 'POST', path: `/sellers/${sellerId}/payoutSellers`, body: { reasonLabel: 'Sales of the week', orders: [{ externalOrderId }] } });
    return field(answer, 'payoutSellerId');
  }

  async createPayoutSellerAmount(sellerId: string): Promise<string> {
    const answer = await this.ms('ordering a seller amount payout', { method: 'POST', path: `/sellers/${sellerId}/payoutSellerAmount`, body: { askedAmount: 2.5, currency: 'EUR', reasonLabel: 'Advance on sales' } });
    return field(answer, 'payoutSellerAmountId');
  }

  runBankBatch(): Promise<ApiResponse> {
    return this.simulate('running the bank batch', { method: 'POST', path: '/bank-batches' });
  }
}
