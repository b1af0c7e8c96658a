// One journey on one side: the sellers it onboarded, the ids each side gave to the resources the
// journey names, the day it started on; sending an action and reading back what it changed.
import { randomUUID } from 'node:crypto';
import type { ApiResponse } from '../client/index.ts';
import { readPointer } from '../client/index.ts';
import { cashResourcePath, type CashKind } from '../journeys/cashResources.ts';
import { contactPayload } from '../journeys/contactPayloads.ts';
import { documentUpload } from '../journeys/documentUploads.ts';
import { sellerBankAccount, sellerPayload } from '../journeys/sellerPayloads.ts';
import { acceptedStatuses } from '../profile/index.ts';
import type { ExploreSide } from './exploreSide.ts';
import { sellerNames, type JourneyAction, type SellerName } from './journeyActions.ts';
import { documentName, isOnboarding, onboardingSeller, type OnboardingAction } from './onboardingActions.ts';
import { JourneyWebhooks } from './journeyWebhooks.ts';
import { SideOnboarding } from './sideOnboarding.ts';
import { voucherContractTypes, voucherRequest, type VoucherAction } from './voucherActions.ts';

export type OnboardingKind = 'seller' | 'contact' | 'document';
export type ResourceKind = CashKind | OnboardingKind | 'voucherOrder';
export const onboardingResourceKinds = new Set<ResourceKind>(['seller', 'contact', 'document']);

export interface ResourceRecord {
  kind: ResourceKind;
  id: string;
  /** Another id webhooks may name the resource by (a seller's sellerId beside its merchantSellerId). */
  alias?: string;
  external?: string;
  seller?: SellerName;
}

export interface LedgerAccount {
  account: string;
  sellerId?: string;
  currency: string;
  available: unknown;
  previsional: unknown;
}

export class SetupError extends Error {
  override name = 'SetupError';
}

const reasonLabel = 'mskit explore payout';

function succeeded(response: ApiResponse): boolean {
  return response.status >= 200 && response.status < 300;
}

function must(response: ApiResponse, side: ExploreSide, what: string): ApiResponse {
  if (succeeded(response)) return response;
  const code = readPointer(response.body, side.profile.errors.codePointer);
  throw new SetupError(`setting up a journey on the ${side.name}: ${what} answered ${response.status}${typeof code === 'string' ? ` ${code}` : ''} (${response.method} ${response.url})`);
}

export class SideJourney {
  readonly sellers = new Map<SellerName, { sellerId: string; merchantSellerId: string }>();
  readonly records = new Map<string, ResourceRecord>();
  /** The last body read of each named resource (undefined: it could not be read). */
  readonly bodies = new Map<string, Record<string, unknown> | undefined>();
  startDay = '';
  startAccounts: LedgerAccount[] = [];
  /** The ledger as last read: actions that move no money (onboarding, vouchers) do not read it again. */
  lastAccounts: LedgerAccount[] = [];
  readonly onboarding: SideOnboarding;
  readonly webhooks: JourneyWebhooks;

  constructor(readonly side: ExploreSide) {
    this.onboarding = new SideOnboarding(side);
    this.webhooks = new JourneyWebhooks(side.inbox);
  }

  /** Two KYC-validated French sellers (the suite's "a KYC-validated French seller"), the journey's day 0 and its starting ledger. */
  async begin(): Promise<void> {
    await Promise.all(sellerNames.map((name) => this.onboard(name)));
    const now = String(readPointer(must(await this.side.simulation({ method: 'GET', path: '/clock' }), this.side, 'reading the clock').body, '/now'));
    const instant = Date.parse(now);
    if (Number.isNaN(instant)) throw new SetupError(`the ${this.side.name}'s simulation clock answered "${now}", not an ISO 8601 time`);
    this.startDay = new Date(instant).toISOString().slice(0, 10);
    this.startAccounts = await this.accounts();
    this.lastAccounts = this.startAccounts;
  }

