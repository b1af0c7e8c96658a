// Generic webhook steps: the resource is a name the scenario remembered (its id, or an object with
// id fields). Waits end at the profile's deadline, saying what arrived instead.
import { Then, type DataTable } from '@cucumber/cucumber';
import type { KitWorld } from '../src/world/index.ts';

Then('the webhooks for {string} arrive in this order:', async function (this: KitWorld, name: string, table: DataTable) {
  const cells = table.raw().map((row) => row[0].trim());
  const types = cells[0]?.toLowerCase() === 'type' ? cells.slice(1) : cells;
  await this.webhooks.expectSequence(this.resourceKeys(name), types);
});

Then('a {string} webhook arrives for {string}', async function (this: KitWorld, type: string, name: string) {
  await this.webhooks.waitFor({ type, resource: this.resourceKeys(name) });
});

Then('a {string} webhook arrives for {string} exactly once', async function (this: KitWorld, type: string, name: string) {
  await this.webhooks.expectExactlyOnce(type, this.resourceKeys(name));
});

Then('no {string} webhook has arrived for {string}', function (this: KitWorld, type: string, name: string) {
  this.webhooks.expectNever(type, this.resourceKeys(name));
});
