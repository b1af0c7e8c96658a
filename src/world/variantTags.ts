// `@variant:<alternative-id>` tags: a scenario asserting one alternative of a catalogue assumption
// runs only when that alternative is the one the profile declares (or the rule's default), and is
// otherwise skipped as not applicable (src/report/ruleVariance.ts holds the catalogue's side).
import type { Profile } from '../profile/index.ts';
import type { Rule } from '../report/ruleCatalogue.ts';
import { alternativeOwners, chosenAlternatives, unchosenVariants, variantsOf } from '../report/ruleVariance.ts';

export class VariantTagError extends Error {
  override name = 'VariantTagError';
}

/** What the runtime knows of the catalogue's alternatives, and which the profile chose. */
export interface Variants {
  owners: ReadonlyMap<string, Rule>;
  chosen: ReadonlyMap<string, string>;
}

export function variantsFor(rules: readonly Rule[], profile: Profile): Variants {
  return { owners: alternativeOwners(rules), chosen: chosenAlternatives(rules, profile.assumptions) };
}

/** The `not applicable: …` note when a variant tag names an alternative the profile did not choose, else undefined. */
export function variantNote(tags: readonly string[], variants: Variants): string | undefined {
  const unknown = variantsOf(tags).find((variant) => !variants.owners.has(variant));
  if (unknown) throw new VariantTagError(`@variant:${unknown} names no alternative of contracts/rules.yaml`);
  const [first] = unchosenVariants(tags, variants.owners, variants.chosen);
  if (first === undefined) return undefined;
  const rule = variants.owners.get(first)!;
  return `not applicable: the profile declares ${variants.chosen.get(rule.id)} for ${rule.id} (this scenario checks ${first})`;
}
