// The named variance of the catalogue's assumptions (interface §8): which alternative of a rule the
// expectation profile declared (its `assumptions` map, the default otherwise), and which scenarios
// assert which alternative (`@variant:<alternative-id>` tags). A scenario asserting an alternative
// the profile did not choose proves nothing about this implementation: it is not applicable.
import type { Rule, RuleAlternative } from './ruleCatalogue.ts';

export const variantTagPrefix = '@variant:';

/** The alternative ids a scenario's `@variant:` tags name. */
export function variantsOf(tags: readonly string[]): string[] {
  return tags.filter((tag) => tag.startsWith(variantTagPrefix)).map((tag) => tag.slice(variantTagPrefix.length));
}

export function defaultAlternative(rule: Rule): RuleAlternative | undefined {
  return rule.variance?.alternatives?.find((alternative) => alternative.default === true);
}

/** Whether the rule leaves a choice: a single alternative is the only legal reading, not a choice. */
export function offersChoice(rule: Rule): boolean {
  return (rule.variance?.alternatives?.length ?? 0) > 1;
}

/** Each alternative id with the rule it belongs to (ids are unique across the catalogue). */
export function alternativeOwners(rules: readonly Rule[]): Map<string, Rule> {
  return new Map(rules.flatMap((rule) => (rule.variance?.alternatives ?? []).map((alternative): [string, Rule] => [alternative.id, rule])));
}

export interface DeclaredAlternative {
  id: string;
  /** Absent when the profile names an alternative the rule does not have. */
  statement?: string;
  isDefault: boolean;
  /** Whether the profile's `assumptions` named it, rather than the catalogue's default applying. */
  byProfile: boolean;
}

/** The alternative the run holds the rule to; undefined for a rule without named alternatives. */
export function declaredAlternative(rule: Rule, assumptions: Readonly<Record<string, string>>): DeclaredAlternative | undefined {
  const fallback = defaultAlternative(rule);
  if (!fallback) return undefined;
  const declared = Object.hasOwn(assumptions, rule.id) ? assumptions[rule.id] : undefined;
  const id = declared ?? fallback.id;
  const statement = rule.variance?.alternatives?.find((alternative) => alternative.id === id)?.statement;
  return { id, ...(statement === undefined ? {} : { statement }), isDefault: id === fallback.id, byProfile: declared !== undefined };
}

/** Rule id → the alternative the run holds it to, for every rule with named alternatives. */
export function chosenAlternatives(rules: readonly Rule[], assumptions: Readonly<Record<string, string>>): Map<string, string> {
  return new Map(rules.flatMap((rule) => {
    const declared = declaredAlternative(rule, assumptions);
    return declared ? [[rule.id, declared.id] as const] : [];
  }));
}

/** The alternatives a scenario asserts that the run did not choose; empty when the scenario applies. */
export function unchosenVariants(tags: readonly string[], owners: ReadonlyMap<string, Rule>, chosen: ReadonlyMap<string, string>): string[] {
  return variantsOf(tags).filter((variant) => {
    const owner = owners.get(variant);
    return owner !== undefined && chosen.get(owner.id) !== variant;
  });
}

/** Problems with the profile's `assumptions` map: a rule it names that has no such alternative. */
export function assumptionProblems(rules: readonly Rule[], assumptions: Readonly<Record<string, string>>): string[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  return Object.entries(assumptions).flatMap(([ruleId, alternative]) => {
    const rule = byId.get(ruleId);
    if (!rule) return [`assumptions.${ruleId}: no rule of contracts/rules.yaml has this id`];
    const known = (rule.variance?.alternatives ?? []).map((candidate) => candidate.id);
    if (known.includes(alternative)) return [];
    return [`assumptions.${ruleId}: "${alternative}" is not one of its alternatives (${known.join(', ') || 'it names none'})`];
  });
}
