// The rule catalogue (contracts/rules.yaml) as the report needs it: every rule with its go-live flag,
// seed citation and, for an assumption, its variance. The catalogue's own schema test lives with its
// owner; this only refuses files the report could not use, with one line.
import { readFile, stat } from 'node:fs/promises';
import { parseYaml } from '../parsedYaml.ts';

export interface RuleSource {
  document: string;
  section: string;
  quote?: string;
}

/** One legal reading of an assumption; scenarios asserting it carry `@variant:<id>`. */
export interface RuleAlternative {
  id: string;
  /** The reading the kit assumes when the profile declares none: exactly one per rule. */
  default?: true;
  statement: string;
}

/** What an implementation may legally do instead of an assumption (interface §8). */
export interface RuleVariance {
  /** Profile keys through which a status, code or format choice is declared (statuses.created…). */
  profileKeys?: string[];
  alternatives?: RuleAlternative[];
}

export interface Rule {
  id: string;
  title: string;
  statement: string;
  source: RuleSource;
  kind: 'documented' | 'assumption';
  assumption?: string;
  /** Present on every assumption, absent on documented rules. */
  variance?: RuleVariance;
  area: string;
  goLive: boolean;
  severity: string;
}

export interface RuleCatalogue {
  version: unknown;
  rules: Rule[];
}

/** What a rule-id tag looks like (the catalogue's id pattern), to spot tags naming no rule. */
export const ruleIdPattern = /^[A-Z]{2,5}(-[A-Z0-9]+)+$/;

export function parseRuleCatalogue(text: string, path: string): RuleCatalogue {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new Error(`rule catalogue ${path} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const rules = (data as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules)) throw new Error(`rule catalogue ${path} has no "rules" list`);
  rules.forEach((rule: Partial<Rule> | null, index) => {
    if (typeof rule?.id !== 'string' || typeof rule.goLive !== 'boolean' || typeof rule.area !== 'string') {
      throw new Error(`rule catalogue ${path}: rules[${index}] needs an id, an area and a goLive flag`);
    }
  });
  return { version: (data as { version?: unknown }).version, rules: rules as Rule[] };
}

// A run reads the catalogue in several places (configuration, profile, runtime, report): parsed once
// per version of the file.
const parsed = new Map<string, { mtimeMs: number; catalogue: RuleCatalogue }>();

export async function loadRuleCatalogue(path: string): Promise<RuleCatalogue> {
  let text: string;
  let mtimeMs: number;
  try {
    mtimeMs = (await stat(path)).mtimeMs;
    const known = parsed.get(path);
    if (known?.mtimeMs === mtimeMs) return known.catalogue;
    text = await readFile(path, 'utf8');
  } catch {
    throw new Error(`rule catalogue ${path} is missing: the kit needs contracts/rules.yaml`);
  }
  const catalogue = parseRuleCatalogue(text, path);
  parsed.set(path, { mtimeMs, catalogue });
  return catalogue;
}
