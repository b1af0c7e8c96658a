// The approver's accepted deviations: a YAML list of { rule, justification }. A deviation without a
// justification is not accepted (the report must say why a failing go-live rule did not block).
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

export interface Deviation {
  rule: string;
  justification: string;
}

export function parseDeviations(text: string, path: string): Deviation[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`deviations ${path} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) return [];
  const list = Array.isArray(data) ? data : (data as { deviations?: unknown }).deviations;
  if (!Array.isArray(list)) throw new Error(`deviations ${path} must be a list of { rule, justification }`);
  return list.map((entry: Partial<Deviation> | null, index) => {
    if (typeof entry?.rule !== 'string' || entry.rule.trim() === '') {
      throw new Error(`deviations ${path}: entry ${index + 1} has no rule id`);
    }
    if (typeof entry.justification !== 'string' || entry.justification.trim() === '') {
      throw new Error(`deviations ${path}: ${entry.rule} has no justification (an accepted deviation must say why)`);
    }
    return { rule: entry.rule.trim(), justification: entry.justification.trim() };
  });
}

export async function loadDeviations(path: string): Promise<Deviation[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new Error(`deviations file ${path} is missing: check --deviations`);
  }
  return parseDeviations(text, path);
}
