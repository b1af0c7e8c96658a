// Contract quality gates: the three OpenAPI documents lint clean with Spectral's OpenAPI ruleset,
// every operation is named, cites its source and declares its errors, and the generated types are current.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contractNames, contractPath, loadContract } from '../../src/contract/index.ts';
import { repoRoot } from '../../src/kitPaths.ts';
import { generatedTypesPath, renderContractTypes } from '../../src/contract/typeGeneration.ts';

const citation = /\((seed|interface) §[^)]+\)/;

test('the three contracts lint clean with Spectral (no errors, no warnings)', () => {
  const spectral = join(repoRoot, 'node_modules', '.bin', 'spectral');
  const result = spawnSync(spectral, ['lint', '--format', 'json', '--quiet', '--ruleset', '.spectral.yaml', ...contractNames.map(contractPath)], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  const findings = JSON.parse(result.stdout || '[]') as { code: string; message: string; severity: number; source: string; path: string[] }[];
  const blocking = findings.filter((finding) => finding.severity <= 1);
  assert.deepEqual(
    blocking.map((f) => `${f.source.split('/').pop()} ${f.path.join('.')}: ${f.code} ${f.message}`),
    [],
  );
});

for (const name of contractNames) {
  test(`every operation of ${name} has an operationId, a cited summary and its error responses`, async () => {
    const contract = await loadContract(name);
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const [path, item] of Object.entries<any>(contract.document.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        if (!['get', 'put', 'post', 'patch', 'delete'].includes(method)) continue;
        const where = `${method.toUpperCase()} ${path}`;
        if (!operation.operationId) problems.push(`${where}: no operationId`);
        if (seen.has(operation.operationId)) problems.push(`${where}: duplicate operationId ${operation.operationId}`);
        seen.add(operation.operationId);
        if (!citation.test(operation.summary ?? '')) problems.push(`${where}: summary does not cite its seed or interface section`);
        const codes = Object.keys(operation.responses ?? {});
        const secured = (operation.security ?? contract.document.security ?? []).length > 0;
        if (secured && !(codes.includes('401') && codes.includes('403'))) problems.push(`${where}: secured but no 401/403`);
        if (operation.requestBody && !codes.includes('422')) problems.push(`${where}: takes a body but declares no 422`);
        // A PUT upsert creates what it names, so only the other methods can miss their resource.
        if (/\{[^}]+\}/.test(path) && method !== 'put' && !codes.includes('404')) problems.push(`${where}: names a resource but declares no 404`);
        for (const code of codes.filter((c) => /^[45]/.test(c))) {
          const response = operation.responses[code].$ref
            ? contract.document.components.responses[operation.responses[code].$ref.split('/').pop()]
            : operation.responses[code];
          if (!response?.content?.['application/problem+json']) problems.push(`${where}: ${code} is not application/problem+json`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  test(`the generated types of ${name} are up to date (npm run generate:types)`, async () => {
    const expected = await renderContractTypes(name);
    const actual = await readFile(generatedTypesPath(name), 'utf8').catch(() => '(missing)');
    assert.ok(actual === expected, `src/generated/${name}.ts is stale: run npm run generate:types and commit it`);
  });
}
