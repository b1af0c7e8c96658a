// Light packages: a passing scenario keeps its evidence in brief (one line per exchange: method,
// path, status, timing; webhooks counted by type; the error codes the report tallies), a failing one keeps
// everything, so that the reports stay small and the evidence an approver needs stays whole.
import type { Envelope, StepStatus } from './cucumberMessages.ts';
import { evidenceAttachmentName } from './scenarioResults.ts';

export type EvidenceLevel = 'brief' | 'full';

const failing: ReadonlySet<StepStatus> = new Set(['FAILED', 'AMBIGUOUS', 'UNDEFINED', 'PENDING', 'UNKNOWN']);

interface FullEvidence {
  scenario?: unknown;
  startedAt?: unknown;
  exchanges?: { api?: unknown; method?: unknown; url?: unknown; operationId?: unknown; durationMs?: unknown; response?: { status?: unknown }; problem?: unknown }[];
  webhooks?: { received?: { id?: unknown; type?: unknown }[]; refused?: { type?: unknown; reason?: unknown }[] };
  errorCodes?: unknown;
  brief?: unknown;
}

interface BriefEvidence {
  brief: string;
  scenario: unknown;
  exchanges: string[];
  webhooks: { receivedByType: Record<string, number>; refused: unknown[] };
  /** Kept whole: the report tallies the error codes of every scenario, passed or not. */
  errorCodes: unknown;
}

/** `POST /orders → 201 createOrder 12ms`: the path alone, the target's origin is in the report once. */
function exchangeLine(x: NonNullable<FullEvidence['exchanges']>[number]): string {
  let path = String(x.url ?? '');
  try {
    const url = new URL(path);
    path = url.pathname + url.search;
  } catch {
    // not an absolute URL: shown as recorded
  }
  return [x.method, path, '→', x.response?.status ?? x.problem ?? 'no answer', x.operationId, typeof x.durationMs === 'number' ? `${x.durationMs}ms` : undefined].filter((p) => p !== undefined && p !== '').join(' ');
}

export function briefOf(evidence: FullEvidence): FullEvidence | BriefEvidence {
  if (evidence.brief) return evidence;
  const received: Record<string, number> = {};
  for (const w of evidence.webhooks?.received ?? []) received[String(w.type)] = (received[String(w.type)] ?? 0) + 1;
  return {
    brief: 'passed: evidence in brief (--evidence full keeps it all)',
    scenario: evidence.scenario,
    exchanges: (evidence.exchanges ?? []).map(exchangeLine),
    webhooks: { receivedByType: received, refused: evidence.webhooks?.refused ?? [] },
    errorCodes: evidence.errorCodes,
  };
}

/** The attempts that passed (every step passed or was skipped): their evidence may go brief. */
function passedAttempts(envelopes: readonly Envelope[]): Set<string> {
  const finished = new Set<string>();
  const failed = new Set<string>();
  for (const e of envelopes) {
    if (e.testStepFinished && failing.has(e.testStepFinished.testStepResult.status)) failed.add(e.testStepFinished.testCaseStartedId);
    else if (e.testCaseFinished) finished.add(e.testCaseFinished.testCaseStartedId);
  }
  return new Set([...finished].filter((id) => !failed.has(id)));
}

export function withEvidenceLevel(envelopes: readonly Envelope[], level: EvidenceLevel): Envelope[] {
  if (level === 'full') return [...envelopes];
  const passed = passedAttempts(envelopes);
  return envelopes.map((e) => {
    const a = e.attachment;
    if (!a || a.fileName !== evidenceAttachmentName || !a.testCaseStartedId || !passed.has(a.testCaseStartedId)) return e;
    const text = a.contentEncoding === 'BASE64' ? Buffer.from(a.body, 'base64').toString('utf8') : a.body;
    let evidence: FullEvidence;
    try {
      evidence = JSON.parse(text) as FullEvidence;
    } catch {
      return e;
    }
    return { ...e, attachment: { ...a, contentEncoding: 'IDENTITY', body: JSON.stringify(briefOf(evidence)) } };
  });
}
