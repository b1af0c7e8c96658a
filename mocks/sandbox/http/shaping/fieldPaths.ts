import type { DialectSet } from '../../dialects.ts';

// How problem answers write errors[].field (interface §8: dotted, bracketed or JSON pointers). The
// sandbox writes dotted paths (`splits.0.fee`); the bracket-field-paths and pointer-field-paths
// dialects write `splits[0].fee` and `/splits/0/fee`.

function bracketed(field: string): string {
  return field.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

function pointer(field: string): string {
  return field === '' ? '' : `/${field.split('.').map((token) => token.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

/**
 * A dotted field path as the dialects write it. With both path dialects on, the request-validation
 * failures (VALIDATION_FAILED) use JSON pointers and the rules' refusals brackets, as an
 * implementation whose schema validator and business rules were written apart would.
 */
export function fieldPathAsWritten(dialects: DialectSet, code: string, field: string): string {
  const brackets = dialects.has('bracket-field-paths');
  const pointers = dialects.has('pointer-field-paths');
  if (pointers && (!brackets || code === 'VALIDATION_FAILED')) return pointer(field);
  return brackets ? bracketed(field) : field;
}
