// The self-check of this kit: its own suite against the embedded sandbox and every fault switch.
import { fileURLToPath } from 'node:url';
import { faultSwitches } from '../../mocks/sandbox/faults.ts';
import { loadRunConfig } from '../config/index.ts';
import { openKitSuite } from '../cli/kitSuite.ts';
import { resolveTarget } from '../targets/index.ts';
import { selfCheck, type Fault, type SelfCheckReport, type SelfCheckTarget } from './selfCheck.ts';

const selfCheckProfile = fileURLToPath(new URL('./selfcheck-profile.yaml', import.meta.url));

/** Starts sandboxes with the self-check's configuration, read and validated once for the whole check. */
export async function sandboxStarter(): Promise<(faults: string[]) => Promise<SelfCheckTarget>> {
  // The user's environment (MSKIT_*) is deliberately ignored: the self-check is about the kit.
  const base = await loadRunConfig({ env: {}, overrides: { kind: 'sandbox', profile: selfCheckProfile } });
  return async (faults) => {
    const target = await resolveTarget({ ...base, target: { kind: 'sandbox', faults } });
    return { workerEnv: target.workerEnv, stop: () => target.stop() };
  };
}

export async function kitSelfCheck(options: { faults?: string[]; parallel?: number; onProgress?(line: string): void }): Promise<SelfCheckReport> {
  const all: Fault[] = faultSwitches.map((f) => ({ name: f.name, ruleId: f.ruleId, description: f.description }));
  const unknown = (options.faults ?? []).filter((name) => !all.some((f) => f.name === name));
  if (unknown.length > 0) throw new Error(`unknown fault ${unknown.join(', ')}: list the valid ones with "npm run sandbox -- --list-faults"`);
  const faults = options.faults?.length ? all.filter((f) => options.faults?.includes(f.name)) : all;
  return selfCheck({ session: await openKitSuite(), faults, startTarget: await sandboxStarter(), parallel: options.parallel, onProgress: options.onProgress });
}
