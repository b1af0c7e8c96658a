import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Contract, type ContractOptions } from '../../src/contract/index.ts';
import { fixture } from './fixtureContract.ts';

/** Bodies that pass, and that fail each kind of check the cached code must keep: required, pattern, formats, money. */
const bodies = [
  { externalOrderId: 'o-1', amount: 12.34, iban: 'FR7630006000011234567890189', createdAt: '2026-12-06T10:00:00Z' },
  { amount: 1 },
  { externalOrderId: 'O 1', amount: 1.234, iban: 'FR7630006000011234567890188', createdAt: 'yesterday' },
  // Passes mod-97 but not the French national check digit: refused by the reference view only.
  { externalOrderId: 'o-2', amount: 3, iban: 'FR7612345678901234567890123' },
];

const load = createRequire(import.meta.url);

const violations = (options: ContractOptions) => {
  const contract = new Contract('marketplace-services', fixture, options);
  return bodies.map((body) => contract.validateRequestBody('createOrder', body));
};

test('validators loaded from the cache judge as the ones ajv compiles, in both views and with the money decimals overridden', async () => {
  const cache = await mkdtemp(join(tmpdir(), 'mskit-validators-'));
  try {
    for (const options of [{ view: 'reference' }, { view: 'normative' }, { view: 'normative', moneyDecimals: 3 }] as const) {
      const compiled = violations({ ...options, validatorCache: false });
      const written = violations({ ...options, validatorCache: cache });
      const loaded = violations({ ...options, validatorCache: cache });
      assert.deepEqual(written, compiled);
      assert.deepEqual(loaded, compiled);
      assert.deepEqual(compiled[0], []);
      assert.ok(compiled[2]!.some((v) => v.rule === 'x-decimal-places') === (options.moneyDecimals === undefined));
    }
    // One folder per view and money setting, of validators that load as they were written.
    const folders = await readdir(cache);
    assert.equal(folders.length, 3);
    for (const folder of folders) {
      for (const file of await readdir(join(cache, folder))) assert.equal(typeof load(join(cache, folder, file)), 'function', `${folder}/${file} loads`);
    }
  } finally {
    await rm(cache, { recursive: true, force: true });
  }
});

test('a validator in the cache is used as it is, without compiling again; a torn file is compiled again', async () => {
  const cache = await mkdtemp(join(tmpdir(), 'mskit-validators-'));
  const torn = await mkdtemp(join(tmpdir(), 'mskit-validators-'));
  try {
    violations({ validatorCache: cache });
    const [folder] = await readdir(cache);
    const [file] = await readdir(join(cache, folder!));
    const stand = 'function validate() { validate.errors = [{ keyword: "planted", instancePath: "", params: {}, message: "from the cache" }]; return false; }';
    await writeFile(join(cache, folder!, file!), `module.exports = ${stand};`);
    assert.deepEqual(violations({ validatorCache: cache })[0], [{ pointer: '', field: '', rule: 'planted', message: 'from the cache' }]);
    // Another folder (a module loads once per process), the same names: the file is torn there.
    await mkdir(join(torn, folder!), { recursive: true });
    await writeFile(join(torn, folder!, file!), 'module.exports = function validate(');
    assert.deepEqual(violations({ validatorCache: torn })[0], []);
    assert.match(await readFile(join(torn, folder!, file!), 'utf8'), /^"use strict";/, 'the torn file is written again');
  } finally {
    await rm(cache, { recursive: true, force: true });
    await rm(torn, { recursive: true, force: true });
  }
});
