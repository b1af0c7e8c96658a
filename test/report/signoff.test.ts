import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readEnvelopes } from '../../src/report/cucumberMessages.ts';
import { parseDeviations } from '../../src/report/deviations.ts';
import { loadRuleCatalogue } from '../../src/report/ruleCatalogue.ts';
import { buildSignoff, type SignoffInputs } from '../../src/report/signoff.ts';
import { renderSignoffHtml } from '../../src/report/signoffHtml.ts';
import { scenarioResults } from '../../src/report/scenarioResults.ts';
import { fixtureProvenance } from './fixtures/provenance.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const envelopes = await readEnvelopes(fixture('messages.ndjson'));
const catalogue = await loadRuleCatalogue(fixture('rules.yaml'));

function signoff(deviationsYaml = '', extra: Partial<SignoffInputs> = {}) {
  return buildSignoff({
    runId: 'run-test-1',
    generatedAt: '2026-11-23T10:00:00.000Z',
    ...fixtureProvenance,
    target: { kind: 'url', description: { apiBaseUrl: 'https://uat.example.test/api' }, capabilities: { simulation: false, webhooks: true } },
    envelopes,
    catalogue,
    deviations: parseDeviations(deviationsYaml, 'deviations.yaml'),
    knownSecrets: ['fixture-client-secret', 'whsec-fixture-known'],
    ...extra,
  });
}

const statusOf = (report: ReturnType<typeof signoff>, id: string) => report.rules.find((r) => r.id === id)?.status;

test('scenario results come from the messages: outcome, failing step, not-verified note, evidence', () => {
  const { scenarios } = scenarioResults(envelopes);
  assert.deepEqual(
    scenarios.map((s) => [s.key, s.status]),
    [
      ['features/payments.feature:4', 'passed'],
      ['features/payments.feature:9', 'failed'],
      ['features/payments.feature:14', 'failed'],
      ['features/payments.feature:19', 'skipped'],
      ['features/payments.feature:24', 'failed'],
    ],
  );
  const failed = scenarios[1];
  assert.equal(failed.failure?.step, 'Then the answer is fine');
  assert.match(failed.failure?.reason ?? '', /expected a 2xx answer from createOrder, got 500/);
  assert.doesNotMatch(failed.failure?.message ?? '', /^\s+at /m, 'no stack frames');
  assert.equal(scenarios[3].notVerified, 'not verified: the target has no simulation API');
  assert.equal(failed.evidence.length, 1);
});

test('a failing go-live rule and a skipped one make the verdict NO-GO, naming both', () => {
  const report = signoff();
  assert.equal(report.verdict.decision, 'NO-GO');
  assert.deepEqual(
    report.verdict.blocking.map((b) => [b.id, b.status]),
    [
      ['FIX-FAIL', 'failed'],
      ['FIX-DEV', 'failed'],
      ['FIX-SKIP', 'not-verified'],
    ],
  );
  assert.equal(statusOf(report, 'FIX-PASS'), 'passed');
  assert.equal(statusOf(report, 'FIX-NONE'), 'not-verified');
  assert.equal(report.rules.find((r) => r.id === 'FIX-NONE')?.note, 'no scenario proves this rule');
  assert.equal(report.rules.find((r) => r.id === 'FIX-SKIP')?.note, 'not verified: the target has no simulation API');
  assert.deepEqual(report.counts.scenarios, { passed: 1, failed: 3, skipped: 1, total: 5 });
});

test('a failing non-go-live rule does not block, and a rule with no scenario is not verified', () => {
  const report = signoff('- { rule: FIX-FAIL, justification: fixed in 2.1 }\n- { rule: FIX-DEV, justification: 200 is our documented status }\n- { rule: FIX-SKIP, justification: no simulation API in UAT; checked by hand }');
  assert.equal(statusOf(report, 'FIX-MINOR'), 'failed');
  assert.equal(statusOf(report, 'FIX-NONE'), 'not-verified');
  assert.equal(report.verdict.decision, 'GO');
  assert.deepEqual(report.verdict.blocking, []);
});

