// The matchers the back-office's expectations are written with. The pact is exact only where a
// document fixes the value and the back-office branches on it (an enum such as `dataStatus`, a
// transfer's final status, `paidAmount: 0`); everywhere else it asks for a value of the right kind.
// It never pins what interface §8 leaves to the implementation: error codes and problem `type`s,
// field-path notation, id shapes, extra fields, optional fields.
import { MatchersV3 as M } from '@pact-foundation/pact';

/** The token of the examples; the Pact mock takes any, the verifier puts a real one in. */
export const exampleToken = 'back-office-example-token';

export const bearerHeader = { Authorization: M.regex('^Bearer [A-Za-z0-9._~+/=-]+$', `Bearer ${exampleToken}`) };

export const jsonRequestHeaders = { ...bearerHeader, 'Content-Type': 'application/json' };

// Pact matches a header regex against the whole value, parameters (`; charset=utf-8`) included. Any
// JSON media type will do (`application/json`, `application/vnd.ms+json`): the back-office parses JSON.
export const jsonResponseHeaders = { 'Content-Type': M.regex('^application/([A-Za-z0-9.-]+\\+)?json(;.*)?$', 'application/json') };

// Interface §2; a target declaring another media type (errors.contentType) is translated by the verifier.
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

/** An id MS made: any string (interface: ids are opaque). */
export function msId(example: string): M.Matcher<string> {
  return M.like(example);
}

/** An amount: a JSON number (interface: money in major units), whatever its value here. */
export function money(example: number): M.Matcher<number> {
  return M.number(example);
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

/**
 * An RFC 9457 problem as the back-office reads it (interface §2): a machine-readable `code`, a
 * string. Which name it is, the `type`, `title` and `detail` are the implementation's (§8).
 */
export function problem(codeExample: string): Record<string, unknown> {
  return { code: M.string(codeExample) };
}
