/** A rule refused the request: becomes an RFC 9457 problem+json answer at the HTTP boundary. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * A finer cause within one code. The sandbox answers one code for both causes; an implementation may
 * answer a code for each (interface §8), as the other-error-codes dialect does.
 */
export type ProblemReason = 'not-json' | 'not-an-object' | 'missing-field' | 'invalid-value';

export class DomainProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    readonly reason?: ProblemReason,
  ) {
    super(detail);
    this.name = 'DomainProblem';
  }
}

export function unprocessable(code: string, detail: string, errors: FieldError[] = []): DomainProblem {
  return new DomainProblem(422, code, detail, errors);
}

export function conflict(code: string, detail: string, errors: FieldError[] = []): DomainProblem {
  return new DomainProblem(409, code, detail, errors);
}

export function notFound(detail: string): DomainProblem {
  return new DomainProblem(404, 'RESOURCE_NOT_FOUND', detail);
}
