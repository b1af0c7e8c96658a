// From Pact's verification results (the JSON its native verifier answers) to the kit's lines: one
// per failed interaction, naming it and saying why, in the kit's words when a state or a message
// could not be produced; the interactions left out as not verified; a verdict with the time taken.
import type { NotVerified } from './pactSelection.ts';
import type { VerificationContext } from './verificationContext.ts';

interface Mismatch {
  type?: string;
  path?: string;
  mismatch?: string;
  expected?: unknown;
  actual?: unknown;
}

interface VerifierError {
  interaction?: string;
  mismatch?: { type?: string; message?: string; mismatches?: Mismatch[] };
}

export interface VerifierResults {
  result?: boolean;
  errors?: VerifierError[];
  interactionResults?: { description?: string; result?: string }[];
  output?: string[];
}

export interface FailedInteraction {
  description: string;
  reason: string;
}

export interface VerificationOutcome {
  ok: boolean;
  passed: string[];
  failed: FailedInteraction[];
  notVerified: NotVerified[];
  lines: string[];
}

const capabilityWords: Partial<Record<string, string>> = {
  simulation: 'the simulation API (target.simulationBaseUrl)',
  webhooks: "webhook delivery to the kit's receiver",
};

const stripColours = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** The status first, then headers, then the body: the order a reader checks an answer in. */
function mismatchOrder(mismatch: Mismatch): number {
  return ['StatusMismatch', 'HeaderMismatch'].indexOf(mismatch.type ?? '') + 1 || 3;
}

function describeMismatch(mismatch: Mismatch): string {
  const text = stripColours(mismatch.mismatch ?? mismatch.type ?? 'mismatch');
  if (mismatch.type === 'StatusMismatch') return `status ${String(mismatch.actual)} instead of ${String(mismatch.expected)}`;
  return mismatch.path ? `${mismatch.path}: ${text}` : text;
}

function reasonOf(error: VerifierError | undefined, description: string, stateName: string | undefined, context: VerificationContext): string {
  const message = context.messageFailure(description);
  if (message) return `the target did not emit it: ${message}`;
  const stateFailure = stateName ? context.stateFailure(stateName) : undefined;
  const detail = error?.mismatch;
  if (stateFailure && (detail?.type !== 'mismatches' || !detail.mismatches?.length)) return `the provider state "${stateName}" could not be set up: ${stateFailure}`;
  if (detail?.mismatches?.length) {
    const shown = [...detail.mismatches].sort((a, b) => mismatchOrder(a) - mismatchOrder(b)).slice(0, 3).map(describeMismatch);
    const more = detail.mismatches.length > 3 ? ` (and ${detail.mismatches.length - 3} more)` : '';
    return `${shown.join('; ')}${more}`;
  }
  return stripColours(detail?.message ?? 'failed (see the verifier report)').split('\n')[0];
}

export function outcomeOf(results: VerifierResults, notVerified: NotVerified[], context: VerificationContext, statesOf: (description: string) => string | undefined): VerificationOutcome {
  const passed: string[] = [];
  const failed: FailedInteraction[] = [];
  for (const interaction of results.interactionResults ?? []) {
    const description = interaction.description ?? '(unnamed interaction)';
    if (interaction.result === 'OK') {
      passed.push(description);
      continue;
    }
    const error = (results.errors ?? []).find((candidate) => candidate.interaction?.endsWith(` - ${description}`) || candidate.interaction === description);
    failed.push({ description, reason: reasonOf(error, description, statesOf(description), context) });
  }
  const lines = [
    ...failed.map((failure) => `FAILED  ${failure.description}: ${failure.reason}`),
    ...notVerified.map((skipped) => `not verified  ${skipped.description}: needs ${skipped.missing.map((need) => capabilityWords[need] ?? need).join(' and ')}, which this target does not offer`),
  ];
  return { ok: failed.length === 0 && passed.length > 0, passed, failed, notVerified, lines };
}

/** The last line: the verdict, the counts, the time taken. */
export function verdictLine(outcome: VerificationOutcome, durationMs: number): string {
  const seconds = (durationMs / 1000).toFixed(1);
  const total = outcome.passed.length + outcome.failed.length + outcome.notVerified.length;
  if (total === 0) return `nothing verified: the pact source has no interaction for this provider (${seconds} s)`;
  if (outcome.passed.length + outcome.failed.length === 0) return `nothing verified: none of the ${total} interactions can be set up on this target (${seconds} s)`;
  const verdict = outcome.ok ? 'verified' : 'verification FAILED';
  return `${verdict}: ${outcome.passed.length} passed, ${outcome.failed.length} failed, ${outcome.notVerified.length} not verified of ${total} interactions (${seconds} s)`;
}
