// The CI progress formatter, fed cucumber messages directly: one line per feature when its last
// scenario finishes (features interleave under --parallel), a retried attempt counted once, and a
// run stopped early still accounting for what ran.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Envelope } from '@cucumber/messages';
import { FeatureProgress } from '../../src/cli/featureProgressFormatter.ts';

const at = (seconds: number) => ({ seconds, nanos: 0 });

function feature(uri: string, name: string, scenarios: string[]): Envelope[] {
  return [
    { gherkinDocument: { uri, feature: { name }, comments: [] } },
    ...scenarios.map((scenario, i) => ({ pickle: { id: `${uri}#${i}`, uri, name: scenario, location: { line: 10 + i }, steps: [], tags: [], astNodeIds: [], language: 'en' } })),
    ...scenarios.map((_, i) => ({ testCase: { id: `tc:${uri}#${i}`, pickleId: `${uri}#${i}`, testSteps: [] } })),
  ] as unknown as Envelope[];
}

function attempt(id: string, testCase: string, status: string, started: number, finished: number, willBeRetried = false): Envelope[] {
  return [
    { testCaseStarted: { id, testCaseId: `tc:${testCase}`, attempt: 0, timestamp: at(started) } },
    { testStepFinished: { testCaseStartedId: id, testStepId: 's', testStepResult: { status: 'PASSED' }, timestamp: at(finished) } },
    { testStepFinished: { testCaseStartedId: id, testStepId: 's2', testStepResult: { status }, timestamp: at(finished) } },
    { testCaseFinished: { testCaseStartedId: id, timestamp: at(finished), willBeRetried } },
  ] as unknown as Envelope[];
}

test('one line per feature as its last scenario finishes, failures under it, a retry counted once', () => {
  const lines: string[] = [];
  const progress = new FeatureProgress((text) => lines.push(text));
  const envelopes = [
    ...feature('features/a.feature', 'Orders', ['first', 'second']),
    ...feature('features/b.feature', 'Payouts', ['only']),
    ...attempt('1', 'features/a.feature#0', 'PASSED', 0, 1),
    ...attempt('2', 'features/b.feature#0', 'FAILED', 0, 2, true),
    ...attempt('3', 'features/b.feature#0', 'FAILED', 2, 3),
    ...attempt('4', 'features/a.feature#1', 'SKIPPED', 1, 4),
  ];
  for (const envelope of envelopes) progress.read(envelope);
  assert.deepEqual(lines, [
    '✗ features/b.feature (Payouts): 0 passed, 1 failed (3.0 s)\n    ✗ only (features/b.feature:10)\n',
    '✓ features/a.feature (Orders): 1 passed, 0 failed, 1 skipped (4.0 s)\n',
  ]);
});

test('a run stopped early prints the features that had started', () => {
  const lines: string[] = [];
  const progress = new FeatureProgress((text) => lines.push(text));
  for (const envelope of [...feature('features/a.feature', 'Orders', ['first', 'second']), ...attempt('1', 'features/a.feature#0', 'UNDEFINED', 0, 1)]) progress.read(envelope);
  assert.deepEqual(lines, []);
  progress.read({ testRunFinished: { success: false, timestamp: at(2) } } as unknown as Envelope);
  assert.deepEqual(lines, ['✗ features/a.feature (Orders): 0 passed, 1 failed (1.0 s)\n    ✗ first (features/a.feature:10): undefined\n']);
});
