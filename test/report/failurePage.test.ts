// A failure an approver reads in one screen: the rule and its quote, the steps with the failing one
// marked, expected against actual, the failing exchange open (others folded) with a curl line whose
// secrets are shell variables, a link into cucumber's report; the matrix filters and contents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readEnvelopes } from '../../src/report/cucumberMessages.ts';
import { curlLine, expectedVsActual, failingExchange } from '../../src/report/failureReading.ts';
import { loadRuleCatalogue } from '../../src/report/ruleCatalogue.ts';
import { buildSignoff } from '../../src/report/signoff.ts';
import { renderSignoffHtml } from '../../src/report/signoffHtml.ts';
import { fixtureProvenance } from './fixtures/provenance.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const report = buildSignoff({
  runId: 'run-failure-page',
  generatedAt: '2026-12-06T00:00:00.000Z',
  ...fixtureProvenance,
  target: { kind: 'url', description: { apiBaseUrl: 'http://127.0.0.1:4011' }, capabilities: {} },
  envelopes: await readEnvelopes(fixture('messages.ndjson')),
  catalogue: await loadRuleCatalogue(fixture('rules.yaml')),
  deviations: [],
  knownSecrets: ['fixture-client-secret', 'whsec-fixture-known'],
});
const html = renderSignoffHtml(report);

test('expected and actual are read from the kit\'s messages and from node\'s assertion diffs', () => {
  assert.deepEqual(expectedVsActual('expected a 2xx answer from createOrder, got 500'), { expected: 'a 2xx answer from createOrder', actual: '500' });
  assert.deepEqual(expectedVsActual('expected error code SELLER_NOT_FOUND but getSeller answered 404 with code "NOT_FOUND"'), { expected: 'error code SELLER_NOT_FOUND', actual: 'getSeller answered 404 with code "NOT_FOUND"' });
  assert.deepEqual(expectedVsActual('Expected values to be strictly equal:\n\n6 !== 5\n'), { expected: '5', actual: '6' });
  assert.equal(expectedVsActual('the run stopped'), undefined);
});

test('the failing exchange is the one with a problem, else the one the message names, else the last', () => {
  const exchanges = [{ operationId: 'createSeller', response: { status: 201 } }, { operationId: 'getSeller', response: { status: 404 } }, { operationId: 'listSellers', response: { status: 200 } }];
  assert.deepEqual(failingExchange(exchanges, 'getSeller answered 404'), { index: 1, named: true });
  assert.deepEqual(failingExchange([...exchanges, { problem: 'no answer' }], 'whatever'), { index: 3, named: true });
  assert.deepEqual(failingExchange(exchanges, 'no transfer.update webhook: none may arrive, 1 did'), { index: 2, named: false });
  assert.deepEqual(failingExchange([], 'x'), { index: -1, named: false });
});

test('the curl line repeats the request with secrets as shell variables', () => {
  const line = curlLine({
    method: 'POST',
    url: 'https://uat.example.test/ms/orders',
    request: { headers: { authorization: 'Bearer <redacted>', 'content-type': 'application/json', 'content-length': '12' }, body: { note: "it's" } },
  });
  assert.equal(line, `curl -sS -i -X POST 'https://uat.example.test/ms/orders' -H 'authorization: Bearer '"$MSKIT_TOKEN" -H 'content-type: application/json' --data-raw '{"note":"it'\\''s"}'`);
  const token = curlLine({ api: 'oauth', method: 'POST', url: 'https://uat.example.test/oauth/token', request: { headers: {}, body: 'grant_type=client_credentials&client_secret=<redacted>' } });
  assert.match(token ?? '', /--data-raw 'grant_type=client_credentials&client_secret='"\$MSKIT_CLIENT_SECRET"$/);
});

test('a failure shows its rule with the quote, the steps with the failing one marked, expected and actual', () => {
  const section = html.slice(html.indexOf('id="failure-features/payments.feature:9"'), html.indexOf('</section>', html.indexOf('id="failure-features/payments.feature:9"')));
  assert.match(section, /<strong>FIX-FAIL<\/strong><\/a> A rule that breaks/);
  assert.match(section, /<li class="st-passed">✔ Given the target answers 500<\/li><li class="st-failed">✘ Then the answer is fine <strong>← failed here<\/strong><\/li>/);
  assert.match(section, /<th>expected<\/th><td>a 2xx answer from createOrder<\/td><\/tr><tr><th>actual<\/th><td>500 \(Authorization: Bearer &lt;redacted&gt;\)/);
  assert.match(section, /<a href="cucumber\.html\?query=a%20rule%20that%20breaks">open in the cucumber report<\/a>/);
  assert.match(section, /<details class="exchange failing" open><summary class="headline">2\. POST http:\/\/127\.0\.0\.1:4011\/sellers\/acme\/documents → 500 \(addSellerDocument\)/);
  assert.match(section, /<details class="more"><summary>Other HTTP exchanges of the scenario \(1\)<\/summary><details class="exchange"><summary class="headline">1\. POST http:\/\/127\.0\.0\.1:4011\/oauth\/token/);
  assert.match(section, /curl -sS -i -X POST 'http:\/\/127\.0\.0\.1:4011\/sellers\/acme\/documents' -H 'authorization: Bearer '&quot;\$MSKIT_TOKEN&quot;/);
  assert.ok(!section.includes('fixture-client-secret') && !section.includes('leaked'), 'no secret in the page');
});

test('the first screen says what was tested and whether the package is sealed; the matrix has filters and contents', () => {
  assert.match(html, /Implementation tested: <strong>acme-ms 4\.2\.1<\/strong>/);
  assert.match(html, /<div class="banner unsealed"><strong>NOT SEALED\.<\/strong>/);
  assert.match(html, /<nav class="toc">Contents: <a href="#summary">Summary<\/a><a href="#failures">Failures \(3\)<\/a>/);
  for (const id of ['fs-failed', 'fs-not-verified', 'fg-yes', 'fg-no', 'fa-transactions']) assert.match(html, new RegExp(`id="${id}"`));
  assert.match(html, /body:has\(#fs-failed:checked\) tr\.rule:not\(\.r-failed\)\{display:none\}/);
  assert.match(html, /<tr class="rule r-failed gl-yes" id="rule-FIX-FAIL">/);
  assert.match(html, /<div class="area ar-transactions">/);

  const selfCheck = renderSignoffHtml({ ...report, subject: { kind: 'kit-self-check', statement: 'a check of the kit itself against its own embedded sandbox: no implementation was tested, this is not a go-live sign-off' } });
  assert.match(selfCheck, /<title>MS kit self-check \(not a sign-off\)/);
  assert.match(selfCheck, /<div class="banner selfcheck"><strong>Kit self-check — not a sign-off\.<\/strong>/);
});
