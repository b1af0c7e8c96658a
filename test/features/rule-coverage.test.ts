// Every rule of the catalogue must be proved by at least one scenario tagged with its id, every tag
// that looks like a rule id must name one, and every @needs-* tag must be a capability the kit knows.
// A `@variant:<alternative>` tag must name an alternative of a rule the scenario is tagged with, at
// most one per rule, and a scenario of a rule that offers a choice of alternatives must say which one
// it asserts (the runtime skips it when the profile declared another, the report shows it apart).
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
import { alternativeOwners, offersChoice, variantsOf } from '../../src/report/ruleVariance.ts';
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

const where = (scenario: TaggedScenario) => `(${scenario.feature}: ${scenario.name})`;

/** `@variant:` tags naming no alternative, or an alternative of a rule the scenario is not tagged with, or a second one of a rule. */
function misusedVariantTags(rules: readonly Rule[], scenarios: readonly TaggedScenario[]): string[] {
  const owners = alternativeOwners(rules);
  return [
    ...new Set(
      scenarios.flatMap((scenario) => {
        const seen = new Map<string, string>();
        return variantsOf(scenario.tags).flatMap((variant) => {
          const owner = owners.get(variant);
          if (!owner) return [`@variant:${variant} names no alternative of the catalogue ${where(scenario)}`];
          if (!scenario.tags.includes(`@${owner.id}`)) return [`@variant:${variant} is an alternative of ${owner.id}, which the scenario is not tagged with ${where(scenario)}`];
          const other = seen.get(owner.id);
          seen.set(owner.id, variant);
          return other ? [`@variant:${variant} and @variant:${other} are two alternatives of ${owner.id} ${where(scenario)}`] : [];
        });
      }),
    ),
  ];
}

/** Scenarios of a rule offering a choice of alternatives that do not say which one they assert. */
function scenariosWithoutVariant(rules: readonly Rule[], scenarios: readonly TaggedScenario[]): string[] {
  const choosing = rules.filter(offersChoice);
  return [
    ...new Set(
      scenarios.flatMap((scenario) =>
        choosing
          .filter((rule) => scenario.tags.includes(`@${rule.id}`))
          .filter((rule) => !(rule.variance?.alternatives ?? []).some((alternative) => scenario.tags.includes(`@variant:${alternative.id}`)))
          .map((rule) => `${rule.id} offers ${(rule.variance?.alternatives ?? []).map((alternative) => `@variant:${alternative.id}`).join(' or ')} ${where(scenario)}`),
      ),
    ),
  ];
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

const variantSample = `Feature: variants
  @REG-DATE-REQUIRED @variant:registration-date-optional
  Scenario: asserts one alternative
    Given a step
  @REG-DATE-REQUIRED
  Scenario: says no alternative
    Given a step
  @REG-DATE-REQUIRED @variant:registration-date-optional @variant:registration-date-required @variant:date-whenever
  Scenario: two alternatives and an unknown one
    Given a step
  @ONB-UPSERT-PARTIAL @variant:tie-highest-contract-number
  Scenario: another rule's alternative
    Given a step
`;
const variantScenarios = scenariosOf(variantSample, 'variants.feature');

test('the checks see tags inherited from features and Examples, and catch what is wrong', () => {
  assert.equal(sampleScenarios.length, 2);
  assert.deepEqual(sampleScenarios[0]!.tags, ['@onboarding', '@ONB-UPSERT-PARTIAL', '@needs-simulation', '@ONB-NO-DATA-LOST', '@NOPE-NOT-A-RULE']);
  assert.deepEqual(uncoveredRules(sampleRules, sampleScenarios).map((rule) => rule.id), ['ONB-GET-RETURNS-ALL']);
  assert.deepEqual(unknownRuleTags(sampleRules, sampleScenarios), ['@NOPE-NOT-A-RULE (sample.feature: one rule, one row per example)']);
  assert.deepEqual(unknownCapabilityTags(sampleScenarios), ['@needs-teleportation (sample.feature: an unknown capability)']);
});

test('variant tags must name an alternative of a tagged rule, once per rule, and a rule offering a choice needs one', () => {
  assert.deepEqual(misusedVariantTags(catalogue.rules, variantScenarios), [
    '@variant:registration-date-required and @variant:registration-date-optional are two alternatives of REG-DATE-REQUIRED (variants.feature: two alternatives and an unknown one)',
    '@variant:date-whenever names no alternative of the catalogue (variants.feature: two alternatives and an unknown one)',
    '@variant:tie-highest-contract-number is an alternative of VOU-TIE-LOWEST-CONTRACT-WINS, which the scenario is not tagged with (variants.feature: another rule\'s alternative)',
  ]);
  assert.deepEqual(scenariosWithoutVariant(catalogue.rules, variantScenarios), [
    'REG-DATE-REQUIRED offers @variant:registration-date-required or @variant:registration-date-optional (variants.feature: says no alternative)',
  ]);
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

test('every @variant: tag names an alternative of a rule the scenario is tagged with, once per rule', () => {
  const misused = misusedVariantTags(catalogue.rules, scenarios);
  assert.deepEqual(misused, [], `misused variant tags:\n  ${misused.join('\n  ')}`);
});

test('every scenario of a rule offering alternatives says which one it asserts', () => {
  const missing = scenariosWithoutVariant(catalogue.rules, scenarios);
  assert.deepEqual(missing, [], `scenarios without a @variant: tag for their rule:\n  ${missing.join('\n  ')}`);
});
