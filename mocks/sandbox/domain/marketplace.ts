import { randomBytes, randomUUID } from 'node:crypto';
import type { Money } from './money.ts';
import type { VirtualClock } from './virtualClock.ts';
import type { FaultSet } from '../faults.ts';
import type { DialectSet } from '../dialects.ts';

// One marketplace's world: every seller, order and movement of money of one tenant. Nothing here
// is reachable from another marketplace (SEC-TENANT-ISOLATION): each request gets its own tenant.

export type DocumentStatus = 'REGISTERED' | 'PENDING_VALIDATION' | 'VALIDATED' | 'REFUSED';
export type PartyStatus = 'COMPLETE' | 'INCOMPLETE' | 'PENDING_VALIDATION' | 'VALIDATED';

export interface StoredDocument {
  documentId: string;
  name: string;
  type: string;
  status: DocumentStatus;
  kycReviewComment?: string;
  /** Kept only so that a fault switch can leak it: the API never returns it. */
  fileContent: string;
}

/** What the seller and each contact share: stored data, documents and their review outcome. */
export interface Party {
  data: Record<string, unknown>;
  documents: Map<string, StoredDocument>;
  /** Set by a validation, cleared by the next change: the part then shows VALIDATED. */
  dataValidated: boolean;
  documentsValidated: boolean;
  /** Set by a refusal of this part's data, cleared by the next change of it. */
  dataRefused: boolean;
  kycReviewComment?: string;
}

export interface Contact extends Party {
  contactId: string;
}

export type KycStage = 'NOT_ASSESSED' | 'AWAITING_TRANSFER' | 'IN_REVIEW' | 'VALIDATED' | 'REFUSED';

export interface KycProgress {
  stage: KycStage;
  /** Accepted _assess-kyc calls so far: the first one assigns the virtual IBAN. */
  assessments: number;
  oneEuroReceived: boolean;
  everValidated: boolean;
  ibanWebhookSent: boolean;
}

export interface VirtualIban {
  iban: string;
  bic: string;
  type: 'VIRTUAL_IBAN';
}

export interface Seller extends Party {
  sellerId: string;
  merchantSellerId: string;
  contacts: Map<string, Contact>;
  kyc: KycProgress;
  virtualIban?: VirtualIban;
  createdAt: Date;
}

export type TransactionType = 'PAYMENT' | 'REFUND' | 'CREDIT';

export interface Order {
  orderId: string;
  externalOrderId: string;
  amount?: Money;
  /** As registered; absent until the marketplace, or the order's first transaction or split, names one. */
  currency?: string;
  externalCustomerId?: string;
  createdAt: Date;
  transactionIds: string[];
  splitLines: SplitLine[];
}

export type AmountType = 'SELLER_PAYMENT' | 'SELLER_REFUND';
export type FeeType = 'SELLER_TO_MARKETPLACE' | 'MARKETPLACE_TO_SELLER';

export interface SplitLine {
  sellerId: string;
  amount: Money;
  amountType: AmountType;
  fee: Money;
  feeType: FeeType;
  model: '2P' | '3P';
}

export interface Transaction {
  transactionId: string;
  externalTransactionId: string;
  externalOrderId: string;
  orderId: string;
  type: TransactionType;
  amount: Money;
  currency: string;
  paymentMethodName?: string;
  dueDate?: string;
  paidAmount: Money;
  createdAt: Date;
  /** The due-date webhook went out for the current dueDate. */
  dueDateNotified: boolean;
}

export type ExecutionStatus = 'PENDING' | 'VALIDATED' | 'CANCELLED';

export interface Transfer {
  transferId: string;
  externalTransferId: string;
  sellerId: string;
  accountingEntry: 'MARKETPLACE_TO_SELLER' | 'SELLER_TO_MARKETPLACE';
  reasonCode: string;
  amount: Money;
  currency: string;
  executionDate?: string;
  status: ExecutionStatus;
  createdAt: Date;
  /** The payoutSeller that pays this transfer out to the seller's bank account. */
  paidOutBy?: string;
}

/** Payouts of every kind settle in the order they were created. */
interface Sequenced {
  sequence: number;
}

