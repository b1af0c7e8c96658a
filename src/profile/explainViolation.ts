// Turns the first schema violation of a profile into the words a person fixing the YAML needs:
// the dotted key, what it must be, and what was found there.
import type { ErrorObject } from 'ajv';
import { suggestKey } from '../config/suggestKey.ts';

interface SchemaNode {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  format?: string;
  description?: string;
  properties?: Record<string, unknown>;
}

export function explainViolation(error: ErrorObject): string {
  const path = dottedPath(error.instancePath);
  const schema = (error.parentSchema ?? {}) as SchemaNode;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const known = Object.keys(schema.properties ?? {});
      const suggestion = suggestKey(key, known);
      return suggestion
        ? `unknown key "${childPath(path, key)}" (did you mean "${childPath(path, suggestion)}"?)`
        : `unknown key "${childPath(path, key)}" (known keys here: ${known.join(', ')})`;
    }
    case 'required':
      return `missing key "${childPath(path, String(error.params.missingProperty))}"`;
    case 'minItems':
      return `${path} must not be an empty list`;
    case 'uniqueItems':
      return `${path} lists ${show((error.data as unknown[])[Number(error.params.j)])} twice`;
    default:
      return `${path || 'the profile'} must be ${describe(schema)} (got ${show(error.data)})`;
  }
}

/** `/acceptedStatuses/serverOwnedField/1` → `acceptedStatuses.serverOwnedField[1]` */
function dottedPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : childPath(path, segment)), '');
}

function childPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function describe(schema: SchemaNode): string {
  if (schema.enum) return `one of ${schema.enum.map((value) => JSON.stringify(value)).join(', ')}`;
  if (schema.type === 'integer') return integerRange(schema.minimum, schema.maximum);
  if (schema.type === 'object') return 'a mapping';
  if (schema.format === 'json-pointer') return 'a JSON pointer such as "/code"';
  if (schema.description) return schema.description;
  if (schema.type === 'string') return schema.minLength ? 'a non-empty string' : 'a string';
  if (schema.type === 'array') return 'a list';
  return 'something else';
}

function integerRange(minimum?: number, maximum?: number): string {
  if (minimum !== undefined && maximum !== undefined) return `an integer from ${minimum} to ${maximum}`;
  if (minimum !== undefined) return `an integer of at least ${minimum}`;
  return 'an integer';
}

export function show(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}
