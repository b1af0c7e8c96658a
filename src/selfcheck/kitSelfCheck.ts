// The self-check of this kit: its own suite against the embedded sandbox, every fault switch and
// every dialect.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { dialectProfile } from '../../mocks/sandbox/dialectProfile.ts';
import { dialects as sandboxDialects } from '../../mocks/sandbox/dialects.ts';
import { faultSwitches } from '../../mocks/sandbox/faults.ts';
import { loadRunConfig } from '../config/index.ts';
import { contractsDir } from '../kitPaths.ts';
import { loadRuleCatalogue } from '../report/ruleCatalogue.ts';
import { openKitSuite } from '../cli/kitSuite.ts';
import { resolveTarget } from '../targets/index.ts';
import { selfCheck, type Dialect, type Fault, type SelfCheckReport, type SelfCheckTarget } from './selfCheck.ts';

const selfCheckProfile = fileURLToPath(new URL('./selfcheck-profile.yaml', import.meta.url));

type Mapping = Record<string, unknown>;

/** The self-check's own profile with the dialects' declarations over it, as one partial profile file. */
async function profileFor(dialects: string[], dir: string): Promise<string> {
  if (dialects.length === 0) return selfCheckProfile;
  const own = (parse(await readFile(selfCheckProfile, 'utf8')) ?? {}) as Mapping;
  const declared = dialectProfile(dialects);
  const merged = { ...declared, webhooks: { ...(declared.webhooks as Mapping | undefined), ...(own.webhooks as Mapping) } };
  const file = join(dir, `${dialects.length === 1 ? dialects[0] : 'all'}-${dialects.length}.yaml`);
  await writeFile(file, stringify(merged));
  return file;
}

/** Starts sandboxes with the self-check's configuration, read and validated once for the whole check. */
export async function sandboxStarter(): Promise<{ start: (faults: string[], dialects?: string[]) => Promise<SelfCheckTarget>; close: () => Promise<void> }> {
  // The user's environment (MSKIT_*) is deliberately ignored: the self-check is about the kit.
  const base = await loadRunConfig({ env: {}, overrides: { kind: 'sandbox', profile: selfCheckProfile } });
  const dir = await mkdtemp(join(tmpdir(), 'mskit-selfcheck-'));
  const profiles = new Map<string, Promise<string>>();
  return {
    async start(faults, dialects = []) {
      const key = dialects.join(',');
      if (!profiles.has(key)) profiles.set(key, profileFor(dialects, dir));
      const target = await resolveTarget({ ...base, profile: await profiles.get(key)!, target: { kind: 'sandbox', faults, dialects } });
      return { workerEnv: target.workerEnv, stop: () => target.stop() };
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * Every dialect of the sandbox, with the catalogue assumptions whose alternative its profile
 * declares, and the alternatives whose scenarios it makes not applicable. (A dialect that only
 * declares statuses, codes or an envelope hides no fault: the faults deviate from any declaration.)
 */
export async function kitDialects(): Promise<Dialect[]> {
  const { rules } = await loadRuleCatalogue(join(contractsDir, 'rules.yaml'));
  return sandboxDialects.map((dialect) => {
    const assumptions = (dialectProfile([dialect.name]).assumptions ?? {}) as Record<string, string>;
    const declared = rules.filter((rule) => Object.hasOwn(assumptions, rule.id));
    const skipsVariants = declared.flatMap((rule) => (rule.variance?.alternatives ?? []).map((alternative) => alternative.id).filter((id) => id !== assumptions[rule.id]));
    return { name: dialect.name, ruleIds: declared.map((rule) => rule.id), skipsVariants };
  });
}

export async function kitSelfCheck(options: { faults?: string[]; dialects?: boolean; parallel?: number; onProgress?(line: string): void }): Promise<SelfCheckReport> {
  const all: Fault[] = faultSwitches.map((f) => ({ name: f.name, ruleId: f.ruleId, description: f.description }));
  const unknown = (options.faults ?? []).filter((name) => !all.some((f) => f.name === name));
  if (unknown.length > 0) throw new Error(`unknown fault ${unknown.join(', ')}: list the valid ones with "npm run sandbox -- --list-faults"`);
  const faults = options.faults?.length ? all.filter((f) => options.faults?.includes(f.name)) : all;
  const starter = await sandboxStarter();
  try {
    return await selfCheck({
      session: await openKitSuite(),
      faults,
      startTarget: starter.start,
      dialects: options.dialects === false ? [] : await kitDialects(),
      parallel: options.parallel,
      onProgress: options.onProgress,
    });
  } finally {
    await starter.close();
  }
}