  private async onboard(name: SellerName): Promise<void> {
    const side = this.side;
    const merchantSellerId = randomUUID();
    const path = `/sellers/${encodeURIComponent(merchantSellerId)}`;
    const seller = must(await side.ms({ method: 'PUT', path, body: sellerPayload('FR') }), side, `creating seller ${name}`);
    const sellerId = readPointer(seller.body, '/sellerId');
    if (typeof sellerId !== 'string') throw new SetupError(`setting up a journey on the ${side.name}: PUT ${path} answered no sellerId`);
    const contact = must(await side.ms({ method: 'POST', path: `${path}/contacts`, body: contactPayload() }), side, `adding seller ${name}'s contact`);
    const contactId = String(readPointer(contact.body, '/contactId'));
    must(await side.ms({ method: 'POST', path: `${path}/documents`, body: documentUpload('COMPANY_REGISTRATION') }), side, `uploading seller ${name}'s company registration`);
    must(await side.ms({ method: 'POST', path: `${path}/contacts/${encodeURIComponent(contactId)}/documents`, body: documentUpload('IDENTITY_CARD') }), side, `uploading seller ${name}'s identity card`);
    must(await side.ms({ method: 'POST', path: `${path}/_assess-kyc` }), side, `assessing seller ${name}'s KYC`);
    const account = sellerBankAccount('FR');
    must(await side.simulation({ method: 'POST', path: `${path}/incoming-transfers`, body: { amount: 1, currency: 'EUR', debtorName: account.accountName, debtorIban: account.iban } }), side, `sending seller ${name}'s 1 € transfer`);
    // The 1 € may start the review a little later (interface §6 answers it 202): retry the decision on a conflict.
    const deadline = Date.now() + side.profile.webhooks.deadlineMs;
    for (;;) {
      const decision = await side.simulation({ method: 'POST', path: `${path}/kyc-review`, body: { decision: 'VALIDATED' } });
      if (succeeded(decision)) break;
      if (!acceptedStatuses(side.profile, 'conflict', decision.operationId).includes(decision.status) || Date.now() > deadline) must(decision, side, `validating seller ${name}'s KYC`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    this.sellers.set(name, { sellerId, merchantSellerId });
  }

  sellerId(name: SellerName): string {
    return this.sellers.get(name)!.sellerId;
  }

  /** `YYYY-MM-DD`, `days` after the journey's first day (the steps' "day N"). */
  day(days: number): string {
    const date = new Date(`${this.startDay}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  }

  private remember(name: string, kind: ResourceKind, response: ApiResponse, extra: Omit<ResourceRecord, 'kind' | 'id'> = {}): void {
    const id = readPointer(response.body, `/${kind}Id`);
    if (succeeded(response) && typeof id === 'string' && id !== '') this.records.set(name, { kind, id, ...extra });
  }

  private record(name: string): ResourceRecord | undefined {
    return this.records.get(name);
  }

  /**
   * Sends the action; undefined when it names a resource this side never created (its creation was
   * refused here: that difference was the finding already).
   */
  async perform(action: JourneyAction): Promise<ApiResponse | undefined> {
    if (isOnboarding(action)) return this.performOnboarding(action);
    const side = this.side;
    const money = (cents: number) => cents / 100;
    switch (action.kind) {
      case 'voucherOrder':
        return this.performVoucherOrder(action);
      case 'order': {
        const external = randomUUID();
        const response = await side.ms({ method: 'POST', path: '/orders', body: { externalOrderId: external, amount: money(action.amount), currency: 'EUR', externalCustomerId: randomUUID() } });
        this.remember(action.name, 'order', response, { external });
        return response;
      }
      case 'transaction': {
        const order = this.record(action.order);
        if (!order) return undefined;
        const external = randomUUID();
        const body = { externalOrderId: order.external, externalTransactionId: external, type: action.type, amount: money(action.amount), currency: 'EUR', paymentMethodName: 'CARD' };
        const response = await side.ms({ method: 'POST', path: '/transactions', body });
        this.remember(action.name, 'transaction', response, { external });
        return response;
      }
      case 'settlement': {
        const transaction = this.record(action.transaction);
        if (!transaction) return undefined;
        return side.simulation({ method: 'POST', path: `/transactions/${encodeURIComponent(transaction.id)}/settlements`, body: { amount: money(action.amount) } });
      }
      case 'split': {
        const order = this.record(action.order);
        if (!order) return undefined;
        const splits = action.lines.map((line) => ({ sellerId: this.sellerId(line.seller), amount: money(line.amount), amountType: line.amountType, fee: money(line.fee), feeType: line.feeType, model: '3P' }));
        return side.ms({ method: 'POST', path: '/orderSplit', body: { externalOrderId: order.external, currency: 'EUR', splits } });
      }
      case 'transfer': {
        const external = randomUUID();
        const body: Record<string, unknown> = {
          externalTransferId: external,
          sellerId: this.sellerId(action.seller),
          accountingEntry: action.toSeller ? 'MARKETPLACE_TO_SELLER' : 'SELLER_TO_MARKETPLACE',
          reasonCode: 'COMMERCIAL_GESTURE',
          amount: money(action.amount),
          currency: 'EUR',
        };
        if (action.day !== undefined) body.executionDate = this.day(action.day);
        const response = await side.ms({ method: 'POST', path: '/transfers', body });
        this.remember(action.name, 'transfer', response, { external, seller: action.seller });
        return response;
      }
      case 'payoutMerchant': {
        const body: Record<string, unknown> = { amount: money(action.amount), currency: 'EUR', reasonLabel };
        if (action.day !== undefined) body.executionDate = this.day(action.day);
        const response = await side.ms({ method: 'POST', path: '/payoutMerchants', body });
        this.remember(action.name, 'payoutMerchant', response);
        return response;
      }
      case 'payoutSeller': {
        const response = await side.ms({ method: 'POST', path: `/sellers/${encodeURIComponent(this.sellerId(action.seller))}/payoutSellers`, body: { reasonLabel } });
        this.remember(action.name, 'payoutSeller', response, { seller: action.seller });
        return response;
      }
      case 'payoutSellerAmount': {
        const body = { askedAmount: money(action.amount), currency: 'EUR', reasonLabel };
        const response = await side.ms({ method: 'POST', path: `/sellers/${encodeURIComponent(this.sellerId(action.seller))}/payoutSellerAmount`, body });
        this.remember(action.name, 'payoutSellerAmount', response, { seller: action.seller });
        return response;
      }
      case 'bankBatch':
        return side.simulation({ method: 'POST', path: '/bank-batches' });
      case 'clock':
        return side.simulation({ method: 'POST', path: '/clock/advance', body: { to: `${this.day(action.day)}T00:00:00Z` } });
    }
  }

  /** K1's operations; what the side created is named for the comparison (its id, and its sellerId for webhooks). */
  private async performOnboarding(action: OnboardingAction): Promise<ApiResponse | undefined> {
    const onboarding = this.onboarding;
    const response = await onboarding.perform(action);
    if (action.kind === 'sellerCreate' && onboarding.created) this.records.set(onboardingSeller, { kind: 'seller', id: onboarding.merchantSellerId, ...(onboarding.sellerId ? { alias: onboarding.sellerId } : {}) });
    if (action.kind === 'contactAdd' && onboarding.contacts.has(action.contact)) this.records.set(action.contact, { kind: 'contact', id: onboarding.contacts.get(action.contact)! });
    if (action.kind === 'documentUpload') {
      const name = documentName(action.party, action.type);
      const documentId = onboarding.documents.get(name);
      if (documentId) this.records.set(name, { kind: 'document', id: documentId });
    }
    return response;
  }

  /**
   * A voucher order (interface §7): its answer is the documented state, `is_selected` on every
   * voucher object of every item, read once (nothing in a journey changes it later).
   */
  private async performVoucherOrder(action: VoucherAction): Promise<ApiResponse | undefined> {
    if (!this.side.vouchers) return undefined;
    const refs = new Map<string, string>();
    const refOf = (seller: string) => refs.get(seller) ?? refs.set(seller, `${seller}-${randomUUID()}`).get(seller)!;
    const response = await this.side.vouchers({ method: 'POST', path: '/marketplace/orders', body: voucherRequest(action, refOf, randomUUID()) });
    this.records.set(action.name, { kind: 'voucherOrder', id: action.name });
    const items = readPointer(response.body, '/items');
    if (response.status < 200 || response.status >= 300 || !Array.isArray(items)) {
      this.bodies.set(action.name, undefined);
      return response;
    }
    const selection: Record<string, unknown> = {};
    action.items.forEach((item, index) => {
      const vouchers = (items[index] as { vouchers?: unknown } | undefined)?.vouchers;
      for (const type of voucherContractTypes.filter((candidate) => item.eligible[candidate] !== undefined)) {
        const voucher = Array.isArray(vouchers) ? (vouchers as { contract_type?: unknown; is_selected?: unknown }[]).find((candidate) => candidate.contract_type === type) : undefined;
        selection[`item ${index + 1} ${type}`] = voucher === undefined ? 'absent' : voucher.is_selected === true ? 'selected' : voucher.is_selected === false ? 'not selected' : 'no is_selected';
      }
    });
    this.bodies.set(action.name, selection);
    return response;
  }

  resourcePath(record: ResourceRecord & { kind: CashKind }): string {
    return cashResourcePath(record.kind, record.id, record.seller && this.sellerId(record.seller));
  }

  async accounts(): Promise<LedgerAccount[]> {
    const response = must(await this.side.simulation({ method: 'GET', path: '/accounts' }), this.side, 'reading the ledger');
    const accounts = readPointer(response.body, '/accounts');
    return Array.isArray(accounts) ? (accounts as LedgerAccount[]) : [];
  }
}
