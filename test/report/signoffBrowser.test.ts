// signoff.html and cucumber.html in a real browser (headless Chromium): the failure reads in one
// screen, the matrix filters work, the approval form writes the `mskit approve` command, and
// cucumber's page unpacks its messages. MSKIT_SCREENSHOT=<png> also saves the failure's screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readEnvelopes } from '../../src/report/cucumberMessages.ts';
import { writeReportPackage } from '../../src/report/reportPackage.ts';
import { loadRuleCatalogue } from '../../src/report/ruleCatalogue.ts';
import { findChromium, HeadlessPage } from './headlessChromium.ts';

const chromium = findChromium();
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

test('the sign-off page in headless Chromium: one-screen failure, filters, approval command, cucumber report', { skip: chromium ? false : 'headless Chromium is not installed (apt-get install -y chromium)', timeout: 90_000 }, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'mskit-browser-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeReportPackage(
    {
      reportsDir: dir,
      runId: 'run-browser',
      target: { kind: 'url', description: { apiBaseUrl: 'http://127.0.0.1:4011' }, capabilities: { simulation: false } },
      implementation: 'acme-ms 4.2.1',
      catalogue: await loadRuleCatalogue(fixture('rules.yaml')),
      selection: {},
      knownSecrets: ['fixture-client-secret', 'whsec-fixture-known'],
    },
    await readEnvelopes(fixture('messages.ndjson')),
  );
  const page = await HeadlessPage.open(chromium as string);
  t.after(() => page.close());

  await page.goto(pathToFileURL(join(dir, 'signoff.html')).href);
  const screen = await page.evaluate<{ open: boolean; answerTop: number; stepsTop: number; height: number; othersOpen: boolean }>(`(() => {
    const section = document.getElementById('failure-features/payments.feature:9');
    section.scrollIntoView();
    const top = section.getBoundingClientRect().top;
    const failing = section.querySelector('details.failing');
    return { open: failing.open, answerTop: failing.querySelector('pre').getBoundingClientRect().top - top,
      stepsTop: section.querySelector('ol.steps').getBoundingClientRect().top - top, height: innerHeight,
      othersOpen: [...section.querySelectorAll('details.more')].some((d) => d.open) };
  })()`);
  assert.equal(screen.open, true, 'the failing exchange is expanded');
  assert.equal(screen.othersOpen, false, 'the other exchanges and the webhooks are folded');
  assert.ok(screen.stepsTop < screen.answerTop && screen.answerTop < screen.height - 100, `the failing answer starts within the first screen (${screen.answerTop}px of ${screen.height})`);
  if (process.env.MSKIT_SCREENSHOT) await writeFile(process.env.MSKIT_SCREENSHOT, await page.screenshot());

  const visibleRules = () => page.evaluate<string[]>(`[...document.querySelectorAll('tr.rule')].filter((r) => getComputedStyle(r).display !== 'none' && getComputedStyle(r.closest('.area')).display !== 'none').map((r) => r.id.slice(5))`);
  const all = await visibleRules();
  await page.evaluate(`document.getElementById('fs-failed').click()`);
  assert.deepEqual(await visibleRules(), ['FIX-FAIL', 'FIX-MINOR', 'FIX-DEV']);
  await page.evaluate(`document.getElementById('fg-yes').click()`);
  assert.deepEqual(await visibleRules(), ['FIX-FAIL', 'FIX-DEV']);
  await page.evaluate(`document.getElementById('fs-all').click(); document.getElementById('fg-all').click(); document.getElementById('fa-transactions').click()`);
  assert.deepEqual(await visibleRules(), ['FIX-FAIL', 'FIX-DEV']);
  await page.evaluate(`document.getElementById('fa-all').click()`);
  assert.deepEqual(await visibleRules(), all);

  const command = await page.evaluate<string>(`(() => {
    const form = document.querySelector('form.approval');
    form.approver.value = "Jane O'Approver";
    form.querySelector('input[value=approved-with-reservations]').checked = true;
    form.comments.value = 'KYC retries to re-test';
    form.date.value = '2026-12-06';
    form.dispatchEvent(new Event('input', { bubbles: true }));
    return document.getElementById('approve-command').textContent;
  })()`);
  assert.equal(command, `mskit approve \\\n  --reports '${dir}' \\\n  --name 'Jane O'\\''Approver' \\\n  --decision approved-with-reservations \\\n  --date 2026-12-06 \\\n  --comment 'KYC retries to re-test' \\\n  --signing-key approver.pem`);

  await page.goto(`${pathToFileURL(join(dir, 'cucumber.html')).href}?query=${encodeURIComponent('a rule that breaks')}`);
  const rendered = await page.evaluate<string>(`new Promise((resolve) => { const t0 = Date.now(); (function poll() { const text = document.getElementById('content').innerText; if (/a rule that breaks/.test(text) || Date.now() - t0 > 10000) resolve(text); else setTimeout(poll, 100); })(); })`);
  assert.match(rendered, /a rule that breaks/, "cucumber's page unpacked its messages and shows the scenario");
});
