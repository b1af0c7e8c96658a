// What concurrent scenarios must not share. Every scenario makes its own sellers and orders, but the
// marketplace has one clock, one bank batch and one account of its own:
// - @marketplace-wide scenarios move the clock or run a bank batch (which would execute another's
//   scheduled transfer or pending payout): at most one of them runs at a time, others beside it;
// - @marketplace-account scenarios measure what left the marketplace's own account, which any other
//   scenario's fee split or transfer moves: they run with nothing beside them.
// A lane with a marketplace of its own (target.marketplacePool) runs both kinds freely: nothing else
// uses that marketplace. The second marketplace is one for every lane:
// - @second-marketplace-empty scenarios need it without any seller: they start first and never
//   run beside a scenario that uses it (@needs-second-marketplace).
export const oneAtATimeTag = '@marketplace-wide';
export const aloneTag = '@marketplace-account';
/** The reader client reads the primary marketplace: its scenarios stay on the primary one. */
export const primaryOnlyTag = '@needs-reader-client';

export const secondMarketplaceTag = '@needs-second-marketplace';
export const emptySecondMarketplaceTag = '@second-marketplace-empty';

export const runsAlone = (tags: readonly string[]): boolean => tags.includes(aloneTag);

/** Whether a scenario needs a marketplace to itself (its clock, its batches, its account). */
export const needsOwnMarketplace = (tags: readonly string[]): boolean => tags.includes(oneAtATimeTag) || tags.includes(aloneTag);

/** Whether two scenarios may not run at once, whatever marketplace each acts as. */
export function keptApart(a: readonly string[], b: readonly string[]): boolean {
  const needsEmpty = (tags: readonly string[]) => tags.includes(emptySecondMarketplaceTag);
  const uses = (tags: readonly string[]) => tags.includes(secondMarketplaceTag);
  return (needsEmpty(a) && uses(b)) || (needsEmpty(b) && uses(a));
}
