// `mskit explore`: random but valid journeys on the target and, step by step, on the embedded
// sandbox in the target's declared dialect; a difference is shrunk and written as a scenario.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { loadRunConfig } from '../config/index.ts';
import { explore } from '../explore/exploration.ts';
import { findingEvidence, findingFeature } from '../explore/findingScenario.ts';
import { openSidePairs } from '../explore/sidePairs.ts';
import { loadProfile } from '../profile/index.ts';
import { loadRuleCatalogue } from '../report/ruleCatalogue.ts';
import { defaultCataloguePath } from '../report/signoffPackage.ts';
import { targetOverrides } from './runCommand.ts';

export interface ExploreCommandOptions {
  target?: string;
  config?: string;
  profile?: string;
  fault?: string[];
  dialect?: string[];
  seed?: string;
  steps?: string;
  maxTime?: string;
  out?: string;
}

class ExploreOptionError extends Error {}

function whole(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new ExploreOptionError(`${name} must be a whole number, got "${value}"`);
  return Number(value);
}

/** `90`, `90s`, `15m`, `8h`: a time budget in milliseconds. */
export function parseDuration(value: string | undefined, fallbackMs: number): number {
  if (value === undefined) return fallbackMs;
  const match = /^(\d+)(ms|s|m|h)?$/.exec(value.trim());
  if (!match) throw new ExploreOptionError(`--max-time must be a duration such as 90s, 15m or 8h, got "${value}"`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? 's']!;
  return Number(match[1]) * unit;
}

export async function exploreCommand(options: ExploreCommandOptions, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const seed = whole(options.seed, '--seed', Math.floor(Math.random() * 2 ** 31));
  const steps = whole(options.steps, '--steps', 2000);
  const maxTimeMs = parseDuration(options.maxTime, 10 * 60_000);
  const config = await loadRunConfig({
    configPath: options.config,
    env: process.env,
    overrides: targetOverrides(options),
  });
  const [targetProfile, referenceProfile, catalogue] = await Promise.all([loadProfile(config.profile), loadProfile(), loadRuleCatalogue(defaultCataloguePath)]);
  const pairs = await openSidePairs(config, { target: targetProfile, reference: referenceProfile });
  // A container target must not outlive an interrupted exploration.
  const stopOnInterrupt = () => void pairs.close().finally(() => process.exit(130));
  process.once('SIGINT', stopOnInterrupt);
  out.write(`mskit explore --seed ${seed} (rerun with this seed to get the same journeys)\n`);
  out.write(`target: ${pairs.description}\nreference: embedded sandbox${pairs.referenceDialects.length > 0 ? ` in dialect(s) ${pairs.referenceDialects.join(', ')}` : ''}\nbudget: ${steps} steps, ${Math.round(maxTimeMs / 1000)} s\n`);
  out.write(`drawn: onboarding and KYC, cash${pairs.vouchers ? ', voucher orders' : ' (no voucher API on the target: no voucher orders)'}\n`);
  let shown = 0;
  try {
    const result = await explore(pairs, {
      seed,
      steps,
      maxTimeMs,
      onProgress: (progress) => {
        if (progress.elapsedMs - shown < 1000) return;
        shown = progress.elapsedMs;
        const rate = progress.steps / Math.max(progress.elapsedMs / 1000, 0.001);
        out.write(`${progress.shrinking ? 'shrinking' : 'exploring'}: ${progress.journeys} journeys, ${progress.steps} steps, ${(progress.elapsedMs / 1000).toFixed(0)} s (${rate.toFixed(0)} steps/s)\n`);
      },
    });
    const rate = result.steps / Math.max(result.elapsedMs / 1000, 0.001);
    out.write(`explored ${result.journeys} journeys, ${result.steps} steps in ${(result.elapsedMs / 1000).toFixed(1)} s (${rate.toFixed(0)} steps/s)\n`);
    if (!result.finding) {
      out.write('no difference from the reference in what the documents define\n');
      return 0;
    }
    const dir = resolve(options.out ?? join('reports', 'explore'));
    await mkdir(dir, { recursive: true });
    const feature = join(dir, `explore-${seed}.feature`);
    const evidence = join(dir, `explore-${seed}.json`);
    await writeFile(feature, findingFeature(result.finding, seed, new Set(catalogue.rules.map((rule) => rule.id))));
    await writeFile(evidence, `${JSON.stringify(findingEvidence(result.finding, seed), null, 2)}\n`);
    out.write(`FINDING after ${result.firstFindingSteps} steps, shrunk to ${result.finding.steps.length}:\n`);
    for (const difference of result.finding.differences) out.write(`  ${difference.subject}: reference ${difference.reference}, target ${difference.target} [${difference.rules.join(', ')}]\n`);
    out.write(`scenario: ${relative(process.cwd(), feature)}\nevidence: ${relative(process.cwd(), evidence)}\n`);
    return 1;
  } finally {
    process.removeListener('SIGINT', stopOnInterrupt);
    await pairs.close();
  }
}
