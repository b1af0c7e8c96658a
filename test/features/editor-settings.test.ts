// The editor settings shipped in .vscode/ let the Cucumber extension (its language server reads
// step definitions and parameter types from the glue files) find every step. Parameter types whose
// pattern is built at run time cannot be read from the source, so the settings list them all: they
// must be the ones the steps really define. And the snippets cucumber suggests for a step nobody
// defined yet use its built-in parameter types only (the kit's are `useForSnippets: false`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CucumberExpressionGenerator, type ParameterTypeRegistry } from '@cucumber/cucumber-expressions';
import { openKitSuite } from '../../src/cli/kitSuite.ts';
import { repoRoot } from '../../src/kitPaths.ts';

interface EditorSettings {
  'cucumber.features': string[];
  'cucumber.glue': string[];
  'cucumber.parameterTypes': { name: string; regexp: string }[];
}

const settings = JSON.parse(readFileSync(join(repoRoot, '.vscode/settings.json'), 'utf8')) as EditorSettings;

test('the editor settings point the Cucumber extension at the features and the steps cucumber.js loads', async () => {
  const session = await openKitSuite();
  assert.deepEqual(settings['cucumber.glue'], session.configuration.support.importPaths);
  assert.deepEqual(settings['cucumber.features'], ['features/**/*.feature']);
});

test("the editor settings' parameter types are the steps' own, with the same patterns", async () => {
  const { support } = await openKitSuite();
  const { parameterTypeRegistry } = support as unknown as { parameterTypeRegistry: ParameterTypeRegistry };
  const defined = [...parameterTypeRegistry.parameterTypes]
    .filter((type) => !type.builtin)
    .map((type) => ({ name: type.name ?? '', regexp: type.regexpStrings.length === 1 ? type.regexpStrings[0] : `(?:${type.regexpStrings.join('|')})` }));
  assert.deepEqual(settings['cucumber.parameterTypes'], defined, `update .vscode/settings.json "cucumber.parameterTypes" to:\n${JSON.stringify(defined, null, 2)}`);
});

test('the snippet for an undefined step is a plain cucumber expression: no kit parameter type is offered', async () => {
  const { support } = await openKitSuite();
  const { parameterTypeRegistry } = support as unknown as { parameterTypeRegistry: ParameterTypeRegistry };
  const generator = new CucumberExpressionGenerator(() => parameterTypeRegistry.parameterTypes);
  const step = 'the marketplace refunds seller "Bob" 12 times the field address.zipCode as the second marketplace';
  const [first, ...others] = generator.generateExpressions(step).map((expression) => expression.source);
  assert.equal(first, 'the marketplace refunds seller {string} {int} times the field address.zipCode as the second marketplace');
  assert.ok(others.every((source) => !/\{(caller|fieldPath|cashParty|party|country)\}/.test(source)), others.join('\n'));
});
