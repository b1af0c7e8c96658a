// `npm run generate:types`: regenerate src/generated/*.ts from the OpenAPI contracts.
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { contractNames, contractPath } from '../src/contract/index.ts';
import { generatedTypesDir, generatedTypesPath, renderContractTypes } from '../src/contract/typeGeneration.ts';

await mkdir(generatedTypesDir, { recursive: true });
for (const name of contractNames) {
  if (!existsSync(contractPath(name))) {
    console.error(`generate:types: ${contractPath(name)} is missing; skipped`);
    continue;
  }
  await writeFile(generatedTypesPath(name), await renderContractTypes(name));
  console.log(`generate:types: wrote ${generatedTypesPath(name)}`);
}
