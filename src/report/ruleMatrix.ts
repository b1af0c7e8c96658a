// Joins the catalogue to the scenarios that ran: each rule gets the scenarios tagged with its id and
// one aggregated status. A skipped scenario never counts as a pass. A scenario asserting an
// alternative the profile did not declare is listed as not applicable and counts for nothing, and an
// assumption held to a declared non-default alternative that no scenario asserts is reported as
// "alternative declared": neither a pass nor a failure (docs/signoff-report.md).
import type { Deviation } from './deviations.ts';
import { ruleIdPattern, type Rule } from './ruleCatalogue.ts';
import {
  alternativeOwners,
  assumptionProblems,
  chosenAlternatives,
  declaredAlternative,
  unchosenVariants,
  variantsOf,
  type DeclaredAlternative,
} from './ruleVariance.ts';
import type { ScenarioResult, ScenarioStatus } from './scenarioResults.ts';

export type RuleStatus = 'passed' | 'failed' | 'not-verified' | 'alternative-declared' | 'accepted-deviation';

export const ruleStatuses: readonly RuleStatus[] = ['passed', 'failed', 'not-verified', 'alternative-declared', 'accepted-deviation'];

export interface RuleScenario {
  key: string;
  name: string;
  status: ScenarioStatus;
  reason?: string;
  /** The alternatives it asserts (its `@variant:` tags naming a catalogue alternative). */
  variants?: string[];
  /** Those of its alternatives the profile did not declare: then it does not apply to this run. */
  notApplicable?: string[];
}

export interface RuleRow extends Rule {
  scenarios: RuleScenario[];
  status: RuleStatus;
  /** What the run itself showed, before any deviation was applied. */
  observed: Exclude<RuleStatus, 'accepted-deviation'>;
  /** For an assumption with named alternatives: the one this run holds it to. */
  declared?: DeclaredAlternative;
  deviation?: string;
  /** Why a rule is not verified, or how much of it was. */
  note?: string;
}

export interface RuleMatrix {
  rows: RuleRow[];
  /** Tags shaped like rule ids that name no catalogue rule (a typo in a feature, or a removed rule). */
  unknownRuleTags: { tag: string; scenarios: string[] }[];
  /** `@variant:` tags naming no alternative of the catalogue. */
  unknownVariantTags: { tag: string; scenarios: string[] }[];
  /** Deviations naming no catalogue rule. */
  unknownDeviations: string[];
  /** Entries of the profile's `assumptions` map naming no rule, or no alternative of their rule. */
  assumptionProblems: string[];
}

export function ruleIdsOf(scenario: ScenarioResult, known: ReadonlySet<string>): string[] {
  return scenario.tags.map((t) => t.replace(/^@/, '')).filter((id) => known.has(id));
}

type Observed = { observed: RuleRow['observed']; note?: string };

function observedStatus(scenarios: RuleScenario[]): Observed {
  if (scenarios.length === 0) return { observed: 'not-verified', note: 'no scenario proves this rule' };
  const applicable = scenarios.filter((s) => !s.notApplicable);
  if (applicable.length === 0) return { observed: 'not-verified', note: 'every scenario of this rule asserts an alternative the profile did not declare' };
  const ran = applicable.filter((s) => s.status !== 'skipped');
  if (applicable.some((s) => s.status === 'failed')) return { observed: 'failed' };
  if (ran.length === 0) {
    const reasons = [...new Set(applicable.map((s) => s.reason ?? 'skipped'))];
    return { observed: 'not-verified', note: reasons.join('; ') };
  }
  if (ran.length < applicable.length) return { observed: 'passed', note: `${ran.length} of ${applicable.length} scenarios ran; the others were not verified` };
  return { observed: 'passed' };
}

