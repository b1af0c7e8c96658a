import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactEvidence } from '../../src/report/redactEvidence.ts';

test('secret-named keys, header pairs, credentials in text and known secrets are hidden and counted', () => {
  const { value, redactions } = redactEvidence(
    {
      request: { headers: { Authorization: 'Bearer abc.def', 'content-type': 'application/json' }, body: 'grant_type=client_credentials&client_id=a&client_secret=s3cr3t-value' },
      response: { body: { access_token: 'tok-123', token_type: 'Bearer', documents: [{ fileContent: 'QUJDRA==' }] } },
      headerList: [{ name: 'Cookie', value: 'session=1' }],
      note: 'the endpoint echoed whsec-known-123 back',
    },
    ['whsec-known-123'],
  );
  assert.deepEqual(value, {
    request: { headers: { Authorization: 'Bearer <redacted>', 'content-type': 'application/json' }, body: 'grant_type=client_credentials&client_id=a&client_secret=<redacted>' },
    response: { body: { access_token: '<redacted>', token_type: 'Bearer', documents: [{ fileContent: '<elided 8 base64 chars>' }] } },
    headerList: [{ name: 'Cookie', value: '<redacted>' }],
    note: 'the endpoint echoed <redacted> back',
  });
  assert.equal(redactions, 6);
});

test('what the runtime already redacted is left alone and not counted', () => {
  const input = {
    headers: { authorization: 'Bearer <redacted>', 'www-authenticate': 'Bearer error="invalid_token"' },
    body: { client_secret: '<redacted>', fileContent: '<elided 1234 base64 chars>' },
    form: 'client_id=a&client_secret=<redacted>',
  };
  const { value, redactions } = redactEvidence(input);
  assert.deepEqual(value, input);
  assert.equal(redactions, 0);
});
