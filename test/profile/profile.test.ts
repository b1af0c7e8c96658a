import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  acceptedStatuses,
  alternativeSituations,
  defaultProfilePath,
  codeExpectation,
  contractStatusFor,
  errorCodeKeys,
  listItems,
  loadProfile,
  ProfileError,
  situations,
  statusFor,
} from '../../src/profile/index.ts';

const dir = await mkdtemp(join(tmpdir(), 'mskit-profile-'));
after(() => rm(dir, { recursive: true, force: true }));

let fileCount = 0;
async function profileFile(yaml: string): Promise<string> {
  const file = join(dir, `profile-${++fileCount}.yaml`);
  await writeFile(file, yaml);
  return file;
}

async function loadError(file: string): Promise<ProfileError> {
  try {
    await loadProfile(file);
  } catch (error) {
    assert.ok(error instanceof ProfileError, `expected a ProfileError, got ${String(error)}`);
    return error;
  }
  assert.fail(`${file} loaded without error`);
}

test('the default profile loads, validates and holds interface.md defaults', async () => {
  const profile = await loadProfile();
  assert.equal(profile.statuses.created, 201);
  assert.equal(profile.statuses.upserted, 200);
  assert.equal(profile.statuses.kycAccepted, 202);
  assert.equal(profile.statuses.payloadTooLarge, 413);
  assert.equal(profile.errors.contentType, 'application/problem+json');
  assert.equal(profile.errors.codePointer, '/code');
  assert.deepEqual(profile.errors.codes, {}, 'interface §8: no code name is asserted by default');
  assert.deepEqual(profile.operationStatuses, {});
  assert.deepEqual(profile.lists, {}, 'list envelopes are found automatically by default');
  assert.deepEqual(profile.webhooks, {
    deadlineMs: 5000,
    quietWindowMs: 300,
    signatureHeader: 'MS-Signature',
    toleranceSeconds: 300,
    envelope: { id: '/id', type: '/type', createdAt: '/createdAt', data: '/data' },
  });
  assert.deepEqual(profile.money, { decimals: 2 });
  assert.deepEqual(profile.formats, { ibanNationalCheck: 'advice' });
  assert.deepEqual(profile.assumptions, {}, 'every assumption keeps its default alternative');
});

test('the default is found from the repository root whatever the working directory', async () => {
  const before = process.cwd();
  process.chdir(dir);
  try {
    assert.equal((await loadProfile()).statuses.deleted, 204);
    assert.equal((await loadProfile(defaultProfilePath)).statuses.deleted, 204);
  } finally {
    process.chdir(before);
  }
});

test('the TypeScript key lists and the JSON schema name the same keys', async () => {
  const schema = JSON.parse(await readFile(join(defaultProfilePath, '..', 'profile.schema.json'), 'utf8'));
  assert.deepEqual(schema.properties.statuses.required, [...situations]);
  assert.deepEqual(Object.keys(schema.properties.statuses.properties), [...situations]);
  assert.deepEqual(Object.keys(schema.properties.acceptedStatuses.properties), [...situations, ...alternativeSituations]);
  assert.deepEqual(Object.keys(schema.properties.errors.properties.codes.properties), [...errorCodeKeys]);
  assert.deepEqual(Object.keys(schema.properties.operationStatuses.additionalProperties.properties), [...situations]);
});

test('a partial profile is merged over the default, mappings key by key and lists whole', async () => {
  const file = await profileFile(
    [
      'statuses:',
      '  created: 200',
      '  unprocessable: 400',
      'acceptedStatuses:',
      '  serverOwnedField: [422]',
      'webhooks:',
      '  deadlineMs: 9000',
      '  envelope:',
      '    type: /event',
    ].join('\n'),
  );
  const profile = await loadProfile(file);
  assert.equal(profile.statuses.created, 200);
  assert.equal(profile.statuses.unprocessable, 400);
  assert.equal(profile.statuses.read, 200, 'untouched situations keep the default');
  assert.deepEqual(profile.acceptedStatuses.serverOwnedField, [422], 'a list replaces the default list');
  assert.deepEqual(profile.acceptedStatuses.clockInPast, [409, 422]);
  assert.equal(profile.webhooks.deadlineMs, 9000);
  assert.equal(profile.webhooks.signatureHeader, 'MS-Signature');
  assert.deepEqual(profile.webhooks.envelope, { id: '/id', type: '/event', createdAt: '/createdAt', data: '/data' });
});