/** The rule's status once its declared alternative is taken into account. */
function withDeclaredAlternative(rule: Rule, declared: DeclaredAlternative | undefined, scenarios: RuleScenario[], observed: Observed): Observed {
  if (!declared || declared.isDefault || observed.observed === 'failed') return observed;
  if (declared.statement === undefined) {
    return { observed: 'not-verified', note: `the profile declares ${declared.id}, which is not an alternative of ${rule.id}` };
  }
  if (scenarios.some((s) => s.variants?.includes(declared.id))) return observed;
  return { observed: 'alternative-declared', note: `the profile declares ${declared.id}; no scenario of this run asserts it` };
}

export function buildRuleMatrix(
  rules: Rule[],
  scenarios: ScenarioResult[],
  deviations: Deviation[],
  assumptions: Readonly<Record<string, string>> = {},
): RuleMatrix {
  const known = new Set(rules.map((r) => r.id));
  const owners = alternativeOwners(rules);
  const chosen = chosenAlternatives(rules, assumptions);
  const accepted = new Map(deviations.map((d) => [d.rule, d.justification]));
  const byRule = new Map<string, ScenarioResult[]>();
  for (const s of scenarios) for (const id of ruleIdsOf(s, known)) byRule.set(id, [...(byRule.get(id) ?? []), s]);
  const rows = rules.map((rule): RuleRow => {
    const mine = (byRule.get(rule.id) ?? []).map((s): RuleScenario => {
      const variants = variantsOf(s.tags).filter((variant) => owners.has(variant));
      const unchosen = unchosenVariants(s.tags, owners, chosen);
      return {
        key: s.key,
        name: s.name,
        status: s.status,
        ...(s.status === 'failed' && s.failure ? { reason: s.failure.reason } : {}),
        ...(s.status === 'skipped' && s.notVerified ? { reason: s.notVerified } : {}),
        ...(variants.length > 0 ? { variants } : {}),
        ...(unchosen.length > 0 ? { notApplicable: unchosen } : {}),
      };
    });
    const declared = declaredAlternative(rule, assumptions);
    const { observed, note } = withDeclaredAlternative(rule, declared, mine, observedStatus(mine));
    const justification = accepted.get(rule.id);
    const row: RuleRow = { ...rule, scenarios: mine, observed, status: observed };
    if (declared) row.declared = declared;
    if (note) row.note = note;
    if (justification !== undefined) {
      row.deviation = justification;
      // A deviation accepts a failure or a gap the approver knows about; a passing rule stays passed,
      // and a declared alternative is no gap.
      if (observed === 'failed' || observed === 'not-verified') row.status = 'accepted-deviation';
    }
    return row;
  });

  const unknownTags = (isUnknown: (tag: string) => boolean) => {
    const found = new Map<string, string[]>();
    for (const s of scenarios) for (const tag of s.tags) if (isUnknown(tag)) found.set(tag, [...(found.get(tag) ?? []), s.key]);
    return [...found].map(([tag, keys]) => ({ tag, scenarios: keys }));
  };
  return {
    rows,
    unknownRuleTags: unknownTags((tag) => ruleIdPattern.test(tag.slice(1)) && !known.has(tag.slice(1))).map((u) => ({ ...u, tag: u.tag.slice(1) })),
    unknownVariantTags: unknownTags((tag) => variantsOf([tag]).some((variant) => !owners.has(variant))),
    unknownDeviations: deviations.map((d) => d.rule).filter((id) => !known.has(id)),
    assumptionProblems: assumptionProblems(rules, assumptions),
  };
}

export interface Verdict {
  decision: 'GO' | 'NO-GO';
  /** Go-live rules that neither passed, nor are accepted deviations, nor hold to a declared alternative. */
  blocking: { id: string; title: string; status: RuleStatus }[];
}

const notBlocking: ReadonlySet<RuleStatus> = new Set(['passed', 'accepted-deviation', 'alternative-declared']);

/** GO only when every go-live rule passed, is an accepted deviation, or holds to a declared alternative. */
export function decideVerdict(rows: RuleRow[]): Verdict {
  const blocking = rows.filter((r) => r.goLive && !notBlocking.has(r.status)).map((r) => ({ id: r.id, title: r.title, status: r.status }));
  return { decision: blocking.length === 0 ? 'GO' : 'NO-GO', blocking };
}
