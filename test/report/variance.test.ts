// The sign-off report holds each assumption to the alternative the profile declared (its default
// otherwise): scenarios asserting another alternative are not applicable, and a declared non-default
// alternative that no scenario asserts is "alternative declared", which does not block the verdict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readEnvelopes } from '../../src/report/cucumberMessages.ts';
import type { Rule } from '../../src/report/ruleCatalogue.ts';
import { buildRuleMatrix, decideVerdict } from '../../src/report/ruleMatrix.ts';
import type { ScenarioResult } from '../../src/report/scenarioResults.ts';
import { buildSignoff } from '../../src/report/signoff.ts';
import { renderSignoffHtml } from '../../src/report/signoffHtml.ts';
import { fixtureProvenance } from './fixtures/provenance.ts';

const source = { document: 'interface', section: '§8 What the documents leave open' };

const dateRule: Rule = {
  id: 'REG-DATE-REQUIRED',
  title: 'A registration needs its date',
  statement: 'A registration without its date does not count.',
  source,
  kind: 'assumption',
  assumption: 'The seed lists the date without saying it is required.',
  variance: {
    alternatives: [
      { id: 'registration-date-required', default: true, statement: 'A registration without a date does not count.' },
      { id: 'registration-date-optional', statement: 'A registration with a value and no date counts.' },
    ],
  },
  area: 'registrations',
  goLive: true,
  severity: 'major',
};

const tieRule: Rule = {
  id: 'VOU-TIE-LOWEST-CONTRACT-WINS',
  title: 'The lowest contract number wins a tie',
  statement: 'On a tie, the lowest contract number wins.',
  source,
  kind: 'assumption',
  assumption: 'The seed does not say which way.',
  variance: {
    alternatives: [
      { id: 'tie-lowest-contract-number', default: true, statement: 'The lowest wins.' },
      { id: 'tie-highest-contract-number', statement: 'The highest wins.' },
    ],
  },
  area: 'vouchers',
  goLive: true,
  severity: 'minor',
};

const statusRule: Rule = {
  id: 'ONB-CREATE-201-UPDATE-200',
  title: 'Seller creation 201, update 200',
  statement: 'PUT answers 201 on creation.',
  source,
  kind: 'assumption',
  assumption: 'The seed gives no status codes.',
  variance: { profileKeys: ['statuses.created', 'operationStatuses'] },
  area: 'onboarding',
  goLive: false,
  severity: 'minor',
};

const valueRule: Rule = {
  id: 'REG-VALUE-REQUIRED',
  title: 'A registration needs its value',
  statement: 'A registration without its value does not count.',
  source: { document: 'seed-journeys', section: '2.3.1 The Seller', quote: 'Value of the selected code above' },
  kind: 'documented',
  area: 'registrations',
  goLive: true,
  severity: 'major',
};

const rules = [valueRule, dateRule, tieRule, statusRule];

function scenario(line: number, tags: string[], status: ScenarioResult['status'] = 'passed'): ScenarioResult {
  return { key: `features/x.feature:${line}`, uri: 'features/x.feature', line, feature: 'x', name: `scenario ${line}`, tags, status, evidence: [] };
}

// As the runtime leaves them: the scenarios of the alternative the profile did not choose are skipped.
const withDefaults = [
  scenario(1, ['@REG-VALUE-REQUIRED']),
  scenario(2, ['@REG-DATE-REQUIRED', '@variant:registration-date-required']),
  scenario(3, ['@REG-DATE-REQUIRED', '@variant:registration-date-optional'], 'skipped'),
  scenario(4, ['@VOU-TIE-LOWEST-CONTRACT-WINS', '@variant:tie-lowest-contract-number']),
  scenario(5, ['@ONB-CREATE-201-UPDATE-200']),
];

const row = (matrix: ReturnType<typeof buildRuleMatrix>, id: string) => matrix.rows.find((r) => r.id === id);

test('without declarations every assumption is held to its default, and the other alternative is not applicable', () => {
  const matrix = buildRuleMatrix(rules, withDefaults, []);
  const date = row(matrix, 'REG-DATE-REQUIRED');
  assert.equal(date?.status, 'passed');
  assert.equal(date?.note, undefined, 'a not applicable scenario is no unverified one');
  assert.deepEqual(date?.declared, { id: 'registration-date-required', statement: 'A registration without a date does not count.', isDefault: true, byProfile: false });
  assert.deepEqual(date?.scenarios.map((s) => [s.key, s.variants, s.notApplicable]), [
    ['features/x.feature:2', ['registration-date-required'], undefined],
    ['features/x.feature:3', ['registration-date-optional'], ['registration-date-optional']],
  ]);
  assert.equal(row(matrix, 'ONB-CREATE-201-UPDATE-200')?.declared, undefined, 'a rule with profile keys only has no alternative to hold to');
  assert.equal(decideVerdict(matrix.rows).decision, 'GO');
});

test('a declared alternative with its own scenario is judged by that scenario, the default ones not applicable', () => {
  const scenarios = [
    scenario(2, ['@REG-DATE-REQUIRED', '@variant:registration-date-required'], 'skipped'),
    scenario(3, ['@REG-DATE-REQUIRED', '@variant:registration-date-optional'], 'failed'),
  ];
  const matrix = buildRuleMatrix(rules, scenarios, [], { 'REG-DATE-REQUIRED': 'registration-date-optional' });
  const date = row(matrix, 'REG-DATE-REQUIRED');
  assert.equal(date?.status, 'failed');
  assert.equal(date?.declared?.byProfile, true);
  assert.deepEqual(date?.scenarios.map((s) => s.notApplicable), [['registration-date-required'], undefined]);
});

