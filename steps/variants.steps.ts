// Phrases for request shapes the seeds allow and the rest of the library never sends: an order with
// nothing but its amount, and a voucher order written out as the seed's example. Each step parses its
// phrase and calls a journey of src/journeys/.
import { When } from '@cucumber/cucumber';
import type { KitWorld } from '../src/world/index.ts';
import { registerAmountOnlyOrder } from '../src/journeys/amountOnlyOrders.ts';
import { createVoucherOrderAsWritten } from '../src/journeys/voucherOrdersAsWritten.ts';

When('the marketplace registers an order {string} of {cashAmount} with no currency and no customer', async function (this: KitWorld, order: string, amount: string) {
  await registerAmountOnlyOrder(this, order, amount);
});

When('the marketplace creates this voucher order:', async function (this: KitWorld, json: string) {
  await createVoucherOrderAsWritten(this, json);
});
