// Ledger phrases (interface §4 "Ledger"): the sellers' balances, exactly, and the ledger's identity
// Σ balances = money entered − money left over the shared cantonment and marketplace accounts.
import { Then, type DataTable } from '@cucumber/cucumber';
import type { KitWorld } from '../src/world/index.ts';
import { expectLedgerAccounts, expectLedgerBalances, expectSellerBalances, type SellerBalanceRow } from '../src/journeys/ledgerBalances.ts';

Then('the balances are:', async function (this: KitWorld, balances: DataTable) {
  await expectSellerBalances(this, balances.hashes() as unknown as SellerBalanceRow[]);
});

Then('the ledger balances', async function (this: KitWorld) {
  await expectLedgerBalances(this);
});

Then(
  'the ledger shows one cantonment account, one marketplace account and one account for each of these sellers:',
  async function (this: KitWorld, sellers: DataTable) {
    await expectLedgerAccounts(this, sellers.hashes().map((row) => row.seller!));
  },
);