test('a declared non-default alternative no scenario asserts is "alternative declared", and does not block GO', () => {
  const scenarios = [scenario(1, ['@REG-VALUE-REQUIRED']), scenario(2, ['@REG-DATE-REQUIRED', '@variant:registration-date-required']), scenario(4, ['@VOU-TIE-LOWEST-CONTRACT-WINS', '@variant:tie-lowest-contract-number'], 'skipped')];
  const matrix = buildRuleMatrix(rules, scenarios, [{ rule: 'VOU-TIE-LOWEST-CONTRACT-WINS', justification: 'no need' }], { 'VOU-TIE-LOWEST-CONTRACT-WINS': 'tie-highest-contract-number' });
  const tie = row(matrix, 'VOU-TIE-LOWEST-CONTRACT-WINS');
  assert.equal(tie?.status, 'alternative-declared', 'neither a failure nor a pass, and no deviation needed');
  assert.match(tie?.note ?? '', /declares tie-highest-contract-number; no scenario of this run asserts it/);
  assert.deepEqual(decideVerdict(matrix.rows), { decision: 'GO', blocking: [] });
});

test('a scenario made inapplicable by one rule proves nothing for its other rules either', () => {
  const scenarios = [scenario(2, ['@REG-DATE-REQUIRED', '@variant:registration-date-required', '@REG-VALUE-REQUIRED'], 'skipped')];
  const matrix = buildRuleMatrix(rules, scenarios, [], { 'REG-DATE-REQUIRED': 'registration-date-optional' });
  const value = row(matrix, 'REG-VALUE-REQUIRED');
  assert.equal(value?.status, 'not-verified');
  assert.match(value?.note ?? '', /asserts an alternative the profile did not declare/);
  assert.ok(decideVerdict(matrix.rows).blocking.some((b) => b.id === 'REG-VALUE-REQUIRED'), 'an unverified go-live rule still blocks');
});

test('a profile naming an unknown alternative leaves the rule not verified and warns; an unknown variant tag warns', () => {
  const matrix = buildRuleMatrix(rules, [...withDefaults, scenario(9, ['@REG-DATE-REQUIRED', '@variant:date-sometimes'])], [], {
    'REG-DATE-REQUIRED': 'date-sometimes',
    'NOPE-NO-RULE': 'whatever',
  });
  assert.equal(row(matrix, 'REG-DATE-REQUIRED')?.status, 'not-verified');
  assert.match(row(matrix, 'REG-DATE-REQUIRED')?.note ?? '', /declares date-sometimes, which is not an alternative of REG-DATE-REQUIRED/);
  assert.deepEqual(matrix.assumptionProblems, [
    'assumptions.REG-DATE-REQUIRED: "date-sometimes" is not one of its alternatives (registration-date-required, registration-date-optional)',
    'assumptions.NOPE-NO-RULE: no rule of contracts/rules.yaml has this id',
  ]);
  assert.deepEqual(matrix.unknownVariantTags, [{ tag: '@variant:date-sometimes', scenarios: ['features/x.feature:9'] }]);
});

test('the report shows the assumptions apart, each with the alternative held to and its profile keys', async () => {
  const envelopes = await readEnvelopes(new URL('./fixtures/messages.ndjson', import.meta.url).pathname);
  const report = buildSignoff({
    runId: 'run-variance',
    generatedAt: '2026-11-23T10:00:00.000Z',
    ...fixtureProvenance,
    target: { kind: 'sandbox', description: 'fixture', capabilities: {} },
    envelopes,
    catalogue: { version: 1, rules },
    deviations: [],
    assumptions: { 'VOU-TIE-LOWEST-CONTRACT-WINS': 'tie-highest-contract-number' },
  });
  assert.deepEqual(report.assumptions, { 'VOU-TIE-LOWEST-CONTRACT-WINS': 'tie-highest-contract-number' });
  assert.equal(report.counts.rules['alternative-declared'], 1);
  const html = renderSignoffHtml(report);
  const documented = html.indexOf('Rule matrix: documented rules');
  const assumptions = html.indexOf('Assumptions and the alternatives declared');
  assert.ok(documented > 0 && assumptions > documented, 'the assumptions have their own section after the documented rules');
  assert.ok(!html.slice(documented, assumptions).includes('id="rule-REG-DATE-REQUIRED"'), 'no assumption among the documented rules');
  assert.match(html.slice(assumptions), /id="rule-REG-DATE-REQUIRED"/);
  assert.ok(!html.slice(assumptions).includes('id="rule-REG-VALUE-REQUIRED"'), 'no documented rule among the assumptions');
  assert.match(html, /<strong>tie-highest-contract-number<\/strong> — declared by the profile/);
  assert.match(html, /<strong>registration-date-required<\/strong> — the default \(the profile declares none\)/);
  assert.match(html, /profile keys: <code>statuses\.created<\/code>, <code>operationStatuses<\/code>/);
  assert.match(html, /alternative declared/);
});
