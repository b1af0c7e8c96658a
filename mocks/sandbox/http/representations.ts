import { amountToJson } from '../domain/money.ts';
import type { FaultSet } from '../faults.ts';
import type { Contact, MarketplaceContext, Order, Party, PayoutMerchant, PayoutSeller, PayoutSellerAmount, PartyStatus, Seller, StoredDocument, Transaction, Transfer } from '../domain/marketplace.ts';
import { contactMissingData, dataStatusOf, documentListStatusOf, sellerMissingData } from '../domain/kycRequirements.ts';
import { paymentStatusOf } from '../domain/transactions.ts';
import type { SplitOutcome } from '../domain/orderSplit.ts';
import type { AccountBalance } from '../domain/ledger.ts';

// What the API answers: the contract's shapes, built from the domain (server-owned fields computed here).
type View = Record<string, unknown>;

/** DOC-NEVER-RETURNED, DOC-METADATA-LISTED, STA-THREE-STATUSES: metadata with its status, never fileContent. */
function documentView(document: StoredDocument, faults: FaultSet): View {
  const status = document.status === 'REGISTERED' && faults.has('document-status-off-enum') ? 'UPLOADED' : document.status;
  return {
    documentId: document.documentId,
    name: document.name,
    type: document.type,
    ...(faults.has('document-status-missing') ? {} : { status }),
    ...(document.kycReviewComment !== undefined ? { kycReviewComment: document.kycReviewComment } : {}),
    ...(faults.has('document-content-returned') ? { fileContent: document.fileContent } : {}),
  };
}

/** STA-DATA-STATUS-ENUM, STA-DOCUMENT-LIST-STATUS-ENUM, STA-DOCUMENT-STATUS-ENUM: statuses stay in their enums. */
function statusView(status: PartyStatus, offEnum: string | undefined): string {
  return status === 'INCOMPLETE' && offEnum ? offEnum : status;
}

/** The stored data and the computed statuses; a fault lets stored server-owned fields override them. */
function partyView(data: Record<string, unknown>, computed: View, faults: FaultSet): View {
  return faults.has('server-owned-fields-stored') ? { ...computed, ...data } : { ...data, ...computed };
}

function documentsOf(party: Party, faults: FaultSet): View[] {
  return [...party.documents.values()].map((document) => documentView(document, faults));
}

export function contactView(context: MarketplaceContext, seller: Seller, contact: Contact): View {
  const { faults } = context;
  const missing = contactMissingData(contact.data, faults);
  return partyView(
    contact.data,
    {
      contactId: contact.contactId,
      dataStatus: statusView(dataStatusOf(seller, contact, 'contact', missing, context), faults.has('data-status-off-enum') ? 'PARTIAL' : undefined),
      missingData: faults.has('missing-data-not-listed') ? [] : missing,
      documentListStatus: statusView(documentListStatusOf(seller, contact, 'contact', context), faults.has('document-list-status-off-enum') ? 'MISSING' : undefined),
      documents: faults.has('contact-documents-not-listed') ? [] : documentsOf(contact, faults),
      ...(contact.kycReviewComment !== undefined ? { kycReviewComment: contact.kycReviewComment } : {}),
    },
    faults,
  );
}

/** ONB-PUT-RETURNS-SELLER-VIEW, ONB-GET-RETURNS-ALL: the whole seller view, answered by PUT and GET alike. */
export function sellerView(context: MarketplaceContext, seller: Seller, options: { forGet?: boolean } = {}): View {
  const { faults } = context;
  const missing = sellerMissingData(seller.data, context);
  // IBAN-ASSIGNED-AFTER-ASSESS, IBAN-NOT-BEFORE-ASSESS: the virtual IBAN shows once assigned, not before.
  const showIban = seller.virtualIban !== undefined && !faults.has('virtual-iban-not-shown');
  return partyView(
    seller.data,
    {
      sellerId: seller.sellerId,
      merchantSellerId: seller.merchantSellerId,
      dataStatus: statusView(dataStatusOf(seller, seller, 'seller', missing, context), faults.has('data-status-off-enum') ? 'PARTIAL' : undefined),
      // ONB-MISSING-DATA-LIST
      missingData: faults.has('missing-data-not-listed') ? [] : missing,
      documentListStatus: statusView(documentListStatusOf(seller, seller, 'seller', context), faults.has('document-list-status-off-enum') ? 'MISSING' : undefined),
      documents: options.forGet && faults.has('get-seller-omits-documents') ? [] : documentsOf(seller, faults),
      contacts: faults.has('contact-not-in-seller-view') ? [] : [...seller.contacts.values()].map((contact) => contactView(context, seller, contact)),
      ...(seller.kycReviewComment !== undefined ? { kycReviewComment: seller.kycReviewComment } : {}),
      ...(showIban ? { identityVerification: { virtualIban: { ...seller.virtualIban! } } } : {}),
    },
    faults,
  );
}

