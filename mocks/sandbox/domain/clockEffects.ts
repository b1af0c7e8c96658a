import type { MarketplaceContext } from './marketplace.ts';
import { executeTransfer } from './transfers.ts';
import { settleDatedPayoutMerchant } from './payouts.ts';
import { notifyDueDates } from './transactions.ts';
import { instantOf, isReached } from './virtualClock.ts';

// Time passing on a marketplace's virtual clock: what falls due up to the new time runs, in date order.

interface DueItem {
  at: number;
  run: () => void;
}

export function advanceClock(context: MarketplaceContext, to: Date): void {
  const { marketplace } = context;
  marketplace.clock.advanceTo(to);
  const due: DueItem[] = [];
  for (const transfer of marketplace.transfers.values()) {
    if (transfer.status === 'PENDING' && transfer.executionDate !== undefined && isReached(marketplace.clock, transfer.executionDate)) {
      due.push({ at: instantOf(transfer.executionDate), run: () => executeTransfer(context, transfer) });
    }
  }
  for (const payout of marketplace.payoutMerchants.values()) {
    if (payout.status === 'PENDING' && payout.executionDate !== undefined && isReached(marketplace.clock, payout.executionDate)) {
      due.push({ at: instantOf(payout.executionDate), run: () => settleDatedPayoutMerchant(context, payout) });
    }
  }
  // Array.prototype.sort is stable: on one date, transfers run before payouts, in creation order.
  for (const item of due.sort((a, b) => a.at - b.at)) item.run();
  notifyDueDates(context);
}
