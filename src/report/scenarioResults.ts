// One result per executed scenario (last attempt when retried), from cucumber's messages:
// its outcome, the step that failed and why, the "not verified" (or "not applicable") note of a skipped scenario,
// and the evidence the steps attached.
import type { Envelope, GherkinStep, FeatureChild, StepResult, StepStatus } from './cucumberMessages.ts';

export type ScenarioStatus = 'passed' | 'failed' | 'skipped';

export interface ScenarioFailure {
  /** The step (keyword and text) or hook that failed. */
  step: string;
  /** Its error message without stack frames. */
  message: string;
  /** The first line of the message, for summaries. */
  reason: string;
  /** The scenario's steps in order with their outcome (hooks only when they failed): the failing one is marked. */
  steps?: { text: string; status: string }[];
}

export interface ScenarioResult {
  /** `uri:line` of the scenario (or of its example row): stable across runs and workers. */
  key: string;
  uri: string;
  line: number;
  feature: string;
  name: string;
  tags: string[];
  status: ScenarioStatus;
  failure?: ScenarioFailure;
  notVerified?: string;
  evidence: unknown[];
}

export interface SuiteOutcome {
  scenarios: ScenarioResult[];
  /** Problems outside any scenario: parse errors, failing BeforeAll/AfterAll hooks, an aborted run. */
  runErrors: string[];
  startedAt?: string;
  finishedAt?: string;
}

export const evidenceAttachmentName = 'mskit-evidence';

const worstFirst: StepStatus[] = ['FAILED', 'AMBIGUOUS', 'UNDEFINED', 'PENDING', 'SKIPPED', 'PASSED', 'UNKNOWN'];

interface StepNode {
  keyword: string;
  text: string;
}

function indexSteps(children: FeatureChild[], steps: Map<string, StepNode>, scenarioLines: Map<string, number>): void {
  const addSteps = (list: GherkinStep[]) => list.forEach((s) => steps.set(s.id, { keyword: s.keyword, text: s.text }));
  for (const child of children) {
    if (child.background) addSteps(child.background.steps);
    if (child.scenario) {
      addSteps(child.scenario.steps);
      scenarioLines.set(child.scenario.id, child.scenario.location.line);
      for (const examples of child.scenario.examples ?? []) {
        for (const row of examples.tableBody ?? []) scenarioLines.set(row.id, row.location.line);
      }
    }
    if (child.rule) indexSteps(child.rule.children, steps, scenarioLines);
  }
}

/** An error message reduced to what a reader needs: no stack frames, no trailing blank lines. */
export function withoutStack(message: string): string {
  return message
    .split('\n')
    .filter((line) => !/^\s+at\s/.test(line))
    .join('\n')
    .trim();
}

