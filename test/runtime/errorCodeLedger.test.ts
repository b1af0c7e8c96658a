// interface §2: the same mistake keeps its code; §8: an implementation may answer finer codes than
// the kit's situations. A mistake is its situation, operation and request shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCodeLedger, mistakeShape } from '../../src/world/errorCodeLedger.ts';

test('a request shape names its members and their JSON types, array positions folded', () => {
  assert.equal(mistakeShape({ amount: 0, splits: [{ fee: 1 }, { fee: 'x' }] }), 'amount:number,splits[].fee:number,splits[].fee:string');
  assert.equal(mistakeShape({ amount: 0 }), mistakeShape({ amount: -5 }), 'another value of the same kind is the same mistake');
  assert.notEqual(mistakeShape({ amount: 0 }), mistakeShape({}), 'a missing member is another mistake');
  assert.equal(mistakeShape('legalEntityName=ACME'), 'text');
  assert.equal(mistakeShape('["ACME"]'), 'text:[]:string', 'JSON sent as text is told apart from text that is not JSON');
  assert.equal(mistakeShape(undefined), 'no body');
});

test('the same mistake with another code is reported with the earlier scenario; finer codes for other mistakes are not', () => {
  const ledger = new ErrorCodeLedger();
  const seen = (code: string, shape: string) => ({ situation: 'malformedBody', operationId: 'upsertSeller', code, shape });
  assert.equal(ledger.record(seen('BODY_NOT_JSON', 'text'), 'first'), undefined);
  assert.equal(ledger.record(seen('BODY_NOT_AN_OBJECT', 'text:[]:string'), 'second'), undefined, 'a finer code for another mistake');
  assert.equal(ledger.record(seen('BODY_NOT_JSON', 'text'), 'third'), undefined, 'the same code again');
  assert.deepEqual(ledger.record(seen('MALFORMED', 'text'), 'fourth'), { ...seen('BODY_NOT_JSON', 'text'), scenario: 'first' });
});
