import type { FastifyReply } from 'fastify';
import type { DialectSet } from '../dialects.ts';
import { DomainProblem, type FieldError, type ProblemReason } from '../domain/problem.ts';
import { problemAsWritten } from './shaping/problemShape.ts';

// ERR-PROBLEM-JSON: every error is RFC 9457 application/problem+json with a stable code (interface §2).

const titles: Record<number, string> = {
  400: 'Malformed body',
  401: 'Unauthenticated',
  403: 'Insufficient scope',
  404: 'Resource not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  422: 'Unprocessable request',
  500: 'Internal error',
};

function titleOf(code: string, status: number): string {
  const words = code.toLowerCase().split('_').join(' ');
  return status === 422 || status === 409 ? words.charAt(0).toUpperCase() + words.slice(1) : (titles[status] ?? words);
}

export function problemBody(problem: DomainProblem): Record<string, unknown> {
  return {
    type: `https://ms.example/problems/${problem.code.toLowerCase().replace(/_/g, '-')}`,
    title: titleOf(problem.code, problem.status),
    status: problem.status,
    detail: problem.detail,
    code: problem.code,
    errors: problem.errors,
  };
}

export function sendProblem(reply: FastifyReply, problem: DomainProblem, dialects: DialectSet): FastifyReply {
  return reply.code(problem.status).type('application/problem+json').send(problemAsWritten(dialects, problem, problemBody(problem)));
}

export function malformedBody(detail: string, reason: Extract<ProblemReason, 'not-json' | 'not-an-object'>): DomainProblem {
  return new DomainProblem(400, 'MALFORMED_BODY', detail, [], reason);
}

export function validationFailed(errors: FieldError[], reason: Extract<ProblemReason, 'missing-field' | 'invalid-value'>): DomainProblem {
  return new DomainProblem(422, 'VALIDATION_FAILED', `${errors.length} field(s) of the request are invalid.`, errors, reason);
}
