// The matchers the back-office's expectations are written with: what it checks exactly (statuses,
// error codes, enum values it branches on) and what it only needs to be there, of the right kind
// (ids MS makes, timestamps, labels it displays).
import { MatchersV3 as M } from '@pact-foundation/pact';

/** The token of the examples; the Pact mock takes any, the verifier puts a real one in. */
export const exampleToken = 'back-office-example-token';

export const bearerHeader = { Authorization: M.regex('^Bearer [A-Za-z0-9._~+/=-]+$', `Bearer ${exampleToken}`) };

export const jsonRequestHeaders = { ...bearerHeader, 'Content-Type': 'application/json' };

// Pact matches a header regex against the whole value, parameters (`; charset=utf-8`) included.
export const jsonResponseHeaders = { 'Content-Type': M.regex('^application/json(;.*)?$', 'application/json') };

export const problemResponseHeaders = { 'Content-Type': M.regex('^application/problem\\+json(;.*)?$', 'application/problem+json') };

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One of these values exactly (an enum the back-office branches on). */
export function oneOf(values: readonly string[], example: string = values[0]): M.Matcher<string> {
  return M.regex(`^(${values.map(escapeRegex).join('|')})$`, example);
}

/** An ISO 8601 date-time with an offset or Z, with or without fractions of a second. */
export function isoDateTime(example = '2026-11-23T10:00:00.000Z'): M.Matcher<string> {
  return M.regex('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$', example);
}

/** An id MS made: any non-empty string. */
export function msId(example: string): M.Matcher<string> {
  return M.like(example);
}

/**
 * A regex matching every string but `word`. Pact has no "this key is absent" matcher; a key rule
 * refusing exactly one name says it. Rust's regex engine has no lookahead, hence the spelled-out
 * complement: a proper prefix of the word, a prefix followed by another character, or the word
 * followed by more.
 */
export function anythingBut(word: string): string {
  const alternatives = [...word].map((character, index) => `${escapeRegex(word.slice(0, index))}(?:[^${escapeRegex(character)}].*)?`);
  return `^(?:${[...alternatives, `${escapeRegex(word)}.+`].join('|')})$`;
}

/** An object that must never carry `key` (a document's `fileContent`, seed §2.3.3). */
export function withoutKey<T extends Record<string, unknown>>(key: string, example: T): M.RulesMatcher<unknown> {
  const firstKey = Object.keys(example)[0] ?? 'id';
  return M.eachKeyMatches(example, M.regex(anythingBut(key), firstKey));
}

/** An RFC 9457 problem with the stable `code` the back-office branches on (interface §2). */
export function problem(status: number, code: string): Record<string, unknown> {
  return {
    type: M.like('about:blank'),
    title: M.like('The request cannot be processed'),
    status,
    code,
  };
}
