// Field paths of problem answers (interface §8): dotted, bracketed and JSON-pointer spellings of one
// field compare equal; a field that only starts alike is another field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldPathTokens, namesPath, sameFieldPath } from '../../src/journeys/fieldPaths.ts';

test('the three spellings of a field path read as the same tokens', () => {
  for (const spelling of ['splits.0.fee', 'splits[0].fee', '/splits/0/fee', "splits[0]['fee']"]) {
    assert.deepEqual(fieldPathTokens(spelling), ['splits', '0', 'fee'], spelling);
  }
  assert.deepEqual(fieldPathTokens('amount'), ['amount']);
  assert.deepEqual(fieldPathTokens('/a~1b/c~0d'), ['a/b', 'c~d']);
  assert.deepEqual(fieldPathTokens('matrix[1][2]'), ['matrix', '1', '2']);
});

test('the same field is the same whichever way it is written, and only that field', () => {
  assert.ok(sameFieldPath('/splits/0/fee', 'splits.0.fee'));
  assert.ok(sameFieldPath('splits[0].fee', 'splits.0.fee'));
  assert.ok(sameFieldPath('amount', 'amount'));
  assert.ok(!sameFieldPath('splits.0', 'splits.0.fee'));
  assert.ok(!sameFieldPath('splits.1.fee', 'splits.0.fee'));
  assert.ok(!sameFieldPath('amountType', 'amount'));
});

test('a refusal names a field exactly or through one of its parts, never a field that only starts alike', () => {
  assert.ok(namesPath('externalRegistrations.1.value', 'externalRegistrations'));
  assert.ok(namesPath('externalRegistrations[1].value', 'externalRegistrations'));
  assert.ok(namesPath('/externalRegistrations/1/value', 'externalRegistrations'));
  assert.ok(namesPath('contacts[0].birthDate', 'contacts.0'));
  assert.ok(namesPath('email', 'email'));
  assert.ok(!namesPath('emailAddress', 'email'));
  assert.ok(!namesPath('address', 'address.zipCode'));
});
