// Voucher contract selection phrases (second seed, interface §7): an order's items and the sellers'
// contracts as tables, then which seller each contract type selects.
import { Given, Then, When, type DataTable } from '@cucumber/cucumber';
import type { KitWorld } from '../src/world/index.ts';
import {
  createVoucherOrder,
  describeVoucherContracts,
  describeVoucherItems,
  expectAmountsInMinorUnits,
  expectCreatedWithUuids,
  expectEveryVoucherFlagged,
  expectOneSellerPerContract,
  expectSelected,
  type ContractType,
} from '../src/journeys/voucherOrders.ts';

Given('a voucher order with these items:', function (this: KitWorld, items: DataTable) {
  describeVoucherItems(this, items.hashes());
});

Given("the sellers' voucher contracts are:", function (this: KitWorld, contracts: DataTable) {
  describeVoucherContracts(this, contracts.hashes());
});

When('the marketplace creates the voucher order', async function (this: KitWorld) {
  await createVoucherOrder(this);
});

Then('seller {string} is selected for {voucherContract}', function (this: KitWorld, seller: string, type: ContractType) {
  expectSelected(this, seller, type);
});

Then('exactly one seller is selected for each contract type', function (this: KitWorld) {
  expectOneSellerPerContract(this);
});

Then('every voucher of the order carries is_selected', function (this: KitWorld) {
  expectEveryVoucherFlagged(this);
});

Then('the voucher order is created with a uuid on every item', function (this: KitWorld) {
  expectCreatedWithUuids(this);
});

Then('the voucher order gives back every amount in minor units, as sent', function (this: KitWorld) {
  expectAmountsInMinorUnits(this);
});
