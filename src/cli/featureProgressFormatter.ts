// A cucumber formatter for logs without a terminal (CI): one line per feature as soon as its last
// scenario finishes, with its counts and time, and the failing scenarios under it. cucumber's own
// `progress` prints dots that a CI log shows only as one line at the end.
// A cucumber-js formatter plugin: `--format ./src/cli/featureProgressFormatter.ts`, used by
// `mskit run` when stdout is not a TTY and by the `ci` profile of cucumber.js.
import type { Envelope, TestStepResultStatus, Timestamp } from '@cucumber/messages';

type Status = `${TestStepResultStatus}`;

interface FeatureTally {
  name: string;
  /** Scenarios selected in this feature (cucumber emits a pickle only for a selected scenario). */
  scenarios: number;
  finished: number;
  passed: number;
  failed: number;
  skipped: number;
  startedAt?: number;
  finishedAt?: number;
  failures: string[];
  printed: boolean;
}

interface Attempt {
  uri: string;
  pickleName: string;
  pickleLine: string;
  worst: Status;
}

/** Worse first: the scenario's status is its worst step's. */
const severity: Status[] = ['FAILED', 'AMBIGUOUS', 'UNDEFINED', 'PENDING', 'UNKNOWN', 'SKIPPED', 'PASSED'];

const millis = ({ seconds, nanos }: Timestamp) => seconds * 1000 + nanos / 1e6;

function featureLine(uri: string, feature: FeatureTally): string {
  const seconds = feature.startedAt !== undefined && feature.finishedAt !== undefined ? ` (${((feature.finishedAt - feature.startedAt) / 1000).toFixed(1)} s)` : '';
  const mark = feature.failed > 0 ? '✗' : '✓';
  const counts = `${feature.passed} passed, ${feature.failed} failed${feature.skipped > 0 ? `, ${feature.skipped} skipped` : ''}`;
  const failures = feature.failures.map((failure) => `\n    ✗ ${failure}`).join('');
  return `${mark} ${uri}${feature.name ? ` (${feature.name})` : ''}: ${counts}${seconds}${failures}\n`;
}

/** The formatter's state machine, apart from cucumber's plumbing so that it can be fed envelopes directly. */
export class FeatureProgress {
  private readonly features = new Map<string, FeatureTally>();
  private readonly featureNames = new Map<string, string>();
  private readonly pickles = new Map<string, { uri: string; name: string; line: string }>();
  private readonly testCases = new Map<string, string>();
  private readonly attempts = new Map<string, Attempt>();

  constructor(private readonly write: (text: string) => void) {}

  private feature(uri: string): FeatureTally {
    let feature = this.features.get(uri);
    if (!feature) {
      feature = { name: this.featureNames.get(uri) ?? '', scenarios: 0, finished: 0, passed: 0, failed: 0, skipped: 0, failures: [], printed: false };
      this.features.set(uri, feature);
    }
    return feature;
  }

  private print(uri: string, feature: FeatureTally): void {
    feature.printed = true;
    this.write(featureLine(uri, feature));
  }

  read(envelope: Envelope): void {
    if (envelope.gherkinDocument?.uri && envelope.gherkinDocument.feature) {
      this.featureNames.set(envelope.gherkinDocument.uri, envelope.gherkinDocument.feature.name);
    } else if (envelope.pickle) {
      const { id, uri, name, location } = envelope.pickle;
      this.pickles.set(id, { uri, name, line: location ? `${uri}:${location.line}` : uri });
      this.feature(uri).scenarios += 1;
    } else if (envelope.testCase) {
      this.testCases.set(envelope.testCase.id, envelope.testCase.pickleId);
    } else if (envelope.testCaseStarted) {
      const pickle = this.pickles.get(this.testCases.get(envelope.testCaseStarted.testCaseId) ?? '');
      if (!pickle) return;
      this.attempts.set(envelope.testCaseStarted.id, { uri: pickle.uri, pickleName: pickle.name, pickleLine: pickle.line, worst: 'PASSED' });
      const feature = this.feature(pickle.uri);
      feature.startedAt ??= millis(envelope.testCaseStarted.timestamp);
    } else if (envelope.testStepFinished) {
      const attempt = this.attempts.get(envelope.testStepFinished.testCaseStartedId);
      const status = envelope.testStepFinished.testStepResult.status as Status;
      if (attempt && severity.indexOf(status) < severity.indexOf(attempt.worst)) attempt.worst = status;
    } else if (envelope.testCaseFinished) {
      const attempt = this.attempts.get(envelope.testCaseFinished.testCaseStartedId);
      if (!attempt || envelope.testCaseFinished.willBeRetried) return;
      const feature = this.feature(attempt.uri);
      feature.finished += 1;
      feature.finishedAt = millis(envelope.testCaseFinished.timestamp);
      if (attempt.worst === 'PASSED') feature.passed += 1;
      else if (attempt.worst === 'SKIPPED') feature.skipped += 1;
      else {
        feature.failed += 1;
        feature.failures.push(`${attempt.pickleName} (${attempt.pickleLine})${attempt.worst === 'FAILED' ? '' : `: ${attempt.worst.toLowerCase()}`}`);
      }
      if (feature.finished === feature.scenarios) this.print(attempt.uri, feature);
    } else if (envelope.testRunFinished) {
      this.finish();
    }
  }

  /** The run's end: a run stopped early (--fail-fast, an interrupted worker) still accounts for what did run. */
  finish(): void {
    for (const [uri, feature] of this.features) if (!feature.printed && feature.finished > 0) this.print(uri, feature);
  }
}

export default {
  type: 'formatter' as const,
  formatter({ on, write }: { on: (event: 'message', handler: (envelope: Envelope) => void) => void; write: (text: string) => void }) {
    const progress = new FeatureProgress(write);
    on('message', (envelope) => progress.read(envelope));
  },
};
