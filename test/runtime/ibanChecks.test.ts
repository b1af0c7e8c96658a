// IBANs as the rule states them (interface §3, §8): ISO 13616 shape and mod-97 are required; the
// national checks of the IBAN registry are advice unless the profile requires them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { iso13616Failure, nationalCheckFailures } from '../../src/contract/index.ts';
import { judgeIban } from '../../src/journeys/ibanChecks.ts';

const valid = 'FR7630006000011234567890189';
/** Passes mod-97, but its French RIB key (the national check digit) is wrong. */
const wrongRibKey = 'FR5430006000011234567890100';
/** Passes mod-97, but is shorter than a French IBAN. */
const shortFrench = 'FR613000600001123456789';

test('an IBAN passes ISO 13616 when its shape is right and mod 97 is 1', () => {
  assert.equal(iso13616Failure(valid), undefined);
  assert.equal(iso13616Failure('DE89370400440532013000'), undefined);
  assert.equal(iso13616Failure(wrongRibKey), undefined);
  assert.match(iso13616Failure('FR7630006000011234567890188')!, /fails the ISO 13616 mod-97 check/);
  assert.match(iso13616Failure('fr7630006000011234567890189')!, /not shaped as an ISO 13616 IBAN/);
  assert.match(iso13616Failure(`FR76${'1'.repeat(31)}`)!, /not shaped as an ISO 13616 IBAN/);
  assert.match(iso13616Failure(undefined)!, /not shaped as an ISO 13616 IBAN/);
});

test('the national checks are named apart from mod-97', () => {
  assert.deepEqual(nationalCheckFailures(valid), []);
  assert.deepEqual(nationalCheckFailures(wrongRibKey), [`${wrongRibKey} fails the national check digit`]);
  assert.ok(nationalCheckFailures(shortFrench).some((failure) => /national format check/.test(failure)));
  assert.ok(nationalCheckFailures(shortFrench).every((failure) => !/mod-97/.test(failure)));
});

test('a national check failure is advice, or a failure when the profile requires it; mod-97 always fails', () => {
  assert.deepEqual(judgeIban(wrongRibKey, 'advice'), { failures: [], advice: [`${wrongRibKey} fails the national check digit`] });
  assert.deepEqual(judgeIban(wrongRibKey, 'required'), { failures: [`${wrongRibKey} fails the national check digit`], advice: [] });
  assert.deepEqual(judgeIban(valid, 'required'), { failures: [], advice: [] });
  assert.equal(judgeIban('FR7630006000011234567890188', 'advice').failures.length, 1);
});
