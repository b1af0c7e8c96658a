import { conflict, notFound, unprocessable } from './problem.ts';
import { money } from './money.ts';
import { mintId, type MarketplaceContext, type Transfer } from './marketplace.ts';
import { findCashSeller } from './cashParties.ts';
import { spendableBalance } from './ledger.ts';
import { isReached } from './virtualClock.ts';

// Transfers (seed §3 Transfers, interface §4): internal movements between the marketplace and a seller.

export interface TransferRequest {
  externalTransferId: string;
  sellerId: string;
  accountingEntry: Transfer['accountingEntry'];
  reasonCode: string;
  amount: number;
  currency: string;
  executionDate?: string;
}

function isDue(context: MarketplaceContext, transfer: Transfer): boolean {
  // TRF-EXECUTION-DATE: a dated transfer waits for the clock.
  return transfer.executionDate === undefined || isReached(context.marketplace.clock, transfer.executionDate) || context.faults.has('transfer-execution-date-ignored');
}

export function createTransfer(context: MarketplaceContext, request: TransferRequest): Transfer {
  if (!(request.amount > 0) && !context.faults.has('zero-amount-accepted')) {
    throw unprocessable('VALIDATION_FAILED', 'The transfer amount must be greater than 0.', [{ field: 'amount', message: 'must be greater than 0' }]);
  }
  // TRF-EXTERNAL-ID-UNIQUE
  if (context.marketplace.transferIdsByExternalId.has(request.externalTransferId) && !context.faults.has('transfer-external-id-reusable')) {
    throw conflict('EXTERNAL_ID_CONFLICT', `externalTransferId "${request.externalTransferId}" is already used by another transfer.`, [{ field: 'externalTransferId', message: 'is already used' }]);
  }
  const seller = findCashSeller(context, request.sellerId, 'sellerId', { validated: !context.faults.has('transfer-to-unvalidated-seller-accepted') });
  const transfer: Transfer = {
    transferId: mintId(context, 'trf'),
    externalTransferId: request.externalTransferId,
    sellerId: seller.sellerId,
    accountingEntry: request.accountingEntry,
    reasonCode: request.reasonCode,
    amount: money(request.amount),
    currency: request.currency,
    ...(request.executionDate !== undefined ? { executionDate: request.executionDate } : {}),
    status: 'PENDING',
    createdAt: context.marketplace.clock.now(),
  };
  context.marketplace.transfers.set(transfer.transferId, transfer);
  context.marketplace.transferIdsByExternalId.set(transfer.externalTransferId, transfer.transferId);
  // Executed right after the answer, which shows it PENDING; the webhook gives the final status.
  if (isDue(context, transfer)) context.afterAnswer(() => executeTransfer(context, transfer));
  return transfer;
}

/** TRF-FUNDS-CONTROL, TRF-UPDATE-WEBHOOK: VALIDATED when the paying account has the funds, else CANCELLED. */
export function executeTransfer(context: MarketplaceContext, transfer: Transfer): void {
  if (transfer.status !== 'PENDING') return;
  const payer = transfer.accountingEntry === 'MARKETPLACE_TO_SELLER' ? { account: 'MARKETPLACE' as const } : { account: 'SELLER' as const, sellerId: transfer.sellerId };
  const funds = spendableBalance(context.marketplace, context.faults, payer.account, transfer.currency, payer.sellerId);
  transfer.status = funds.greaterThanOrEqualTo(transfer.amount) || context.faults.has('transfer-without-funds-validated') ? 'VALIDATED' : 'CANCELLED';
  if (transfer.accountingEntry === 'MARKETPLACE_TO_SELLER' && context.faults.has('transfer-to-seller-cancelled')) transfer.status = 'CANCELLED';
  if (context.faults.has('transfer-webhook-missing')) return;
  context.raise({
    type: 'transfer.update',
    resourceKey: `transfer:${transfer.transferId}`,
    data: { transferId: transfer.transferId, externalTransferId: transfer.externalTransferId, sellerId: transfer.sellerId, status: transfer.status },
  });
}

export function findTransfer(context: MarketplaceContext, transferId: string): Transfer {
  const transfer = context.marketplace.transfers.get(transferId);
  if (!transfer) throw notFound(`No transfer "${transferId}" for this marketplace.`);
  return transfer;
}

/** The marketplace's transfers; of one seller when asked (every one in the lists-unfiltered dialect). */
export function listTransfers(context: MarketplaceContext, sellerId?: string): Transfer[] {
  const transfers = [...context.marketplace.transfers.values()];
  if (sellerId === undefined || context.dialects.has('lists-unfiltered')) return transfers;
  return transfers.filter((transfer) => transfer.sellerId === sellerId);
}

/** TRF-DELETE-BEFORE-EXECUTION: only a transfer still waiting for its date can be deleted. */
export function deleteTransfer(context: MarketplaceContext, transfer: Transfer): void {
  if (transfer.status !== 'PENDING' && !context.faults.has('executed-transfer-deletable')) {
    throw conflict('TRANSFER_ALREADY_EXECUTED', `Transfer "${transfer.transferId}" is ${transfer.status}: only a transfer waiting for its execution date can be deleted.`);
  }
  context.marketplace.transfers.delete(transfer.transferId);
  context.marketplace.transferIdsByExternalId.delete(transfer.externalTransferId);
}
