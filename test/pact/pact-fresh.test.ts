import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeConsumerPact } from '../../src/pact/consumer/writeConsumerPact.ts';
import { committedPactFile } from '../../src/pact/pactParties.ts';
import { pactDifferences, type PactFile } from '../../src/pact/pactFreshness.ts';

const readPact = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as PactFile;

test('the committed pact is what the consumer tests write (run npm run pact:consumer when this fails)', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mskit-pact-fresh-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const summary = await writeConsumerPact(dir);
  const fresh = readPact(summary.file);
  assert.equal(fresh.interactions?.length, summary.http + summary.messages);
  assert.deepEqual(pactDifferences(readPact(committedPactFile), fresh), []);
});

test('a changed, a missing and an extra interaction are each reported', () => {
  const committed = readPact(committedPactFile);
  const [first, second, ...rest] = committed.interactions ?? [];
  const changed = structuredClone(first);
  changed.pending = true;
  const extra = { ...structuredClone(second), description: 'an interaction nobody writes any more' };
  const stale: PactFile = { ...committed, metadata: { ...committed.metadata }, interactions: [changed, ...rest, extra] };
  const differences = pactDifferences(stale, committed);
  assert.deepEqual(
    differences.map((line) => line.split(':')[0]),
    ['changed', 'missing', 'no longer written'],
  );
  assert.match(differences[1], new RegExp(String(second.description).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
});

test('tool versions in the metadata do not make the pact stale', () => {
  const committed = readPact(committedPactFile);
  const rebuilt = { ...committed, metadata: { ...committed.metadata, 'pact-js': { version: '99.0.0' } } } as PactFile;
  assert.deepEqual(pactDifferences(committed, rebuilt), []);
  const otherSpec = { ...committed, metadata: { pactSpecification: { version: '3.0.0' } } };
  assert.deepEqual(pactDifferences(committed, otherSpec), ['pact specification 4.0 instead of 3.0.0']);
});
