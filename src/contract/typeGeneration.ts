// TypeScript types are generated from the contracts (one source of truth per fact), never retyped.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { repoRoot } from '../kitPaths.ts';
import { contractPath, type ContractName } from './contract.ts';

export const generatedTypesDir = join(repoRoot, 'src', 'generated');

export function generatedTypesPath(name: ContractName): string {
  return join(generatedTypesDir, `${name}.ts`);
}

export async function renderContractTypes(name: ContractName): Promise<string> {
  const nodes = await openapiTS(pathToFileURL(contractPath(name)), { silent: true, rootTypes: true, rootTypesNoSchemaPrefix: false });
  const header = `// Generated from contracts/${name}.openapi.yaml by \`npm run generate:types\`. Do not edit by hand.\n\n`;
  return header + astToString(nodes);
}
