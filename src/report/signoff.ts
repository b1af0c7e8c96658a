// The sign-off report as data (signoff.json): what was tested, with which inputs, the rule matrix,
// the verdict and the evidence of every failure. Pure: the caller gathers files and digests.
import { errorCodesSeen, type SituationCodes } from './errorCodesSeen.ts';
import type { Envelope } from './cucumberMessages.ts';
import type { Deviation } from './deviations.ts';
import type { FileDigest } from './fileDigest.ts';
import type { KitProvenance, Subject, TreeDigest } from './provenance.ts';
import { redactEvidence } from './redactEvidence.ts';
import type { RuleCatalogue } from './ruleCatalogue.ts';
import { buildRuleMatrix, decideVerdict, ruleIdsOf, ruleStatuses, type RuleRow, type RuleStatus, type Verdict } from './ruleMatrix.ts';
import { scenarioResults, type ScenarioStatus } from './scenarioResults.ts';

export interface TargetSummary {
  kind: string;
  /** The target as its resolver describes it, without secrets (re-checked here anyway). */
  description: unknown;
  capabilities: Record<string, boolean>;
}

export interface SignoffInputs {
  runId: string;
  runName?: string;
  generatedAt: string;
  kit: KitProvenance;
  /** What the run is: a sign-off of a named implementation, or a check of the kit against its own sandbox. */
  subject: Subject;
  /** Whether the package is signed, and by which key (its fingerprint). */
  seal: Seal;
  target: TargetSummary;
  envelopes: Envelope[];
  catalogue: RuleCatalogue;
  deviations: Deviation[];
  /** The merged profile's `assumptions` map: rule id → the alternative the implementation declared. */
  assumptions?: Record<string, string>;
  digests: {
    contracts: FileDigest[];
    catalogue: FileDigest;
    profile: FileDigest;
    /** The profile the suite ran with: the implementation's partial profile merged over the default. */
    profileMerged: { sha256: string };
    deviations: FileDigest | null;
    features: TreeDigest;
    steps: TreeDigest;
  };
  /** Tag expression and worker count the suite ran with, for the record. */
  selection?: { tags?: string; parallel?: number };
  /** Secret values of this run (client secrets…): none may appear anywhere in the report. */
  knownSecrets?: string[];
}

export type Seal =
  | { signed: true; algorithm: 'ed25519'; keyFingerprint: string }
  | { signed: false; note: string };

export interface FailureEvidence {
  key: string;
  feature: string;
  name: string;
  ruleIds: string[];
  step: string;
  message: string;
  /** Every step of the scenario with its outcome, the failing one among them. */
  steps: { text: string; status: string }[];
  evidence: unknown[];
}

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  total: number;
}

export interface SignoffReport {
  format: 'mskit-signoff/1';
  runId: string;
  runName?: string;
  generatedAt: string;
  run: { startedAt?: string; finishedAt?: string; tags?: string; parallel?: number };
  kit: KitProvenance;
  subject: Subject;
  seal: Seal;
  target: TargetSummary;
  inputs: SignoffInputs['digests'] & { catalogueVersion: unknown };
  counts: { scenarios: Counts; rules: Record<RuleStatus, number>; goLiveRules: Record<RuleStatus, number> };
  verdict: Verdict;
  /** The alternatives the profile declared (rules left out hold to their catalogue default). */
  assumptions: Record<string, string>;
  rules: RuleRow[];
  /** The error codes the target answered, per situation (interface §2: stable; §8: its own names). */
  errorCodes: SituationCodes[];
  scenarios: { key: string; feature: string; name: string; ruleIds: string[]; status: ScenarioStatus; reason?: string }[];
  failures: FailureEvidence[];
  warnings: string[];
  /** How many secrets the report's own re-check had to hide (should be 0: the runtime redacts first). */
  redactionRecheck: { redactions: number };
}

function countStatuses(rows: RuleRow[]): Record<RuleStatus, number> {
  const counts = Object.fromEntries(ruleStatuses.map((status) => [status, 0])) as Record<RuleStatus, number>;
  rows.forEach((r) => (counts[r.status] += 1));
  return counts;
}

