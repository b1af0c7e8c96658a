// Renders the rule catalogue (contracts/rules.yaml) as docs/rules.md, grouped by area in the
// schema's area order, each assumption with its variance (profile keys, named alternatives). The
// catalogue test fails when docs/rules.md differs from this output, so run
// `tsx scripts/render-rules.ts` after every change to the catalogue.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { RuleVariance } from '../src/report/ruleCatalogue.ts';

export interface CatalogueRule {
  id: string;
  title: string;
  statement: string;
  area: string;
  kind: 'documented' | 'assumption';
  source: { document: string; section: string; quote?: string };
  assumption?: string;
  variance?: RuleVariance;
  goLive: boolean;
  goLiveReason?: string;
  severity: 'critical' | 'major' | 'minor';
}

export interface Catalogue {
  version: number;
  rules: CatalogueRule[];
}

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
export const cataloguePath = join(repoRoot, 'contracts/rules.yaml');
export const catalogueSchemaPath = join(repoRoot, 'contracts/rules.schema.json');
export const renderedPath = join(repoRoot, 'docs/rules.md');

export function readCatalogue(path = cataloguePath): Catalogue {
  return parse(readFileSync(path, 'utf8')) as Catalogue;
}

/** The areas in the order the schema lists them, which is the order of the journeys. */
export function areaOrder(schemaPath = catalogueSchemaPath): string[] {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  return schema.$defs.rule.properties.area.enum;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** What an implementation may declare instead: the profile keys, then each alternative (the default first). */
function varianceLines(variance: RuleVariance): string[] {
  const lines: string[] = [];
  if (variance.profileKeys) lines.push(`*Profile keys:* ${variance.profileKeys.map((key) => `\`${key}\``).join(', ')}`);
  const alternatives = [...(variance.alternatives ?? [])].sort((a, b) => Number(b.default === true) - Number(a.default === true));
  const [only] = alternatives;
  if (alternatives.length === 1 && only) lines.push(`*Only reading:* \`${only.id}\`: ${only.statement}`);
  else for (const alternative of alternatives) lines.push(`*Alternative* \`${alternative.id}\`${alternative.default ? ' (default)' : ''}: ${alternative.statement}`);
  return lines;
}

function statementCell(rule: CatalogueRule): string {
  const parts = [`**${rule.title}.** ${rule.statement}`];
  if (rule.assumption) parts.push(`*Assumption:* ${rule.assumption}`);
  if (rule.variance) parts.push(...varianceLines(rule.variance));
  if (rule.goLiveReason) parts.push(`*Not for go-live:* ${rule.goLiveReason}`);
  return cell(parts.join('<br>'));
}

function sourceCell(rule: CatalogueRule): string {
  const where = `${rule.source.document}, ${rule.source.section}`;
  return cell(rule.source.quote ? `${where}: “${rule.source.quote}”` : where);
}

export function renderRules(catalogue: Catalogue, areas: string[]): string {
  const byArea = new Map(areas.map((area) => [area, catalogue.rules.filter((rule) => rule.area === area)]));
  const count = (rules: CatalogueRule[], keep: (rule: CatalogueRule) => boolean) => rules.filter(keep).length;
  const withChoice = (rule: CatalogueRule) => (rule.variance?.alternatives?.length ?? 0) > 1;
  const lines = [
    '<!-- Generated from contracts/rules.yaml by `tsx scripts/render-rules.ts`; do not edit by hand. -->',
    '# Rule catalogue',
    '',
    `${catalogue.rules.length} rules: ${count(catalogue.rules, (r) => r.kind === 'documented')} documented by the seeds, ` +
      `${count(catalogue.rules, (r) => r.kind === 'assumption')} assumptions (decided in interface.md or by the kit); ` +
      `${count(catalogue.rules, (r) => r.goLive)} required for go-live sign-off.`,
    '',
    'Where the documents leave a choice open (interface §8), an assumption lists the profile keys through which an ' +
      'implementation declares its statuses, codes or formats, and its named alternatives: the expectation profile ' +
      'declares one under `assumptions: { <rule id>: <alternative id> }` (the default applies otherwise), and the ' +
      'scenarios asserting an alternative are tagged `@variant:<alternative id>`. ' +
      `${count(catalogue.rules, withChoice)} assumptions offer named alternatives; an assumption with an *only reading* has none.`,
    '',
    '| area | rules | go-live | assumptions |',
    '| --- | ---: | ---: | ---: |',
    ...[...byArea].map(
      ([area, rules]) =>
        `| [${area}](#${area}) | ${rules.length} | ${count(rules, (r) => r.goLive)} | ${count(rules, (r) => r.kind === 'assumption')} |`,
    ),
  ];
  for (const [area, rules] of byArea) {
    lines.push('', `## ${area}`, '', '| id | statement | kind | go-live | severity | source |', '| --- | --- | --- | --- | --- | --- |');
    for (const rule of rules) {
      lines.push(
        `| ${rule.id} | ${statementCell(rule)} | ${rule.kind} | ${rule.goLive ? 'yes' : 'no'} | ${rule.severity} | ${sourceCell(rule)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    writeFileSync(renderedPath, renderRules(readCatalogue(), areaOrder()));
    console.log(`wrote ${renderedPath}`);
  } catch (error) {
    console.error(`cannot render ${renderedPath}: ${(error as Error).message.split('\n')[0]} (fix contracts/rules.yaml, then run again)`);
    process.exitCode = 1;
  }
}
