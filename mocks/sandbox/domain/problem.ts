/** A rule refused the request: becomes an RFC 9457 problem+json answer at the HTTP boundary. */
export interface FieldError {
  field: string;
  message: string;
}

export class DomainProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
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
