// An order as small as the seed allows (seed §3 Orders: "the minimum required field for an order is
// the amount"): its amount, and the externalOrderId the marketplace names it by (interface §4).
// Nothing else is sent, so an implementation that requires currency or externalCustomerId fails.
import type { ApiResponse } from '../client/index.ts';
import type { KitWorld } from '../world/index.ts';
import { amountForJson } from './cashAmounts.ts';
import { rememberCreation } from './cashResources.ts';

/** Transactions a scenario registers on the order later are in euros, like the rest of the cash steps. */
const scenarioCurrency = 'EUR';

export async function registerAmountOnlyOrder(world: KitWorld, name: string, amount: string): Promise<ApiResponse> {
  const externalOrderId = world.ids.next();
  const response = await world.api.send({ method: 'POST', path: '/orders', body: { externalOrderId, amount: amountForJson(amount) } });
  rememberCreation(world, name, response, 'order', (orderId) => ({ kind: 'order', orderId, externalOrderId, currency: scenarioCurrency }));
  return response;
}
