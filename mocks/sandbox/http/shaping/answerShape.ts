import type { DialectSet } from '../../dialects.ts';
import type { Contract } from '../../../../src/contract/index.ts';
import type { Answer } from '../operation.ts';
import { withExtraMembers } from './extraMembers.ts';
import { listAsWritten } from './listShape.ts';
import { answerSchema, withNullOptionals } from './nullOptionals.ts';

// A success answer as the sandbox's dialects write it. The rules build the sandbox's own answer
// (the reference view of the contract); the dialects reshape it last, so the reference shapes stay
// what the sandbox's tests check. Without dialects the answer is unchanged.

export interface AnsweredOperation {
  contract: Contract;
  operationId: string;
  method: string;
}

/** interface §6: the simulation answers whose body a document fixes, { id }, { now } (the clock, read or moved) and { accounts }. */
const definedSimulationAnswers = new Set(['registerWebhookEndpoint', 'getClock', 'getAccounts']);

export function answerAsWritten(dialects: DialectSet, operation: AnsweredOperation, answer: Answer): Answer {
  if (dialects.names.length === 0) return answer;
  const { contract, operationId, method } = operation;
  // created-200: a POST that creates answers 200; PUT of a new seller keeps its 201.
  const status = dialects.has('created-200') && answer.status === 201 && method === 'POST' ? 200 : answer.status;
  if (answer.body === undefined) return { status };
  if (dialects.has('simulation-empty-bodies') && contract.name === 'simulation' && !definedSimulationAnswers.has(operationId)) return { status };
  let body: unknown = answer.body;
  if (dialects.has('null-optionals')) body = withNullOptionals(contract, answerSchema(contract, operationId, answer.status), body);
  body = listAsWritten(dialects, operationId, body);
  if (dialects.has('extra-fields')) body = withExtraMembers(body);
  return { status, body };
}
