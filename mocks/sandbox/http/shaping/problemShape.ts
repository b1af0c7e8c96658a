import type { DialectSet } from '../../dialects.ts';
import type { DomainProblem } from '../../domain/problem.ts';
import { otherErrorCode } from './errorCodes.ts';
import { withExtraMembers } from './extraMembers.ts';
import { fieldPathAsWritten } from './fieldPaths.ts';

// A problem answer as the sandbox's dialects write it: its code, field paths, type and title, extra
// members. Without dialects, the sandbox's own problem body is answered unchanged.

function words(code: string): string {
  return code.toLowerCase().split('_').join(' ');
}

export function problemAsWritten(dialects: DialectSet, problem: DomainProblem, body: Record<string, unknown>): Record<string, unknown> {
  if (dialects.names.length === 0) return body;
  const code = dialects.has('other-error-codes') ? otherErrorCode(problem) : problem.code;
  const shaped: Record<string, unknown> = {
    ...body,
    code,
    errors: problem.errors.map((error) => ({ ...error, field: fieldPathAsWritten(dialects, problem.code, error.field) })),
  };
  // problem-type-uris: interface §2 names the members of a problem, not the values of type and title.
  if (dialects.has('problem-type-uris')) {
    shaped.type = `urn:ms-sandbox:problem:${code.toLowerCase().replace(/_/g, '-')}`;
    shaped.title = `Problem ${problem.status}: ${words(code)}`;
  }
  return dialects.has('extra-fields') ? (withExtraMembers(shaped) as Record<string, unknown>) : shaped;
}
