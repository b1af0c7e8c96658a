// An error answer as the pact describes it (interface §2): `application/problem+json`, the code at
// `/code`, the field errors at `/errors`, each naming its field at `field`. A target that declares
// other places in its profile (errors.contentType, codePointer, fieldsPointer, fieldNamePointer)
// has them moved there; nothing else is touched, and what the profile does not declare stays as
// the target answered it.
import { readPointer } from '../../client/jsonPointer.ts';
import type { Profile } from '../../profile/index.ts';

export const problemMediaType = 'application/problem+json';

type Errors = Profile['errors'];
type Json = Record<string, unknown>;

export interface ProblemAnswer {
  contentType: string | undefined;
  body: unknown;
}

const mediaTypeOf = (contentType: string | undefined) => contentType?.split(';')[0]?.trim().toLowerCase();
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

function canonicalContentType(errors: Errors, contentType: string | undefined): string | undefined {
  const declared = mediaTypeOf(errors.contentType);
  if (contentType === undefined || declared === problemMediaType || mediaTypeOf(contentType) !== declared) return contentType;
  return contentType.replace(/^[^;]*/, problemMediaType);
}

function withCode(errors: Errors, body: Json): Json {
  if (errors.codePointer === '/code') return body;
  const code = readPointer(body, errors.codePointer);
  return code === undefined ? body : { ...body, code };
}

function withFieldErrors(errors: Errors, body: Json): Json {
  if (errors.fieldsPointer === '/errors' && errors.fieldNamePointer === '/field') return body;
  const list = readPointer(body, errors.fieldsPointer);
  if (!Array.isArray(list)) return body;
  const fieldErrors = list.map((item) => {
    const field = isObject(item) ? readPointer(item, errors.fieldNamePointer) : undefined;
    return field === undefined ? item : { ...(item as Json), field };
  });
  return { ...body, errors: fieldErrors };
}

export function canonicalProblem(errors: Errors, answer: ProblemAnswer): ProblemAnswer {
  const contentType = canonicalContentType(errors, answer.contentType);
  if (!isObject(answer.body) || mediaTypeOf(contentType) !== problemMediaType) return { contentType, body: answer.body };
  return { contentType, body: withFieldErrors(errors, withCode(errors, answer.body)) };
}