/** The message as one line: its first line, joined with the next while it announces more (ends in ':'). */
export function firstLine(message: string, max = 200): string {
  const lines = message.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  let line = lines[0] ?? '';
  for (let i = 1; i < lines.length && line.endsWith(':'); i += 1) line = `${line} ${lines[i]}`;
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function decodeBody(attachment: NonNullable<Envelope['attachment']>): string {
  return attachment.contentEncoding === 'BASE64' ? Buffer.from(attachment.body, 'base64').toString('utf8') : attachment.body;
}

function failureMessage(result: StepResult): string {
  // cucumber's `message` is the formatted stack for some errors; the exception carries the real text.
  const message = result.exception?.message || result.message || '';
  return withoutStack(message);
}

function timestampIso(ts: { seconds: number; nanos: number } | undefined): string | undefined {
  return ts ? new Date(ts.seconds * 1000 + Math.floor(ts.nanos / 1e6)).toISOString() : undefined;
}

export function scenarioResults(envelopes: Envelope[]): SuiteOutcome {
  const steps = new Map<string, StepNode>();
  const scenarioLines = new Map<string, number>();
  const featureNames = new Map<string, string>();
  const pickles = new Map<string, NonNullable<Envelope['pickle']>>();
  const hooks = new Map<string, NonNullable<Envelope['hook']>>();
  const testCases = new Map<string, NonNullable<Envelope['testCase']>>();
  const started: NonNullable<Envelope['testCaseStarted']>[] = [];
  const stepResults = new Map<string, Map<string, StepResult>>();
  const finished = new Map<string, boolean>();
  const attachments = new Map<string, NonNullable<Envelope['attachment']>[]>();
  const runErrors: string[] = [];
  let startedAt: string | undefined;
  let finishedAt: string | undefined;

  for (const e of envelopes) {
    if (e.gherkinDocument?.feature) {
      featureNames.set(e.gherkinDocument.uri, e.gherkinDocument.feature.name);
      indexSteps(e.gherkinDocument.feature.children, steps, scenarioLines);
    } else if (e.parseError) {
      runErrors.push(`parse error in ${e.parseError.source.uri ?? 'a feature file'}: ${firstLine(e.parseError.message)}`);
    } else if (e.pickle) pickles.set(e.pickle.id, e.pickle);
    else if (e.hook) hooks.set(e.hook.id, e.hook);
    else if (e.testCase) testCases.set(e.testCase.id, e.testCase);
    else if (e.testCaseStarted) started.push(e.testCaseStarted);
    else if (e.testStepFinished) {
      const byStep = stepResults.get(e.testStepFinished.testCaseStartedId) ?? new Map<string, StepResult>();
      byStep.set(e.testStepFinished.testStepId, e.testStepFinished.testStepResult);
      stepResults.set(e.testStepFinished.testCaseStartedId, byStep);
    } else if (e.testCaseFinished) finished.set(e.testCaseFinished.testCaseStartedId, e.testCaseFinished.willBeRetried);
    else if (e.attachment?.testCaseStartedId) {
      const list = attachments.get(e.attachment.testCaseStartedId) ?? [];
      list.push(e.attachment);
      attachments.set(e.attachment.testCaseStartedId, list);
    } else if (e.testRunStarted) startedAt = timestampIso(e.testRunStarted.timestamp);
    else if (e.testRunHookFinished && e.testRunHookFinished.result.status === 'FAILED') {
      runErrors.push(`a BeforeAll/AfterAll hook failed: ${firstLine(failureMessage(e.testRunHookFinished.result))}`);
    } else if (e.testRunFinished) {
      finishedAt = timestampIso(e.testRunFinished.timestamp);
      const reason = e.testRunFinished.exception?.message ?? e.testRunFinished.message;
      if (reason) runErrors.push(`the run stopped: ${firstLine(withoutStack(reason))}`);
    }
  }

  const scenarios: ScenarioResult[] = [];
  // By feature path, then by place in the file (pickles come in file order): the same whatever
  // order the paths were given in, and whichever lane or shard started each scenario when.
  const pickleOrder = new Map([...pickles.values()].map((pickle, i) => [pickle.id, i]));
  const placeOf = (attempt: (typeof started)[number]) => {
    const pickle = pickles.get(testCases.get(attempt.testCaseId)?.pickleId ?? '');
    return { uri: pickle?.uri ?? '', order: pickleOrder.get(pickle?.id ?? '') ?? 0 };
  };
  started.sort((a, b) => {
    const [x, y] = [placeOf(a), placeOf(b)];
    return x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : x.order - y.order;
  });
  for (const attempt of started) {
    if (finished.get(attempt.id) === true) continue; // an attempt that will be retried is not the result
    const testCase = testCases.get(attempt.testCaseId);
    const pickle = testCase && pickles.get(testCase.pickleId);
    if (!testCase || !pickle) continue;
    const line = pickle.location?.line ?? scenarioLines.get(pickle.astNodeIds[pickle.astNodeIds.length - 1] ?? '') ?? 0;
    const results = stepResults.get(attempt.id) ?? new Map<string, StepResult>();
    const stepLabel = (testStepId: string): string => {
      const testStep = testCase.testSteps.find((s) => s.id === testStepId);
      if (testStep?.pickleStepId) {
        const pickleStep = pickle.steps.find((s) => s.id === testStep.pickleStepId);
        const node = pickleStep && steps.get(pickleStep.astNodeIds[0] ?? '');
        return `${node?.keyword ?? ''}${pickleStep?.text ?? ''}`.trim();
      }
      const hook = testStep?.hookId ? hooks.get(testStep.hookId) : undefined;
      const isBefore = testCase.testSteps.findIndex((s) => s.id === testStepId) < testCase.testSteps.findIndex((s) => s.pickleStepId);
      const where = hook?.sourceReference?.uri ? ` (${hook.sourceReference.uri}:${hook.sourceReference.location?.line ?? '?'})` : '';
      return `${isBefore ? 'Before' : 'After'} hook${hook?.name ? ` "${hook.name}"` : ''}${where}`;
    };

    const ordered = testCase.testSteps.map((s) => ({ id: s.id, result: results.get(s.id) }));
    const statuses = ordered.map((s) => s.result?.status ?? 'UNKNOWN');
    const worst = worstFirst.find((status) => statuses.includes(status)) ?? 'PASSED';
    const notFinished = !finished.has(attempt.id);
    const status: ScenarioStatus = notFinished ? 'failed' : worst === 'PASSED' || worst === 'UNKNOWN' ? 'passed' : worst === 'SKIPPED' ? 'skipped' : 'failed';

    const own = attachments.get(attempt.id) ?? [];
    const evidence = own
      .filter((a) => a.fileName === evidenceAttachmentName)
      .map((a) => {
        const body = decodeBody(a);
        try {
          return JSON.parse(body) as unknown;
        } catch {
          return body;
        }
      });
    const notes = own
      .filter((a) => a.mediaType.startsWith('text/'))
      .map(decodeBody)
      // "not applicable": the runtime skipped a scenario asserting an alternative the profile did not declare.
      .filter((body) => /^not (verified|applicable)\b/i.test(body.trim()));

    const result: ScenarioResult = {
      key: `${pickle.uri}:${line}`,
      uri: pickle.uri,
      line,
      feature: featureNames.get(pickle.uri) ?? pickle.uri,
      name: pickle.name,
      tags: pickle.tags.map((t) => t.name),
      status,
      evidence,
    };
    if (status === 'failed') {
      const culprit = ordered.find((s) => s.result?.status === worst);
      if (notFinished && !culprit) {
        const message = 'the scenario did not finish (the worker stopped or the run was aborted)';
        result.failure = { step: '(none)', message, reason: message };
      } else if (culprit?.result) {
        const label = stepLabel(culprit.id);
        const message =
          worst === 'UNDEFINED'
            ? `no step definition matches "${label}"`
            : worst === 'PENDING'
              ? `step "${label}" is pending (not implemented yet)`
              : failureMessage(culprit.result) || `step ended ${worst.toLowerCase()}`;
        const steps = ordered
          .filter((s) => testCase.testSteps.find((t) => t.id === s.id)?.pickleStepId || s.id === culprit.id)
          .map((s) => ({ text: stepLabel(s.id), status: (s.result?.status ?? 'UNKNOWN').toLowerCase() }));
        result.failure = { step: label, message, reason: firstLine(message), steps };
      }
    }
    if (status === 'skipped') result.notVerified = notes[0]?.trim() ?? 'not verified: the scenario was skipped';
    scenarios.push(result);
  }
  return { scenarios, runErrors, startedAt, finishedAt };
}
