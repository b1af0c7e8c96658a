// A voucher order sent exactly as a scenario writes it, for the seed's own example (seed-vouchers:
// items only, no order-level amount or currency) plus the sellers' contracts interface §7 adds. The
// answer is read by the same checks as a drafted order (voucherOrders.ts); sellers are then named by
// the external_ref the scenario wrote.
import type { ApiResponse } from '../client/index.ts';
import { ExpectationError, type KitWorld } from '../world/index.ts';

export function createVoucherOrderAsWritten(world: KitWorld, json: string): Promise<ApiResponse> {
  let body: unknown;
  try {
    body = JSON.parse(json);
  } catch {
    throw new ExpectationError("the voucher order's doc string is not JSON: write the order as a JSON object");
  }
  return world.vouchers.send({ method: 'POST', path: '/marketplace/orders', body });
}
