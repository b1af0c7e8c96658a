// Every rule of the catalogue must be proved by at least one scenario tagged with its id, every tag
// that looks like a rule id must name one, and every @needs-* tag must be a capability the kit knows.
// Each check is a function returning its problems, shown first to catch a broken feature, then run
// over features/**.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AstBuilder, GherkinClassicTokenMatcher, Parser, compile } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';
import { contractsDir, featuresDir, repoRoot } from '../../src/kitPaths.ts';
import { parseRuleCatalogue, ruleIdPattern, type Rule } from '../../src/report/ruleCatalogue.ts';
import { capabilityTags } from '../../src/world/index.ts';

interface TaggedScenario {
  feature: string;
  name: string;
  tags: string[];
}

function featureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return featureFiles(path);
    return entry.name.endsWith('.feature') ? [path] : [];
  });
}

/** The scenarios (one per Examples row) of a feature text, each with its feature, rule, scenario and Examples tags. */
function scenariosOf(text: string, uri: string): TaggedScenario[] {
  const newId = IdGenerator.incrementing();
  const document = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher()).parse(text);
  return compile(document, uri, newId).map((pickle) => ({ feature: uri, name: pickle.name, tags: pickle.tags.map((tag) => tag.name) }));
}

function uncoveredRules(rules: readonly Rule[], scenarios: readonly TaggedScenario[]): Rule[] {
  const tagged = new Set(scenarios.flatMap((scenario) => scenario.tags));
  return rules.filter((rule) => !tagged.has(`@${rule.id}`));
}

function unknownRuleTags(rules: readonly Rule[], scenarios: readonly TaggedScenario[]): string[] {
  const ids = new Set(rules.map((rule) => `@${rule.id}`));
  return [...new Set(scenarios.flatMap((scenario) => scenario.tags.filter((tag) => ruleIdPattern.test(tag.slice(1)) && !ids.has(tag)).map((tag) => `${tag} (${scenario.feature}: ${scenario.name})`)))];
}

function unknownCapabilityTags(scenarios: readonly TaggedScenario[]): string[] {
  return [...new Set(scenarios.flatMap((scenario) => scenario.tags.filter((tag) => tag.startsWith('@needs-') && !capabilityTags.includes(tag)).map((tag) => `${tag} (${scenario.feature}: ${scenario.name})`)))];
}

/** Missing rule ids grouped by area, one line per area, so that a failure says whose half is missing what. */
function describeUncovered(rules: readonly Rule[]): string {
  const byArea = new Map<string, string[]>();
  for (const rule of rules) byArea.set(rule.area, [...(byArea.get(rule.area) ?? []), rule.id]);
  return [...byArea].map(([area, ids]) => `  ${area}: ${ids.join(', ')}`).join('\n');
}

const catalogue = parseRuleCatalogue(readFileSync(join(contractsDir, 'rules.yaml'), 'utf8'), 'contracts/rules.yaml');
const scenarios = featureFiles(featuresDir).flatMap((path) => scenariosOf(readFileSync(path, 'utf8'), relative(repoRoot, path)));

const sample = `@onboarding
Feature: sample
  @ONB-UPSERT-PARTIAL @needs-simulation
  Scenario Outline: one rule, one row per example
    Given a step
    @ONB-NO-DATA-LOST @NOPE-NOT-A-RULE
    Examples:
      | a |
      | 1 |
  @needs-teleportation
  Scenario: an unknown capability
    Given a step
`;
const sampleScenarios = scenariosOf(sample, 'sample.feature');
const sampleRules = catalogue.rules.filter((rule) => ['ONB-UPSERT-PARTIAL', 'ONB-NO-DATA-LOST', 'ONB-GET-RETURNS-ALL'].includes(rule.id));

test('the checks see tags inherited from features and Examples, and catch what is wrong', () => {
  assert.equal(sampleScenarios.length, 2);
  assert.deepEqual(sampleScenarios[0]!.tags, ['@onboarding', '@ONB-UPSERT-PARTIAL', '@needs-simulation', '@ONB-NO-DATA-LOST', '@NOPE-NOT-A-RULE']);
  assert.deepEqual(uncoveredRules(sampleRules, sampleScenarios).map((rule) => rule.id), ['ONB-GET-RETURNS-ALL']);
  assert.deepEqual(unknownRuleTags(sampleRules, sampleScenarios), ['@NOPE-NOT-A-RULE (sample.feature: one rule, one row per example)']);
  assert.deepEqual(unknownCapabilityTags(sampleScenarios), ['@needs-teleportation (sample.feature: an unknown capability)']);
});

test('the features hold scenarios to check', () => {
  assert.ok(scenarios.length > 0, `no scenario found under ${featuresDir}`);
});

test('every rule of the catalogue is proved by a scenario tagged with its id', () => {
  const uncovered = uncoveredRules(catalogue.rules, scenarios);
  assert.equal(uncovered.length, 0, `${uncovered.length} of ${catalogue.rules.length} rules have no scenario tagged with their id:\n${describeUncovered(uncovered)}`);
});

test('every tag that looks like a rule id names a rule of the catalogue', () => {
  const unknown = unknownRuleTags(catalogue.rules, scenarios);
  assert.deepEqual(unknown, [], `tags naming no rule of contracts/rules.yaml:\n  ${unknown.join('\n  ')}`);
});

test('every @needs-* tag is a capability the kit knows', () => {
  const unknown = unknownCapabilityTags(scenarios);
  assert.deepEqual(unknown, [], `unknown capability tags (known: ${capabilityTags.join(', ')}):\n  ${unknown.join('\n  ')}`);
});
