// Enumerations the MS contract defines (document types, webhook types): read from it, so that the
// steps and the contract never disagree (one source of truth per fact).
import { readFileSync } from 'node:fs';
import { parseYaml } from '../parsedYaml.ts';
import { contractPath } from '../contract/index.ts';

let schemas: Record<string, { enum?: unknown[] }> | undefined;

export function contractEnum(schemaName: string): string[] {
  schemas ??= (parseYaml(readFileSync(contractPath('marketplace-services'), 'utf8')) as { components: { schemas: Record<string, { enum?: unknown[] }> } }).components.schemas;
  const values = schemas[schemaName]?.enum;
  if (!Array.isArray(values)) throw new Error(`the MS contract has no enumeration ${schemaName}`);
  return values.map(String);
}
