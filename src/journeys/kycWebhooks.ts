// What a seller's KYC webhooks must look like (seed §2.6.1, interface §5): the envelope, the
// signature (checked by the kit's receiver: refused deliveries are kept apart), createdAt never
// going backwards, and only the types the seed names.
import { dataConcerns, type WebhookEvent } from '../webhooks/webhookInbox.ts';
import { ExpectationError, kitRuntime, type KitWorld } from '../world/index.ts';
import type { SellerDossier } from './onboarding.ts';
import { contractEnum } from './sellerContractEnums.ts';

/** The ids a seller's webhooks carry: its merchantSellerId and, once assigned, its sellerId. */
export function sellerKeys(dossier: SellerDossier): string[] {
  return [dossier.merchantSellerId, ...(dossier.sellerId ? [dossier.sellerId] : [])];
}

function describe(event: WebhookEvent): string {
  return `${event.type} (id ${event.id})`;
}

/** The events that arrived for these ids; at least one must have, or the check would prove nothing. */
function arrivedFor(world: KitWorld, keys: readonly string[], what: string): WebhookEvent[] {
  const events = world.webhooks.events(keys);
  if (events.length === 0) throw new ExpectationError(`no webhook has arrived for ${what}, so none can be checked`);
  return events;
}

/** interface §5: `{ id, type, createdAt, data }` (where the profile's envelope pointers find them), data naming the resource. */
export function expectEnvelopes(world: KitWorld, keys: readonly string[], what: string): void {
  for (const event of arrivedFor(world, keys, what)) {
    const problems = [
      event.id !== '' ? undefined : 'no id',
      event.type !== '' ? undefined : 'no type',
      event.createdAt !== undefined && !Number.isNaN(Date.parse(event.createdAt)) ? undefined : 'no ISO 8601 createdAt',
      event.data !== null && typeof event.data === 'object' && dataConcerns(event.data, keys) ? undefined : `no data naming ${what}`,
    ].filter(Boolean);
    if (problems.length > 0) throw new ExpectationError(`webhook ${describe(event)} is not a complete envelope: ${problems.join(', ')}`);
  }
}

/** Every delivery about these ids passed the receiver's MS-Signature check (the receiver keeps the others apart). */
export function expectSigned(world: KitWorld, keys: readonly string[], what: string): void {
  arrivedFor(world, keys, what);
  const refused = kitRuntime().inbox.refused({ resource: keys });
  if (refused.length > 0) {
    throw new ExpectationError(`${refused.length} webhook(s) for ${what} failed the signature or envelope check: ${refused.map((delivery) => `${delivery.type ?? 'unknown type'} — ${delivery.reason}`).join('; ')}`);
  }
}

/** interface §5: for one resource, createdAt never goes backwards. */
export function expectChronological(world: KitWorld, keys: readonly string[], what: string): void {
  const events = arrivedFor(world, keys, what);
  for (let index = 1; index < events.length; index += 1) {
    const previous = events[index - 1]!;
    const event = events[index]!;
    if (Date.parse(event.createdAt ?? '') < Date.parse(previous.createdAt ?? '')) {
      throw new ExpectationError(`webhook ${describe(event)} for ${what} was created at ${event.createdAt}, before the previous one, ${describe(previous)} at ${previous.createdAt}`);
    }
  }
}

/** interface §5: the webhook types are those the seed names, as the MS contract lists them. */
export function expectSeedTypes(world: KitWorld, keys: readonly string[], what: string): void {
  const known = contractEnum('WebhookType');
  const unknown = arrivedFor(world, keys, what).filter((event) => !known.includes(event.type));
  if (unknown.length > 0) throw new ExpectationError(`webhook(s) for ${what} of a type the seed does not name: ${unknown.map(describe).join(', ')} (known: ${known.join(', ')})`);
}

/** The event was created on the marketplace's clock no earlier than `notBefore`. */
export function expectCreatedNotBefore(event: WebhookEvent, notBefore: string, what: string): void {
  if (Date.parse(event.createdAt ?? '') < Date.parse(notBefore)) {
    throw new ExpectationError(`${describe(event)} was created at ${event.createdAt}, before ${what} (${notBefore})`);
  }
}

/**
 * IBAN-NO-REVIEW-BEFORE-TRANSFER: seed §2.5 "The KYC will not be analyzed [...] until the fund
 * transfer of 1€ is [...] received": no review webhook (any MP_KYC_* type) arrives for the seller,
 * now or within the quiet window.
 */
export function expectNoReviewAnnounced(world: KitWorld, keys: readonly string[]): void {
  world.webhooks.expectAtMost(0, { resource: keys, where: (event) => event.type.startsWith('MP_KYC_') }, 'no MP_KYC_* webhook before the 1 € transfer');
}
