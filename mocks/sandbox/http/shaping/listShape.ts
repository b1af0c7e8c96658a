import type { DialectSet } from '../../dialects.ts';

// Where a list answer holds its resources (interface §8: "a JSON object or array of the
// implementation's choosing"). The sandbox answers `{ items }`; the lists-named dialect answers
// `{ "<resources>": [...], count }`, the lists-bare dialect the array itself.

/** Lists under a seller's path: with both list dialects on, these are bare and the others named. */
const sellerScopedLists = new Set(['listPayoutSellers', 'listPayoutSellerAmounts']);

function isListAnswer(operationId: string, body: unknown): body is { items: unknown[] } {
  return operationId.startsWith('list') && typeof body === 'object' && body !== null && Array.isArray((body as { items?: unknown }).items);
}

/** `listPayoutSellerAmounts` → `payoutSellerAmounts`. */
function resourcesOf(operationId: string): string {
  const plural = operationId.slice('list'.length);
  return plural.charAt(0).toLowerCase() + plural.slice(1);
}

export function listAsWritten(dialects: DialectSet, operationId: string, body: unknown): unknown {
  const named = dialects.has('lists-named');
  const bare = dialects.has('lists-bare');
  if ((!named && !bare) || !isListAnswer(operationId, body)) return body;
  // An implementation may choose per endpoint: both dialects on split the lists between them.
  if (bare && (!named || sellerScopedLists.has(operationId))) return body.items;
  return { [resourcesOf(operationId)]: body.items, count: body.items.length };
}
