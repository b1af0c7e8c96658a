import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCucumberSession } from '../../src/cli/cucumberSession.ts';
import { openKitSuite } from '../../src/cli/kitSuite.ts';
import { buildStepCatalogue, formatStepCatalogue, stepCatalogueMarkdown } from '../../src/cli/stepCatalogue.ts';
import { stepsDocPath } from '../../src/cli/stepsCommand.ts';
import { repoRoot } from '../../src/kitPaths.ts';

const fixtureDir = fileURLToPath(new URL('./fixtures/calculator/', import.meta.url));

test('the catalogue lists every definition with its first real use, and flags the unused one', async () => {
  const session = await openCucumberSession({ cwd: fixtureDir, configFile: false, provided: { paths: ['features/**/*.feature'], import: ['steps/**/*.ts'] } });
  const catalogue = await buildStepCatalogue(session);
  assert.equal(catalogue.files.length, 1);
  const [file] = catalogue.files;
  assert.equal(file.uri, 'steps/calculator.steps.ts');
  assert.deepEqual(
    file.steps.map((s) => [s.keyword, s.pattern, s.example ? `${s.example.keyword} ${s.example.text} @${s.example.uri}:${s.example.line}` : 'unused']),
    [
      ['When', 'I ask the calculator to {word} {int} and {int}', 'When I ask the calculator to add 2 and 3 @features/calculator.feature:5'],
      ['Then', 'the answer is {int}', 'Then the answer is 5 @features/calculator.feature:6'],
      ['Then', 'the run is serial', 'Then the run is serial @features/calculator.feature:30'],
      ['Then', 'nobody calls this step', 'unused'],
    ],
  );
  const text = formatStepCatalogue(catalogue);
  assert.match(text, /nobody calls this step.*\n\s+\(unused\)/);
  assert.match(text, /4 step definitions, 1 unused/);
  assert.match(stepCatalogueMarkdown(catalogue), /^\| Then \| `nobody calls this step` \| steps\/calculator\.steps\.ts:22 \| \*\(unused\)\* \|$/m);
});

const kitHasSteps =
  existsSync(join(repoRoot, 'cucumber.js')) && existsSync(join(repoRoot, 'steps')) && readdirSync(join(repoRoot, 'steps'), { recursive: true }).some((f) => String(f).endsWith('.ts'));

test('docs/steps.md is up to date with the step definitions (npm run steps -- --markdown)', { skip: kitHasSteps ? false : 'the kit has no steps yet' }, async () => {
  const expected = stepCatalogueMarkdown(await buildStepCatalogue(await openKitSuite()));
  const actual = existsSync(stepsDocPath) ? await readFile(stepsDocPath, 'utf8') : '';
  assert.ok(actual === expected, 'docs/steps.md is stale: regenerate it with `npm run steps -- --markdown`');
});
