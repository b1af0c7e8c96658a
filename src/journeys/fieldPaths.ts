// Field paths as problem answers write them in `errors[].field` (interface §8: dotted
// `splits.0.fee`, bracketed `splits[0].fee` or a JSON pointer `/splits/0/fee`), read as one list
// of tokens so that the three spellings of one field compare equal.
import { pointerTokens } from '../client/jsonPointer.ts';

/** `splits[0].fee`, `splits.0.fee`, `/splits/0/fee` → `['splits', '0', 'fee']`. */
export function fieldPathTokens(path: string): string[] {
  if (path.startsWith('/')) return pointerTokens(path);
  const tokens: string[] = [];
  for (const part of path.split('.')) {
    // `name[0]['key']`: the name, then each bracketed index or quoted key.
    const [name, ...brackets] = part.split('[');
    if (name !== '') tokens.push(name!);
    for (const bracket of brackets) tokens.push(bracket.replace(/\]$/, '').replace(/^(['"])(.*)\1$/, '$2'));
  }
  return tokens;
}

/** Both spell the same field. */
export function sameFieldPath(reported: string, expected: string): boolean {
  const [a, b] = [fieldPathTokens(reported), fieldPathTokens(expected)];
  return a.length === b.length && a.every((token, index) => token === b[index]);
}

/**
 * Does the reported field name `path`, exactly or through one of its parts? A registration refused
 * for its value may be reported as `externalRegistrations.1.value` for `externalRegistrations`.
 */
export function namesPath(reported: string, path: string): boolean {
  const [field, named] = [fieldPathTokens(reported), fieldPathTokens(path)];
  return named.length <= field.length && named.every((token, index) => token === field[index]);
}
