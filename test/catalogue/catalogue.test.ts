// The rule catalogue is what the sandbox, the features and the sign-off report stand on, so it is
// checked here: shape (schema), unique ids, coverage of every area, quotes that really occur in the
// cited section of the cited document, assumptions that say what was assumed and what may legally be
// done instead (variance: profile keys the profile schema has, alternatives with one default and ids
// unique across the catalogue), and docs/rules.md in step.
// Each check is a function returning its problems, so that each one is also shown to catch a broken copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import {
  areaOrder,
  catalogueSchemaPath,
  readCatalogue,
  renderRules,
  renderedPath,
  type Catalogue,
  type CatalogueRule,
} from '../../scripts/render-rules.ts';
import type { RuleAlternative } from '../../src/report/ruleCatalogue.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const profileSchemaPath = join(repoRoot, 'contracts/profiles/profile.schema.json');
const seedsDir = resolve(repoRoot, '../shared/seeds');
const designDir = resolve(repoRoot, '../shared/design');
const documentFiles: Record<string, string> = {
  'seed-journeys': join(seedsDir, 'marketplace-services-journeys.md'),
  'seed-vouchers': join(seedsDir, 'voucher-contract-selection.txt'),
  interface: join(designDir, 'interface.md'),
};

const catalogue = readCatalogue();
const areas = areaOrder();
const schema = JSON.parse(readFileSync(catalogueSchemaPath, 'utf8'));
const validate = new Ajv2020.default({ allErrors: true }).compile(schema);

