// How an onboarding step checks a refusal (interface §2): the profile's status for the situation,
// the profile's error code, the problem+json shape, and the field the errors name.
import { readPointer } from '../client/index.ts';
import { describeExchange, ExpectationError, type KitWorld } from '../world/index.ts';
import { namesPath } from './fieldPaths.ts';

export interface NamedField {
  field: string;
  message: unknown;
}

/** The field errors of the last answer (profile's fieldsPointer / fieldNamePointer), as the target spells their paths. */
export function fieldErrors(world: KitWorld): NamedField[] {
  const { fieldsPointer, fieldNamePointer } = world.profile.errors;
  const errors = readPointer(world.lastResponse.body, fieldsPointer);
  if (!Array.isArray(errors)) return [];
  return errors
    .map((error) => ({ field: readPointer(error, fieldNamePointer), message: (error as { message?: unknown } | null)?.message }))
    .filter((error): error is NamedField => typeof error.field === 'string');
}

/** The last answer is refused with `situation`'s status and, when given, the profile's code `codeKey`. */
export function expectRefused(world: KitWorld, situation: string, codeKey?: string): void {
  world.expectStatus(situation);
  if (codeKey) world.expectErrorCode(codeKey);
}

/** The last answer's errors name every path (a field, or the field of a party or part of the request). */
export function expectFieldsNamed(world: KitWorld, paths: readonly string[]): void {
  const named = fieldErrors(world).map((error) => error.field);
  const missing = paths.filter((path) => !named.some((field) => namesPath(field, path)));
  if (missing.length > 0) {
    throw new ExpectationError(`${describeExchange(world.lastResponse)} answered ${world.lastResponse.status} naming ${named.length > 0 ? named.join(', ') : 'no field'}, expected it to name ${missing.join(', ')}`);
  }
}

/** The field is named with a message saying what is wrong (interface §2: `errors: [ { field, message } ]`). */
export function expectFieldNamedWithMessage(world: KitWorld, path: string): void {
  expectFieldsNamed(world, [path]);
  const error = fieldErrors(world).find((candidate) => namesPath(candidate.field, path))!;
  if (typeof error.message !== 'string' || error.message.trim() === '') {
    throw new ExpectationError(`${describeExchange(world.lastResponse)} names ${error.field} without a message saying what is wrong`);
  }
}

/** interface §2: RFC 9457 problem+json with type, title, status, detail and a stable code. */
export function expectProblem(world: KitWorld): void {
  const response = world.lastResponse;
  const mediaType = (response.headers['content-type'] ?? '').split(';')[0]!.trim();
  const body = (response.body ?? {}) as Record<string, unknown>;
  const problems = [
    mediaType === world.profile.errors.contentType ? undefined : `content type ${mediaType || 'none'} instead of ${world.profile.errors.contentType}`,
    ...['type', 'title', 'detail'].map((member) => (typeof body[member] === 'string' && body[member] !== '' ? undefined : `no ${member}`)),
    body.status === response.status ? undefined : `status member ${JSON.stringify(body.status)} instead of ${response.status}`,
    typeof readPointer(body, world.profile.errors.codePointer) === 'string' ? undefined : `no code at ${world.profile.errors.codePointer}`,
  ].filter(Boolean);
  if (problems.length > 0) throw new ExpectationError(`${describeExchange(response)} answered ${response.status} but not as a problem: ${problems.join(', ')}`);
}

/** The words a scenario uses for a refusal, and the profile situation each stands for. */
export const refusalSituations: Record<string, string> = {
  unprocessable: 'unprocessable',
  'a conflict': 'conflict',
  'not found': 'notFound',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  'a malformed body': 'malformedBody',
  'method not allowed': 'methodNotAllowed',
  'payload too large': 'payloadTooLarge',
};