export function buildSignoff(inputs: SignoffInputs): SignoffReport {
  const secrets = inputs.knownSecrets ?? [];
  let redactions = 0;
  const scrub = <T>(value: T): T => {
    const result = redactEvidence(value, secrets);
    redactions += result.redactions;
    return result.value;
  };
  // Everything taken from the run is re-checked once, before any part of the report is built from it.
  const outcome = scenarioResults(inputs.envelopes);
  const results = outcome.scenarios.map((s) => ({
    ...s,
    evidence: scrub(s.evidence),
    ...(s.failure ? { failure: scrub(s.failure) } : {}),
    ...(s.notVerified ? { notVerified: scrub(s.notVerified) } : {}),
  }));
  const assumptions = inputs.assumptions ?? {};
  const matrix = buildRuleMatrix(inputs.catalogue.rules, results, inputs.deviations, assumptions);
  const known = new Set(inputs.catalogue.rules.map((r) => r.id));

  const failures = results
    .filter((s) => s.status === 'failed')
    .map((s): FailureEvidence => ({
      key: s.key,
      feature: s.feature,
      name: s.name,
      ruleIds: ruleIdsOf(s, known),
      step: s.failure?.step ?? '(unknown step)',
      message: s.failure?.message ?? 'no error message was recorded',
      steps: s.failure?.steps ?? [],
      evidence: s.evidence,
    }));

  const scenarios = results.map((s) => ({
    key: s.key,
    feature: s.feature,
    name: s.name,
    ruleIds: ruleIdsOf(s, known),
    status: s.status,
    ...(s.status === 'failed' && s.failure ? { reason: s.failure.reason } : {}),
    ...(s.status === 'skipped' && s.notVerified ? { reason: s.notVerified } : {}),
  }));

  const warnings = [
    ...outcome.runErrors.map(scrub),
    ...matrix.unknownRuleTags.map((u) => `tag @${u.tag} names no rule of the catalogue (${u.scenarios.join(', ')})`),
    ...matrix.unknownVariantTags.map((u) => `tag ${u.tag} names no alternative of the catalogue (${u.scenarios.join(', ')})`),
    ...matrix.assumptionProblems,
    ...matrix.unknownDeviations.map((id) => `deviation ${id} names no rule of the catalogue: it was ignored`),
    ...scenarios.filter((s) => s.ruleIds.length === 0).map((s) => `scenario ${s.key} "${s.name}" is tagged with no catalogue rule`),
    ...(results.length === 0 ? [`no scenario ran${inputs.selection?.tags ? ` (selection: ${inputs.selection.tags})` : ''}: every rule is not verified`] : []),
  ];
  const count = (status: ScenarioStatus) => results.filter((s) => s.status === status).length;
  const target = scrub(inputs.target);
  if (redactions > 0) {
    warnings.push(`the report hid ${redactions} secret value(s) the evidence still carried: check the runtime's redaction`);
  }

  return {
    format: 'mskit-signoff/1',
    runId: inputs.runId,
    ...(inputs.runName ? { runName: inputs.runName } : {}),
    generatedAt: inputs.generatedAt,
    run: { startedAt: outcome.startedAt, finishedAt: outcome.finishedAt, ...inputs.selection },
    kit: inputs.kit,
    subject: inputs.subject,
    seal: inputs.seal,
    target,
    inputs: { ...inputs.digests, catalogueVersion: inputs.catalogue.version },
    counts: {
      scenarios: { passed: count('passed'), failed: count('failed'), skipped: count('skipped'), total: results.length },
      rules: countStatuses(matrix.rows),
      goLiveRules: countStatuses(matrix.rows.filter((r) => r.goLive)),
    },
    verdict: decideVerdict(matrix.rows),
    assumptions,
    rules: matrix.rows,
    errorCodes: errorCodesSeen(results.flatMap((s) => s.evidence)),
    scenarios,
    failures,
    warnings,
    redactionRecheck: { redactions },
  };
}