export function uploadedDocumentView(context: MarketplaceContext, document: StoredDocument): View {
  return documentView(document, context.faults);
}

export function orderView(order: Order): View {
  return {
    orderId: order.orderId,
    externalOrderId: order.externalOrderId,
    // ORD-PATCH-AFTER-NOT-FOUND: null until the marketplace PATCHes the amount of an order MS created.
    amount: order.amount ? amountToJson(order.amount) : null,
    ...(order.currency !== undefined ? { currency: order.currency } : {}),
    ...(order.externalCustomerId !== undefined ? { externalCustomerId: order.externalCustomerId } : {}),
    createdAt: order.createdAt.toISOString(),
  };
}

export function transactionView(transaction: Transaction): View {
  return {
    transactionId: transaction.transactionId,
    orderId: transaction.orderId,
    externalOrderId: transaction.externalOrderId,
    externalTransactionId: transaction.externalTransactionId,
    type: transaction.type,
    amount: amountToJson(transaction.amount),
    currency: transaction.currency,
    ...(transaction.paymentMethodName !== undefined ? { paymentMethodName: transaction.paymentMethodName } : {}),
    ...(transaction.dueDate !== undefined ? { dueDate: transaction.dueDate } : {}),
    paidAmount: amountToJson(transaction.paidAmount),
    status: paymentStatusOf(transaction),
    createdAt: transaction.createdAt.toISOString(),
  };
}

export function splitOutcomeView(outcome: SplitOutcome): View {
  return {
    orderId: outcome.order.orderId,
    externalOrderId: outcome.order.externalOrderId,
    currency: outcome.order.currency,
    splits: outcome.accepted.map((line) => ({
      sellerId: line.sellerId,
      amount: amountToJson(line.amount),
      amountType: line.amountType,
      fee: amountToJson(line.fee),
      feeType: line.feeType,
      model: line.model,
    })),
    splitBalance: amountToJson(outcome.splitBalance),
    ceiling: amountToJson(outcome.ceiling),
  };
}

export function transferView(transfer: Transfer): View {
  return {
    transferId: transfer.transferId,
    externalTransferId: transfer.externalTransferId,
    sellerId: transfer.sellerId,
    accountingEntry: transfer.accountingEntry,
    reasonCode: transfer.reasonCode,
    amount: amountToJson(transfer.amount),
    currency: transfer.currency,
    ...(transfer.executionDate !== undefined ? { executionDate: transfer.executionDate } : {}),
    status: transfer.status,
    createdAt: transfer.createdAt.toISOString(),
  };
}

export function payoutMerchantView(payout: PayoutMerchant): View {
  return {
    payoutMerchantId: payout.payoutMerchantId,
    amount: amountToJson(payout.amount),
    currency: payout.currency,
    reasonLabel: payout.reasonLabel,
    ...(payout.executionDate !== undefined ? { executionDate: payout.executionDate } : {}),
    status: payout.status,
    createdAt: payout.createdAt.toISOString(),
  };
}

export function payoutSellerView(context: MarketplaceContext, payout: PayoutSeller): View {
  const transfers = payout.transferIds.map((id) => context.marketplace.transfers.get(id)?.externalTransferId).filter((id): id is string => id !== undefined);
  return {
    payoutSellerId: payout.payoutSellerId,
    sellerId: payout.sellerId,
    reasonLabel: payout.reasonLabel,
    ...(payout.requestedOrders !== undefined ? { orders: payout.requestedOrders } : {}),
    ...(transfers.length > 0 ? { transfers } : {}),
    amount: amountToJson(payout.amount),
    currency: payout.currency,
    status: payout.status,
    createdAt: payout.createdAt.toISOString(),
  };
}

export function payoutSellerAmountView(payout: PayoutSellerAmount): View {
  return {
    payoutSellerAmountId: payout.payoutSellerAmountId,
    sellerId: payout.sellerId,
    askedAmount: amountToJson(payout.askedAmount),
    currency: payout.currency,
    reasonLabel: payout.reasonLabel,
    status: payout.status,
    createdAt: payout.createdAt.toISOString(),
  };
}

export function accountView(balance: AccountBalance): View {
  return {
    account: balance.account,
    ...(balance.sellerId !== undefined ? { sellerId: balance.sellerId } : {}),
    currency: balance.currency,
    available: amountToJson(balance.available),
    previsional: amountToJson(balance.previsional),
  };
}

/** Lists answer `{ items }`, newest first (the contract's assumption). */
export function newestFirst<T extends { createdAt: Date }>(items: Iterable<T>): T[] {
  return [...items].reverse();
}
