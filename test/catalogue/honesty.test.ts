// A `documented` rule says no more than its quote: a status or an error code that interface.md
// decides (and no seed names) belongs to an `assumption`, whose profile keys let an implementation
// declare its own. Each check is a function returning its problems, shown to catch a broken copy too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCatalogue, type CatalogueRule } from '../../scripts/render-rules.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const sharedDir = resolve(repoRoot, '../shared');
const interfacePath = join(sharedDir, 'design/interface.md');
const seedPaths = [join(sharedDir, 'seeds/marketplace-services-journeys.md'), join(sharedDir, 'seeds/voucher-contract-selection.txt')];
const documentsThere = [interfacePath, ...seedPaths].every((path) => existsSync(path));

/** HTTP statuses and UPPER_SNAKE names a text holds (error codes among them). */
function statusesAndCodes(text: string): Set<string> {
  return new Set([...text.matchAll(/\b[1-5]\d\d\b|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g)].map((match) => match[0]));
}

/**
 * What interface.md decides and no seed names: its statuses, and its error codes (the names in §2
 * "Errors" and those given right after a status, as in "409 `KYC_REVIEW_IN_PROGRESS`"). Enum values
 * of the API (`SELLER_PAYMENT`…) are vocabulary, not answers, and are left to the contract checks.
 */
export function interfaceOnlyTokens(interfaceText: string, seedTexts: readonly string[]): Set<string> {
  const seeds = seedTexts.join('\n');
  const errorsSection = /## 2\. Errors([\s\S]*?)\n## /.exec(interfaceText)?.[1] ?? '';
  const codes = [...statusesAndCodes(errorsSection), ...[...interfaceText.matchAll(/\b[1-5]\d\d `([A-Z][A-Z0-9_]+)`/g)].map((match) => match[1]!)].filter((token) => /_/.test(token));
  const statuses = [...interfaceText.matchAll(/\b[1-5]\d\d\b/g)].map((match) => match[0]);
  return new Set([...statuses, ...codes].filter((token) => !new RegExp(`\\b${token}\\b`).test(seeds)));
}

/** Documented rules whose statement names an interface-only status or code that their quote does not. */
export function overreadingRules(rules: readonly CatalogueRule[], interfaceOnly: ReadonlySet<string>): string[] {
  return rules
    .filter((rule) => rule.kind === 'documented')
    .flatMap((rule) => {
      const quoted = statusesAndCodes(rule.source.quote ?? '');
      const named = [...statusesAndCodes(rule.statement)].filter((token) => interfaceOnly.has(token) && !quoted.has(token));
      return named.length > 0 ? [`${rule.id}: ${named.join(', ')}`] : [];
    });
}

test('no documented rule hard-codes a status or an error code that only interface.md gives', { skip: documentsThere ? false : 'the shared documents are not beside this clone' }, () => {
  const interfaceOnly = interfaceOnlyTokens(readFileSync(interfacePath, 'utf8'), seedPaths.map((path) => readFileSync(path, 'utf8')));
  assert.ok(interfaceOnly.has('409') && interfaceOnly.has('KYC_REVIEW_IN_PROGRESS'), 'interface.md decides the lock answer; no seed does');
  assert.deepEqual(overreadingRules(readCatalogue().rules, interfaceOnly), []);
});

test('the check catches a documented rule that states an interface decision', () => {
  const interfaceOnly = interfaceOnlyTokens('## 2. Errors\n`code` (`SPLIT_EXCEEDS_TRANSACTIONS`)\n## 3.\nevery change is 409 `KYC_REVIEW_IN_PROGRESS`; a missing field is 422; `SELLER_PAYMENT`', ['http 422 sur un champ absent']);
  assert.deepEqual([...interfaceOnly].sort(), ['409', 'KYC_REVIEW_IN_PROGRESS', 'SPLIT_EXCEEDS_TRANSACTIONS']);
  const rule = (kind: string, statement: string, quote = 'the endpoints are locked') => ({ id: `R-${kind}`, kind, statement, source: { quote } }) as unknown as CatalogueRule;
  assert.deepEqual(overreadingRules([rule('documented', 'A change answers 409 KYC_REVIEW_IN_PROGRESS.'), rule('assumption', 'A change answers 409.')], interfaceOnly), ['R-documented: 409, KYC_REVIEW_IN_PROGRESS']);
  assert.deepEqual(overreadingRules([rule('documented', 'A change answers 409.', 'every change is 409')], interfaceOnly), [], 'a documented rule may say what its own quote says');
});
