// Parameter types shared by the generic and the domain steps.
import { defineParameterType } from '@cucumber/cucumber';
import type { Caller } from '../../src/client/index.ts';

const callers: Record<string, Caller> = {
  'the marketplace': 'primary',
  'the second marketplace': 'second',
  'the reader client': 'reader',
  'an anonymous caller': 'anonymous',
  'a caller with a forged token': 'forged',
};

/** Who sends a request: `as the second marketplace`, `as an anonymous caller`, … */
defineParameterType({
  name: 'caller',
  useForSnippets: false,
  regexp: new RegExp(Object.keys(callers).join('|')),
  transformer: (text: string): Caller => callers[text],
});