export interface PayoutMerchant extends Sequenced {
  payoutMerchantId: string;
  amount: Money;
  currency: string;
  reasonLabel: string;
  executionDate?: string;
  status: ExecutionStatus;
  createdAt: Date;
}

export interface PayoutSellerOrderLine {
  orderId: string;
  externalOrderId: string;
  amount: Money;
}

export interface PayoutSeller extends Sequenced {
  payoutSellerId: string;
  sellerId: string;
  reasonLabel: string;
  orders: PayoutSellerOrderLine[];
  /** The orders as the request listed them, echoed in the view. */
  requestedOrders?: Array<{ externalOrderId: string; askedAmount?: number }>;
  transferIds: string[];
  amount: Money;
  currency: string;
  status: ExecutionStatus;
  createdAt: Date;
}

export interface PayoutSellerAmount extends Sequenced {
  payoutSellerAmountId: string;
  sellerId: string;
  askedAmount: Money;
  /** What the wire took when a fault makes it differ from askedAmount. */
  wiredAmount?: Money;
  currency: string;
  reasonLabel: string;
  status: ExecutionStatus;
  createdAt: Date;
}

export interface WebhookEndpoint {
  id: string;
  url: string;
  secret: string;
}

export interface Marketplace {
  id: string;
  clock: VirtualClock;
  sellersByMerchantId: Map<string, Seller>;
  sellersById: Map<string, Seller>;
  orders: Map<string, Order>;
  orderIdsByExternalId: Map<string, string>;
  transactions: Map<string, Transaction>;
  transactionIdsByExternalId: Map<string, string>;
  transfers: Map<string, Transfer>;
  transferIdsByExternalId: Map<string, string>;
  payoutMerchants: Map<string, PayoutMerchant>;
  payoutSellers: Map<string, PayoutSeller>;
  payoutSellerAmounts: Map<string, PayoutSellerAmount>;
  webhookEndpoints: WebhookEndpoint[];
  nextSequence: number;
}

export function openMarketplace(id: string, clock: VirtualClock): Marketplace {
  return {
    id,
    clock,
    sellersByMerchantId: new Map(),
    sellersById: new Map(),
    orders: new Map(),
    orderIdsByExternalId: new Map(),
    transactions: new Map(),
    transactionIdsByExternalId: new Map(),
    transfers: new Map(),
    transferIdsByExternalId: new Map(),
    payoutMerchants: new Map(),
    payoutSellers: new Map(),
    payoutSellerAmounts: new Map(),
    webhookEndpoints: [],
    nextSequence: 1,
  };
}

/** A webhook raised by a rule; the outbox stamps, signs and delivers it after the HTTP answer. */
export interface RaisedEvent {
  type: string;
  /** Events of one resource are delivered in the order they were raised. */
  resourceKey: string;
  data: Record<string, unknown>;
  /** Sent this long after it was raised: faults that deliver a wrong webhook late, past a one-instant check. */
  lateMs?: number;
}

/** How this sandbox deviates (faults) and which legal variations it speaks (dialects). */
export interface Switches {
  faults: FaultSet;
  dialects: DialectSet;
}

/** What every rule gets: the tenant, its switches, and how to raise webhooks and deferred work. */
export interface MarketplaceContext extends Switches {
  marketplace: Marketplace;
  raise(event: RaisedEvent): void;
  /** Work that happens right after the HTTP answer (a transfer executing, a due date passed). */
  afterAnswer(job: () => void): void;
  /** Every tenant of the sandbox: only cross-tenant fault switches look beyond their own. */
  everyMarketplace(): Iterable<Marketplace>;
}

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Opaque ids for what MS creates, `trx_01HZX5A3F6GH`-like: a prefix and 16 random base-32 characters (a UUID in the uuid-ids dialect). */
export function mintId(switches: Switches, prefix: string): string {
  if (switches.dialects.has('uuid-ids')) return randomUUID();
  const bytes = randomBytes(16);
  let id = '';
  for (const byte of bytes) id += alphabet[byte % 32];
  return `${prefix}_${id}`;
}