/** Markdown noise removed before comparing a quote with its document: escapes, entities, code and bold marks, spacing. */
function normalise(text: string): string {
  return text
    .replace(/&#x20;|&nbsp;/g, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/`/g, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A heading as it is cited: link targets dropped, "2.1 - Title" and "3. Title" read as "2.1 Title" and "3 Title". */
function headingText(raw: string): string {
  return normalise(raw.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')).replace(/^(\d+(?:\.\d+)*)\.?\s*-?\s+/, '$1 ');
}

interface Heading {
  text: string;
  level: number;
  start: number;
  end: number;
}

/**
 * The headings of a document with the line range each one covers. Markdown headings outside code
 * fences count, and so do the seed's bold numbered pseudo-headings (**2.3.2 The contacts**). A plain
 * text document has none: there, any line may be cited and its section runs to the end.
 */
function headingsOf(lines: string[], markdown: boolean): Heading[] {
  if (!markdown) return lines.map((line, start) => ({ text: headingText(line), level: 1, start, end: lines.length }));
  const found: Omit<Heading, 'end'>[] = [];
  let inFence = false;
  lines.forEach((line, start) => {
    if (/^\s*```/.test(line)) inFence = !inFence;
    if (inFence) return;
    const hashes = /^(#{1,6})\s+(.*)$/.exec(line);
    const bold = /^\*\*(\d+(?:\.\d+)+\s[^*]+)\*\*/.exec(line);
    if (hashes) found.push({ text: headingText(hashes[2]), level: hashes[1].length, start });
    else if (bold) found.push({ text: headingText(bold[1]), level: 2 + bold[1].split(' ')[0].split('.').length - 1, start });
  });
  return found.map((heading, index) => {
    const next = found.slice(index + 1).find((other) => other.level <= heading.level);
    return { ...heading, end: next ? next.start : lines.length };
  });
}

interface Range {
  start: number;
  end: number;
}

/**
 * The line ranges a section label designates: "2.3.1 The Seller", "§4 Cash details", or nested parts
 * joined by " — " ("3 Transactions — Rules", where a leading chapter number stands for the chapter's heading).
 * Repeated sections (the seed has several drafts) give several ranges.
 */
function sectionRanges(label: string, headings: Heading[], lineCount: number): Range[] {
  const inside = (outer: Range) => (heading: Heading) => heading.start >= outer.start && heading.start < outer.end && heading.start !== outer.start;
  let ranges: Range[] = [{ start: -1, end: lineCount }];
  for (const part of normalise(label.replace(/^§/, '')).split(' — ')) {
    const exact = ranges.flatMap((range) => headings.filter(inside(range)).filter((h) => h.text === part));
    const chapter = /^(\d+) (.+)$/.exec(part);
    ranges = exact.length > 0 || !chapter
      ? exact
      : ranges
          .flatMap((range) => headings.filter(inside(range)).filter((h) => h.text.startsWith(`${chapter[1]} `)))
          .flatMap((range) => headings.filter(inside(range)).filter((h) => h.text === chapter[2]));
  }
  return ranges;
}

interface CitedDocument {
  lines: string[];
  headings: Heading[];
}

function loadDocuments(): Record<string, CitedDocument> {
  return Object.fromEntries(
    Object.entries(documentFiles).map(([name, file]) => {
      const lines = readFileSync(file, 'utf8').split('\n');
      return [name, { lines, headings: headingsOf(lines, file.endsWith('.md')) }];
    }),
  );
}

function schemaProblems(data: unknown): string[] {
  return validate(data) ? [] : (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || '/'} ${error.message}`);
}

function duplicateIds(rules: CatalogueRule[]): string[] {
  const seen = new Set<string>();
  return rules.map((rule) => rule.id).filter((id) => seen.has(id) || !seen.add(id));
}

function areasWithoutRules(rules: CatalogueRule[], allAreas: string[]): string[] {
  return allAreas.filter((area) => !rules.some((rule) => rule.area === area));
}

/** Every cited section must exist, and every quote (required on documented rules) must occur in it. */
function citationProblems(rules: CatalogueRule[], documents: Record<string, CitedDocument>): string[] {
  return rules.flatMap((rule) => {
    const { document, section, quote } = rule.source;
    const cited = documents[document];
    if (!cited) return [`${rule.id}: unknown document ${document}`];
    const ranges = sectionRanges(section, cited.headings, cited.lines.length);
    if (ranges.length === 0) return [`${rule.id}: no section "${section}" in ${document}`];
    if (!quote) return rule.kind === 'documented' ? [`${rule.id}: a documented rule needs a quote`] : [];
    const wanted = normalise(quote);
    const found = ranges.some((range) => normalise(cited.lines.slice(Math.max(range.start, 0), range.end).join('\n')).includes(wanted));
    return found ? [] : [`${rule.id}: quote not found in ${document} "${section}": ${quote}`];
  });
}

function assumptionProblems(rules: CatalogueRule[]): string[] {
  return rules
    .filter((rule) => rule.kind === 'assumption' && !rule.assumption?.trim())
    .map((rule) => `${rule.id}: an assumption must say what was assumed`);
}

/** Assumption ⇒ variance, documented ⇒ none: a documented rule is what every implementation must do. */
function varianceKindProblems(rules: CatalogueRule[]): string[] {
  return rules.flatMap((rule) => {
    if (rule.kind === 'assumption' && !rule.variance) return [`${rule.id}: an assumption must say what may legally be done instead (variance)`];
    if (rule.kind === 'documented' && rule.variance) return [`${rule.id}: a documented rule has no variance`];
    return [];
  });
}

/** Exactly one default per rule that names alternatives, and alternative ids unique across the catalogue. */
function alternativeProblems(rules: CatalogueRule[]): string[] {
  const owner = new Map<string, string>();
  return rules.flatMap((rule) => {
    const alternatives = rule.variance?.alternatives ?? [];
    const defaults = alternatives.filter((alternative) => alternative.default === true).length;
    const problems = alternatives.length > 0 && defaults !== 1 ? [`${rule.id}: ${defaults} default alternatives, expected exactly one`] : [];
    for (const { id } of alternatives) {
      const first = owner.get(id);
      if (first) problems.push(`${rule.id}: alternative ${id} is already ${first}'s`);
      else owner.set(id, rule.id);
    }
    return problems;
  });
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
}

/** Every profile key a variance names must be a key of the profile schema (statuses.created, errors.codes.unknownOrder…). */
function profileKeyProblems(rules: CatalogueRule[], profileSchema: SchemaNode): string[] {
  const exists = (key: string) => key.split('.').reduce<SchemaNode | undefined>((node, segment) => node?.properties?.[segment], profileSchema) !== undefined;
  return rules.flatMap((rule) => (rule.variance?.profileKeys ?? []).filter((key) => !exists(key)).map((key) => `${rule.id}: no profile key ${key}`));
}

// The cited documents sit beside the repository in the kit's workspace (and its CI), not in a
// user's clone: there only the checks that read them are skipped, with the reason.
const missingDocuments = Object.values(documentFiles).filter((file) => !existsSync(file));
const withDocuments = missingDocuments.length === 0 ? {} : { skip: `the cited documents are not beside this clone (${missingDocuments.map((file) => relative(repoRoot, file)).join(', ')})` };
const documents = missingDocuments.length === 0 ? loadDocuments() : {};
const profileSchema = JSON.parse(readFileSync(profileSchemaPath, 'utf8')) as SchemaNode;
const firstRule = catalogue.rules[0];
const withRule = (change: Partial<CatalogueRule>, index = 0): Catalogue => ({
  ...catalogue,
  rules: catalogue.rules.map((rule, i) => (i === index ? { ...rule, ...change } : rule)),
});

test('the catalogue matches contracts/rules.schema.json', () => {
  assert.deepEqual(schemaProblems(catalogue), []);
});

test('the schema refuses a bad id, an unknown area, a documented rule without quote, an assumption without text', () => {
  assert.notDeepEqual(schemaProblems(withRule({ id: 'onb-lower' })), []);
  assert.notDeepEqual(schemaProblems(withRule({ area: 'marketing' })), []);
  assert.notDeepEqual(schemaProblems(withRule({ kind: 'documented', source: { ...firstRule.source, quote: undefined } })), []);
  const assumption = catalogue.rules.findIndex((rule) => rule.kind === 'assumption');
  assert.notDeepEqual(schemaProblems(withRule({ assumption: undefined }, assumption)), []);
  assert.notDeepEqual(schemaProblems({ ...catalogue, extra: true }), []);
});

test('rule ids are unique', () => {
  assert.deepEqual(duplicateIds(catalogue.rules), []);
  assert.deepEqual(duplicateIds([...catalogue.rules, firstRule]), [firstRule.id]);
});

test('the catalogue has at least 60 rules', () => {
  assert.ok(catalogue.rules.length >= 60, `only ${catalogue.rules.length} rules`);
});

test('every area has at least one rule', () => {
  assert.deepEqual(areasWithoutRules(catalogue.rules, areas), []);
  const lastArea = areas[areas.length - 1];
  assert.deepEqual(areasWithoutRules(catalogue.rules.filter((rule) => rule.area !== lastArea), areas), [lastArea]);
});

test('every cited section exists and every quote occurs in it', withDocuments, () => {
  assert.deepEqual(citationProblems(catalogue.rules, documents), []);
});

test('a quote that is not in its section, or a section that does not exist, is caught', withDocuments, () => {
  const seller = catalogue.rules.find((rule) => rule.source.section === '2.3.1 The Seller');
  assert.ok(seller, 'a rule cites 2.3.1 The Seller');
  const elsewhere = { ...seller, source: { ...seller.source, section: '2.3.3 The documents' } };
  const invented = { ...seller, source: { ...seller.source, quote: 'sellers may skip KYC' } };
  const missing = { ...seller, source: { ...seller.source, section: '9.9 Nowhere' } };
  assert.equal(citationProblems([elsewhere, invented, missing], documents).length, 3);
});

test('quotes are compared without markdown escapes and line breaks', withDocuments, () => {
  const rule: CatalogueRule = {
    ...firstRule,
    source: { document: 'seed-journeys', section: '2.4 Launch the KYC', quote: 'dataStatus (COMPLETE, INCOMPLETE, PENDING_VALIDATION, VALIDATED)' },
  };
  assert.deepEqual(citationProblems([rule], documents), []);
});

test('assumptions say what was assumed', () => {
  assert.deepEqual(assumptionProblems(catalogue.rules), []);
  const assumption = catalogue.rules.find((rule) => rule.kind === 'assumption');
  assert.ok(assumption);
  assert.equal(assumptionProblems([{ ...assumption, assumption: '  ' }]).length, 1);
});

test('every assumption has a variance, and no documented rule has one', () => {
  assert.deepEqual(varianceKindProblems(catalogue.rules), []);
  const assumption = catalogue.rules.find((rule) => rule.kind === 'assumption');
  const documented = catalogue.rules.find((rule) => rule.kind === 'documented');
  assert.ok(assumption && documented);
  const broken = [{ ...assumption, variance: undefined }, { ...documented, variance: { profileKeys: ['statuses.created'] } }];
  assert.equal(varianceKindProblems(broken).length, 2);
  assert.notDeepEqual(schemaProblems(withRule({ variance: undefined }, catalogue.rules.indexOf(assumption))), []);
  assert.notDeepEqual(schemaProblems(withRule({ variance: { profileKeys: ['statuses.created'] } }, catalogue.rules.indexOf(documented))), []);
});

test('alternatives have exactly one default and ids unique across the catalogue', () => {
  assert.deepEqual(alternativeProblems(catalogue.rules), []);
  const chosen = catalogue.rules.filter((rule) => (rule.variance?.alternatives?.length ?? 0) > 1);
  assert.ok(chosen.length >= 2, 'at least two rules name alternatives');
  const [first, second] = chosen as [CatalogueRule, CatalogueRule];
  const [kept, other] = first.variance?.alternatives as [RuleAlternative, RuleAlternative];
  const noDefault = { ...first, variance: { alternatives: [{ id: kept.id, statement: kept.statement }, other] } };
  const twoDefaults = { ...first, variance: { alternatives: [kept, { ...other, default: true as const }] } };
  const stolen = { ...second, variance: { alternatives: [...(second.variance?.alternatives ?? []), { id: kept.id, statement: 'taken' }] } };
  assert.equal(alternativeProblems([noDefault]).length, 1);
  assert.equal(alternativeProblems([twoDefaults]).length, 1);
  assert.deepEqual(alternativeProblems([first, stolen]), [`${second.id}: alternative ${kept.id} is already ${first.id}'s`]);
  const index = catalogue.rules.indexOf(first);
  assert.notDeepEqual(schemaProblems(withRule({ variance: noDefault.variance }, index)), []);
  assert.notDeepEqual(schemaProblems(withRule({ variance: twoDefaults.variance }, index)), []);
  assert.notDeepEqual(schemaProblems(withRule({ variance: { alternatives: [{ id: 'Not_Kebab', default: true, statement: 'x' }] } }, index)), []);
});

test('every profile key of a variance is a key of the profile schema', () => {
  assert.deepEqual(profileKeyProblems(catalogue.rules, profileSchema), []);
  const rule = { ...firstRule, variance: { profileKeys: ['statuses.created', 'statuses.teapot', 'vouchers.tieBreak', 'errors.codes.unknownOrder'] } };
  assert.deepEqual(profileKeyProblems([rule], profileSchema), [`${firstRule.id}: no profile key statuses.teapot`, `${firstRule.id}: no profile key vouchers.tieBreak`]);
});

test('the alternatives the profile, the sandbox dialects and the scenarios name exist, the kit\'s reading being the default', () => {
  const named: Record<string, [string, string]> = {
    'REG-DATE-REQUIRED': ['registration-date-required', 'registration-date-optional'],
    'RES-VALIDATED-REVIEWED-AGAIN': ['resubmission-reviews-everything', 'resubmission-keeps-validated'],
    'IBAN-TRANSFER-FROM-SELLER-ACCOUNT': ['debtor-must-be-seller-iban', 'debtor-not-compared'],
    'VOU-TIE-LOWEST-CONTRACT-WINS': ['tie-lowest-contract-number', 'tie-highest-contract-number'],
  };
  for (const [id, [byDefault, other]] of Object.entries(named)) {
    const alternatives = catalogue.rules.find((rule) => rule.id === id)?.variance?.alternatives ?? [];
    assert.deepEqual(alternatives.map((alternative) => [alternative.id, alternative.default === true]), [[byDefault, true], [other, false]], id);
  }
  assert.equal(catalogue.rules.find((rule) => rule.id === 'REG-VALUE-REQUIRED')?.kind, 'documented');
  assert.ok(!catalogue.rules.some((rule) => rule.id === 'REG-VALUE-AND-DATE'), 'REG-VALUE-AND-DATE is split into REG-VALUE-REQUIRED and REG-DATE-REQUIRED');
});

test('docs/rules.md is up to date (run: npx tsx scripts/render-rules.ts)', () => {
  const rendered = renderRules(catalogue, areas);
  assert.equal(readFileSync(renderedPath, 'utf8'), rendered);
  assert.notEqual(renderRules(withRule({ statement: 'changed' }), areas), rendered);
  const assumption = catalogue.rules.findIndex((rule) => (rule.variance?.alternatives?.length ?? 0) > 1);
  const [byDefault] = catalogue.rules[assumption]?.variance?.alternatives ?? [];
  assert.ok(rendered.includes(`*Alternative* \`${byDefault?.id}\` (default)`), 'the alternatives are rendered, the default marked');
  assert.notEqual(renderRules(withRule({ variance: { profileKeys: ['statuses.read'] } }, assumption), areas), rendered);
});