test('an accepted deviation needs the rule in the deviations file with a justification', () => {
  const report = signoff('- rule: FIX-DEV\n  justification: the implementation answers 200 on purpose (ticket MS-42)');
  const row = report.rules.find((r) => r.id === 'FIX-DEV');
  assert.equal(row?.status, 'accepted-deviation');
  assert.equal(row?.observed, 'failed');
  assert.match(row?.deviation ?? '', /MS-42/);
  assert.deepEqual(
    report.verdict.blocking.map((b) => b.id),
    ['FIX-FAIL', 'FIX-SKIP'],
  );
  assert.throws(() => parseDeviations('- rule: FIX-DEV\n', 'd.yaml'), /FIX-DEV has no justification/);
});

test('a deviation on a passing rule leaves it passed', () => {
  const report = signoff('- { rule: FIX-PASS, justification: just in case }');
  assert.equal(statusOf(report, 'FIX-PASS'), 'passed');
});

test('unknown rule tags and deviations become warnings', () => {
  const report = signoff('- { rule: FIX-GONE, justification: old }');
  assert.ok(report.warnings.some((w) => w.includes('@FIX-TYPO') && w.includes('features/payments.feature:24')));
  assert.ok(report.warnings.some((w) => w.includes('deviation FIX-GONE')));
});

test('the report re-checks redaction: no token, client secret, webhook secret or document content survives', () => {
  const report = signoff();
  const json = JSON.stringify(report);
  const html = renderSignoffHtml(report);
  for (const secret of ['fixture-client-secret', 'whsec-fixture-known', 'eyJhbGciOiJIUzI1NiJ9.leaked', 'leaked.token.value', 'JVBERi0xLjQKJcfsj6IKNSAwIG9iago=']) {
    assert.ok(!json.includes(secret), `signoff.json leaks ${secret}`);
    assert.ok(!html.includes(secret), `signoff.html leaks ${secret}`);
  }
  assert.ok(json.includes('<elided 32 base64 chars>'));
  assert.ok(report.redactionRecheck.redactions > 0);
  assert.ok(report.warnings.some((w) => /hid \d+ secret value/.test(w)));
  // The evidence itself is still there for the approver.
  const failure = report.failures.find((f) => f.key === 'features/payments.feature:9');
  assert.equal(failure?.step, 'Then the answer is fine');
  assert.match(JSON.stringify(failure?.evidence), /addSellerDocument/);
});

test('the HTML is self-contained and carries the verdict, the matrix, the citations and the approval fields', () => {
  const html = renderSignoffHtml(signoff());
  // Self-contained: the one script is inline (it writes the approval command), nothing is fetched.
  assert.doesNotMatch(html, /<script[^>]*\bsrc=|<link|src="http|href="http/i);
  assert.match(html, /Verdict: NO-GO/);
  assert.match(html, /FIX-FAIL/);
  assert.match(html, /2\.3\.1 The Seller/);
  assert.match(html, /the seller can be created/);
  assert.match(html, /id="approver"/);
  assert.match(html, /type="date"/);
  assert.match(html, /@media print/);
  assert.match(html, /POST http:\/\/127\.0\.0\.1:4011\/sellers\/acme\/documents → 500 \(addSellerDocument\)/);
  assert.match(html, /MP_KYC_IN_PROGRESS — 2026-11-23T10:00:00Z — delivered 2 times/);
  assert.match(html, /Webhooks refused \(unsigned, forged or unreadable\) \(1\)/);
  assert.match(html, /MP_KYC_VALIDATED — wrong MS-Signature/);
});

test('HTML escapes what the run produced', () => {
  const report = signoff();
  report.failures[0].message = '<img src=x onerror=alert(1)>';
  assert.ok(!renderSignoffHtml(report).includes('<img src=x'));
});

test('a damaged messages file gives one line naming the line', async () => {
  const { parseEnvelopes } = await import('../../src/report/cucumberMessages.ts');
  const text = (await readFile(fixture('messages.ndjson'), 'utf8')).split('\n').slice(0, 3).join('\n') + '\n{oops';
  assert.throws(() => parseEnvelopes(text, 'messages.ndjson'), (error: Error) => /messages\.ndjson line 4 is not a cucumber message/.test(error.message) && !error.message.includes('\n'));
});
