import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { execWithIndices, matchIndicesFile } from '../../src/cli/nativeMatchIndices.ts';

const require = createRequire(import.meta.url);
/** The package's own JavaScript implementation, which cucumber-expressions would use without the kit. */
const implementation = require(join(dirname(matchIndicesFile), 'implementation.js')) as (this: RegExp, text: string) => RegExpExecArray | null;

test('cucumber-expressions loads the native match indices, and steps match as before', async () => {
  await import('../../src/cli/cucumberSession.ts');
  assert.equal(require(matchIndicesFile), execWithIndices);
  const { CucumberExpression, ParameterTypeRegistry } = await import('@cucumber/cucumber-expressions');
  const expression = new CucumberExpression('a/an {word} order {string} of {float} EUR', new ParameterTypeRegistry());
  const args = expression.match('a paid order "O1" of 12.5 EUR');
  assert.deepEqual(
    args?.map((arg) => [arg.group.start, arg.group.value]),
    [[2, 'paid'], [13, '"O1"'], [21, '12.5']],
  );
});

test('the native indices equal the package implementation: groups, optional and named groups, lastIndex', () => {
  const cases: [RegExp, string][] = [
    [/^the (\w+) seller "([^"]*)" has (\d+)(?:\.(\d+))? (EUR|USD)?$/, 'the French seller "S1" has 12.50 EUR'],
    [/^(a(b)?)(c)?$/, 'ab'],
    [/(?<amount>-?\d+(?:\.\d+)?) (?<currency>[A-Z]{3})/, 'pays 10.00 EUR now'],
    [/x/g, 'axbx'],
    [/nothing/, 'something else'],
  ];
  for (const [regexp, text] of cases) {
    const copy = new RegExp(regexp.source, regexp.flags);
    copy.lastIndex = regexp.lastIndex = 2;
    const native = execWithIndices(regexp, text);
    const reference = implementation.call(copy, text);
    assert.deepEqual(native && [...native], reference && [...reference], regexp.source);
    assert.deepEqual(native?.indices && [...native.indices], reference?.indices && [...reference.indices], regexp.source);
    assert.equal(regexp.lastIndex, copy.lastIndex, `${regexp.source}: lastIndex`);
  }
});

test('a repeated group: the native index is where its last repetition starts, as its value is (the package gives the first)', () => {
  const match = execWithIndices(/^((a|b)+)$/, 'abab')!;
  assert.equal(match[2], 'b');
  assert.deepEqual(match.indices![2], [3, 4]);
});
