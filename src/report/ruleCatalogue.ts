// The rule catalogue (contracts/rules.yaml) as the report needs it: every rule with its go-live flag
// and seed citation. The catalogue's own schema test lives with its owner; this only refuses files
// the report could not use, with one line.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

export interface RuleSource {
  document: string;
  section: string;
  quote?: string;
}

export interface Rule {
  id: string;
  title: string;
  statement: string;
  source: RuleSource;
  kind: 'documented' | 'assumption';
  assumption?: string;
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
    data = parse(text);
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

export async function loadRuleCatalogue(path: string): Promise<RuleCatalogue> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new Error(`rule catalogue ${path} is missing: the kit needs contracts/rules.yaml`);
  }
  return parseRuleCatalogue(text, path);
}
