// Joins the catalogue to the scenarios that ran: each rule gets the scenarios tagged with its id and
// one aggregated status. A skipped scenario never counts as a pass.
import type { Deviation } from './deviations.ts';
import { ruleIdPattern, type Rule } from './ruleCatalogue.ts';
import type { ScenarioResult, ScenarioStatus } from './scenarioResults.ts';

export type RuleStatus = 'passed' | 'failed' | 'not-verified' | 'accepted-deviation';

export interface RuleScenario {
  key: string;
  name: string;
  status: ScenarioStatus;
  reason?: string;
}

export interface RuleRow extends Rule {
  scenarios: RuleScenario[];
  status: RuleStatus;
  /** What the run itself showed, before any deviation was applied. */
  observed: Exclude<RuleStatus, 'accepted-deviation'>;
  deviation?: string;
  /** Why a rule is not verified, or how much of it was. */
  note?: string;
}

export interface RuleMatrix {
  rows: RuleRow[];
  /** Tags shaped like rule ids that name no catalogue rule (a typo in a feature, or a removed rule). */
  unknownRuleTags: { tag: string; scenarios: string[] }[];
  /** Deviations naming no catalogue rule. */
  unknownDeviations: string[];
}

export function ruleIdsOf(scenario: ScenarioResult, known: ReadonlySet<string>): string[] {
  return scenario.tags.map((t) => t.replace(/^@/, '')).filter((id) => known.has(id));
}

function observedStatus(scenarios: RuleScenario[]): { observed: RuleRow['observed']; note?: string } {
  if (scenarios.length === 0) return { observed: 'not-verified', note: 'no scenario proves this rule' };
  const ran = scenarios.filter((s) => s.status !== 'skipped');
  if (scenarios.some((s) => s.status === 'failed')) return { observed: 'failed' };
  if (ran.length === 0) {
    const reasons = [...new Set(scenarios.map((s) => s.reason ?? 'skipped'))];
    return { observed: 'not-verified', note: reasons.join('; ') };
  }
  if (ran.length < scenarios.length) return { observed: 'passed', note: `${ran.length} of ${scenarios.length} scenarios ran; the others were not verified` };
  return { observed: 'passed' };
}

export function buildRuleMatrix(rules: Rule[], scenarios: ScenarioResult[], deviations: Deviation[]): RuleMatrix {
  const known = new Set(rules.map((r) => r.id));
  const accepted = new Map(deviations.map((d) => [d.rule, d.justification]));
  const byRule = new Map<string, ScenarioResult[]>();
  for (const s of scenarios) for (const id of ruleIdsOf(s, known)) byRule.set(id, [...(byRule.get(id) ?? []), s]);
  const rows = rules.map((rule): RuleRow => {
    const mine = (byRule.get(rule.id) ?? [])
      .map((s): RuleScenario => ({
        key: s.key,
        name: s.name,
        status: s.status,
        ...(s.status === 'failed' && s.failure ? { reason: s.failure.reason } : {}),
        ...(s.status === 'skipped' && s.notVerified ? { reason: s.notVerified } : {}),
      }));
    const { observed, note } = observedStatus(mine);
    const justification = accepted.get(rule.id);
    const row: RuleRow = { ...rule, scenarios: mine, observed, status: observed };
    if (note) row.note = note;
    if (justification !== undefined) {
      row.deviation = justification;
      // A deviation accepts a failure or a gap the approver knows about; a passing rule stays passed.
      if (observed !== 'passed') row.status = 'accepted-deviation';
    }
    return row;
  });

  const unknown = new Map<string, string[]>();
  for (const s of scenarios) {
    for (const tag of s.tags.map((t) => t.replace(/^@/, ''))) {
      if (ruleIdPattern.test(tag) && !known.has(tag)) unknown.set(tag, [...(unknown.get(tag) ?? []), s.key]);
    }
  }
  return {
    rows,
    unknownRuleTags: [...unknown].map(([tag, keys]) => ({ tag, scenarios: keys })),
    unknownDeviations: deviations.map((d) => d.rule).filter((id) => !known.has(id)),
  };
}

export interface Verdict {
  decision: 'GO' | 'NO-GO';
  /** Go-live rules that neither passed nor are accepted deviations. */
  blocking: { id: string; title: string; status: RuleStatus }[];
}

/** GO only when every go-live rule passed or is an accepted deviation. */
export function decideVerdict(rows: RuleRow[]): Verdict {
  const blocking = rows
    .filter((r) => r.goLive && r.status !== 'passed' && r.status !== 'accepted-deviation')
    .map((r) => ({ id: r.id, title: r.title, status: r.status }));
  return { decision: blocking.length === 0 ? 'GO' : 'NO-GO', blocking };
}