test('an empty profile file states no difference from the default', async () => {
  const file = await profileFile('# nothing differs\n');
  assert.deepEqual(await loadProfile(file), await loadProfile());
});

const malformed: { name: string; yaml: string; key: string; problem: RegExp }[] = [
  {
    name: 'a status that is not a number',
    yaml: 'statuses:\n  created: abc\n',
    key: 'statuses.created',
    problem: /statuses\.created must be an integer from 100 to 599 \(got "abc"\)$/,
  },
  {
    name: 'a status out of range',
    yaml: 'statuses:\n  notFound: 700\n',
    key: 'statuses.notFound',
    problem: /must be an integer from 100 to 599 \(got 700\)$/,
  },
  {
    name: 'a misspelt key',
    yaml: 'statuses:\n  creatd: 201\n',
    key: 'statuses.creatd',
    problem: /unknown key "statuses\.creatd" \(did you mean "statuses\.created"\?\)$/,
  },
  {
    name: 'an unknown top-level key',
    yaml: 'colours: blue\n',
    key: 'colours',
    problem: /unknown key "colours" \(known keys here: statuses, /,
  },
  {
    name: 'an accepted status out of range in a list',
    yaml: 'acceptedStatuses:\n  serverOwnedField: [200, 42]\n',
    key: 'acceptedStatuses.serverOwnedField[1]',
    problem: /must be an integer from 100 to 599 \(got 42\)$/,
  },
  {
    name: 'an accepted status for an unknown situation',
    yaml: 'acceptedStatuses:\n  serverOwnedFeild: [200]\n',
    key: 'acceptedStatuses.serverOwnedFeild',
    problem: /did you mean "acceptedStatuses\.serverOwnedField"\?/,
  },
  {
    name: 'an empty list of accepted statuses',
    yaml: 'acceptedStatuses:\n  clockInPast: []\n',
    key: 'acceptedStatuses.clockInPast',
    problem: /must not be an empty list$/,
  },
  {
    name: 'a mapping replaced by a scalar',
    yaml: 'webhooks: 5000\n',
    key: 'webhooks',
    problem: /webhooks must be a mapping \(got 5000\)$/,
  },
  {
    name: 'an envelope pointer that is not a JSON pointer',
    yaml: 'webhooks:\n  envelope:\n    id: id\n',
    key: 'webhooks.envelope.id',
    problem: /must be a JSON pointer such as "\/code" \(got "id"\)$/,
  },
  {
    name: 'a deadline given as text',
    yaml: 'webhooks:\n  deadlineMs: 5s\n',
    key: 'webhooks.deadlineMs',
    problem: /must be an integer from 1 to 600000 \(got "5s"\)$/,
  },
  {
    name: 'an unknown IBAN strictness',
    yaml: 'formats:\n  ibanNationalCheck: sometimes\n',
    key: 'formats.ibanNationalCheck',
    problem: /must be one of "advice", "required" \(got "sometimes"\)$/,
  },
  {
    name: 'a success answered with a refusal status',
    yaml: 'statuses:\n  created: 404\n',
    key: 'statuses.created',
    problem: /statuses\.created is a success: it must be a 2xx status \(got 404\)$/,
  },
  {
    name: 'a refusal answered with a success status',
    yaml: 'statuses:\n  unprocessable: 200\n',
    key: 'statuses.unprocessable',
    problem: /is a refusal: it must be a 4xx status \(got 200\)$/,
  },
  {
    name: 'a per-operation status for an operation no contract has',
    yaml: 'operationStatuses:\n  createOrdr:\n    created: 200\n',
    key: 'operationStatuses.createOrdr',
    problem: /no operation of the contracts has this operationId$/,
  },
  {
    name: 'a per-operation refusal status that is a success',
    yaml: 'operationStatuses:\n  createOrder:\n    conflict: 200\n',
    key: 'operationStatuses.createOrder.conflict',
    problem: /is a refusal: it must be a 4xx status \(got 200\)$/,
  },
  {
    name: 'a list envelope for an operation that is not a list',
    yaml: 'lists:\n  listOrders: /items\n',
    key: 'lists.listOrders',
    problem: /not a list operation of the contracts/,
  },
  {
    name: 'two envelope members at one place',
    yaml: 'webhooks:\n  envelope:\n    type: /id\n',
    key: 'webhooks.envelope.',
    problem: /\/id is also where another envelope member is$/,
  },
  {
    name: 'an alternative for a rule that does not exist',
    yaml: 'assumptions:\n  NO-SUCH-RULE: whatever\n',
    key: 'assumptions.NO-SUCH-RULE',
    problem: /no rule of contracts\/rules\.yaml has this id$/,
  },
  {
    name: 'an alternative a rule does not name',
    yaml: 'assumptions:\n  REG-DATE-REQUIRED: registration-date-sometimes\n',
    key: 'assumptions.REG-DATE-REQUIRED',
    problem: /"registration-date-sometimes" is not one of its alternatives \(registration-date-required, registration-date-optional\)$/,
  },
  {
    name: 'a header name with a space',
    yaml: 'webhooks:\n  signatureHeader: MS Signature\n',
    key: 'webhooks.signatureHeader',
    problem: /must be an HTTP header name such as MS-Signature \(got "MS Signature"\)$/,
  },
  {
    name: 'an error code given alone instead of a list',
    yaml: 'errors:\n  codes:\n    kycReviewInProgress: SELLER_LOCKED\n',
    key: 'errors.codes.kycReviewInProgress',
    problem: /must be a list \(got "SELLER_LOCKED"\)$/,
  },
  {
    name: 'an error code left empty in its list',
    yaml: 'errors:\n  codes:\n    kycReviewInProgress: [""]\n',
    key: 'errors.codes.kycReviewInProgress[0]',
    problem: /must be a non-empty string \(got ""\)$/,
  },
];

for (const { name, yaml, key, problem } of malformed) {
  test(`malformed profile: ${name} gives one line naming the file and "${key}"`, async () => {
    const file = await profileFile(yaml);
    const { message } = await loadError(file);
    assert.ok(message.startsWith(`profile ${file}: `), message);
    assert.ok(message.includes(key), `"${key}" is not in: ${message}`);
    assert.match(message, problem);
    assert.doesNotMatch(message, /\n/);
  });
}

test('a profile that is not valid YAML names the file and the line', async () => {
  const file = await profileFile('statuses:\n  created: 201\n  read: [200\nwebhooks: {}\n');
  const { message } = await loadError(file);
  assert.match(message, new RegExp(`^profile ${file}: not valid YAML at line \\d+: \\S`));
  assert.doesNotMatch(message, /\n/);
});

test('a duplicated key is not valid YAML', async () => {
  const file = await profileFile('statuses:\n  created: 201\n  created: 200\n');
  const { message } = await loadError(file);
  assert.equal(message, `profile ${file}: not valid YAML at line 3: Map keys must be unique`);
});

test('a profile that is a list rather than a mapping says so', async () => {
  const file = await profileFile('- created: 201\n');
  const { message } = await loadError(file);
  assert.equal(message, `profile ${file}: must be a mapping of profile keys such as "statuses:" (got a list)`);
});

test('a "__proto__" key is refused as unknown, not merged into the prototype', async () => {
  const file = await profileFile('__proto__:\n  polluted: true\n');
  const { message } = await loadError(file);
  assert.match(message, /unknown key "__proto__"/);
});

test('a missing profile file says it is not found', async () => {
  const file = join(dir, 'no-such-profile.yaml');
  const { message } = await loadError(file);
  assert.match(message, new RegExp(`^profile ${file}: file not found \\(give the path of an existing YAML profile`));
  assert.doesNotMatch(message, /\n/);
});

test('a relative profile path is named as given from the working directory', async () => {
  const before = process.cwd();
  process.chdir(dir);
  try {
    await writeFile(join(dir, 'relative.yaml'), 'statuses:\n  created: abc\n');
    const { message } = await loadError('relative.yaml');
    assert.ok(message.startsWith('profile relative.yaml: statuses.created'), message);
  } finally {
    process.chdir(before);
  }
});

test('statusFor and acceptedStatuses read single codes and alternatives', async () => {
  const profile = await loadProfile();
  assert.equal(statusFor(profile, 'created'), 201);
  assert.deepEqual(acceptedStatuses(profile, 'conflict'), [409]);
  assert.deepEqual(acceptedStatuses(profile, 'serverOwnedField'), [200, 422]);
  assert.equal(statusFor(profile, 'serverOwnedField'), 200);

  const file = await profileFile('statuses:\n  unprocessable: 400\nacceptedStatuses:\n  unprocessable: [422, 400]\n');
  const lenient = await loadProfile(file);
  assert.deepEqual(acceptedStatuses(lenient, 'unprocessable'), [400, 422], 'the statuses code first, no duplicates');
  assert.equal(statusFor(lenient, 'unprocessable'), 400);
});

test('an unknown situation is a one-line ProfileError with a suggestion', async () => {
  const profile = await loadProfile();
  assert.throws(() => statusFor(profile, 'creatd'), (error: unknown) => {
    assert.ok(error instanceof ProfileError);
    assert.equal(error.message, 'the expectation profile has no status for situation "creatd" (did you mean "created"?)');
    return true;
  });
  assert.throws(() => acceptedStatuses(profile, 'constructor'), ProfileError, 'inherited object keys are not situations');
});

test('an error situation maps to the codes the profile declares, none by default; a literal code passes through', async () => {
  assert.deepEqual(codeExpectation(await loadProfile(), 'kycReviewInProgress'), { kind: 'situation', situation: 'kycReviewInProgress', declared: undefined });
  const file = await profileFile('errors:\n  codes:\n    kycReviewInProgress: [SELLER_LOCKED, SELLER_UNDER_REVIEW]\n');
  const profile = await loadProfile(file);
  assert.deepEqual(codeExpectation(profile, 'kycReviewInProgress'), { kind: 'situation', situation: 'kycReviewInProgress', declared: ['SELLER_LOCKED', 'SELLER_UNDER_REVIEW'] });
  assert.deepEqual(codeExpectation(profile, 'SOMETHING_LITERAL'), { kind: 'literal', code: 'SOMETHING_LITERAL' });
  assert.throws(() => codeExpectation(profile, 'kycReviewInProgres'), /did you mean "kycReviewInProgress"\?/);
});

test('a status moved for one operation is read as the situation the contract describes', async () => {
  const defaults = await loadProfile();
  const file = await profileFile('statuses:\n  created: 200\noperationStatuses:\n  upsertSeller:\n    created: 201\n');
  const profile = await loadProfile(file);
  assert.equal(statusFor(profile, 'created', 'createOrder'), 200);
  assert.equal(statusFor(profile, 'created', 'upsertSeller'), 201, 'the operation keeps its own status');
  assert.equal(contractStatusFor(profile, defaults, 'createOrder', 200, ['201', '400', '422']), 201);
  assert.equal(contractStatusFor(profile, defaults, 'upsertSeller', 200, ['200', '201', '422']), 200, 'an update of a seller is still 200');
  assert.equal(contractStatusFor(defaults, defaults, 'createOrder', 200, ['201', '400', '422']), 200, 'unmoved, an unexpected status stays itself (and fails the check)');
});

test('a list is read where the profile says, else as a bare array or the one array member', async () => {
  const profile = await loadProfile();
  assert.deepEqual(listItems(profile, 'listTransfers', [{ a: 1 }]), [{ a: 1 }]);
  assert.deepEqual(listItems(profile, 'listTransfers', { transfers: [{ a: 1 }], count: 1 }), [{ a: 1 }]);
  assert.throws(() => listItems(profile, 'listTransfers', { transfers: [], others: [] }), /several array members \(transfers, others\): declare where its resources are with lists\.listTransfers/);
  const declared = await loadProfile(await profileFile('lists:\n  listTransfers: /data/transfers\n'));
  assert.deepEqual(listItems(declared, 'listTransfers', { data: { transfers: [1] }, other: [2] }), [1]);
  assert.throws(() => listItems(declared, 'listTransfers', { items: [1] }), /no array at \/data\/transfers/);
});
