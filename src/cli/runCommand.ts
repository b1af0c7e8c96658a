// `mskit run`: configuration → target → the suite (cucumber's JavaScript API) → the report package.
import { relative, resolve } from 'node:path';
import { loadRunConfig, type RunConfig, type TargetKind } from '../config/index.ts';
import { loadRuleCatalogue } from '../report/ruleCatalogue.ts';
import { defaultCataloguePath } from '../report/signoffPackage.ts';
import { readWorkerTarget, resolveTarget, targetTagExpression } from '../targets/index.ts';

export interface RunCommandOptions {
  target?: string;
  config?: string;
  tags?: string;
  parallel?: string;
  profile?: string;
  deviations?: string;
  fault?: string[];
  dialect?: string[];
  reports?: string;
  nameOfRun?: string;
}

export function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new Error(`--parallel must be a whole number of workers (got "${value}")`);
  return Number(value);
}

/** Secret values of this run: the report must not contain any of them, wherever they turn up. */
export function secretsOf(config: RunConfig, workerEnv: Record<string, string>): string[] {
  const target = config.target as Record<string, any>;
  const worker = readWorkerTarget(workerEnv);
  return [
    target.clientSecret,
    target.secondMarketplace?.clientSecret,
    target.readerClient?.clientSecret,
    target.webhookSecret,
    ...Object.values(worker?.clients ?? {}).map((client) => client?.clientSecret),
    worker?.webhooks?.secret,
    worker?.staticToken,
  ].filter((value): value is string => typeof value === 'string' && value !== '');
}

export async function runCommand(options: RunCommandOptions): Promise<number> {
  const parallel = parseWorkers(options.parallel);
  const config = await loadRunConfig({
    configPath: options.config,
    env: process.env,
    overrides: {
      ...(options.target ? { kind: options.target as TargetKind } : {}),
      ...(options.profile ? { profile: options.profile } : {}),
      ...(options.deviations ? { deviations: options.deviations } : {}),
      ...(options.fault?.length ? { faults: options.fault } : {}),
      ...(options.dialect?.length ? { dialects: options.dialect } : {}),
    },
  });
  const catalogue = await loadRuleCatalogue(defaultCataloguePath);
  const target = await resolveTarget(config);
  const stopOnInterrupt = () => {
    void target.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnInterrupt);
  try {
    // cucumber is loaded only once the target answers: a wrong URL or secret is reported in a blink.
    const [{ openKitSuite }, { runAndReport }] = await Promise.all([import('./kitSuite.ts'), import('./runAndReport.ts')]);
    const session = await openKitSuite();
    const reportsDir = resolve(options.reports ?? 'reports');
    const shown = relative(process.cwd(), reportsDir) || '.';
    const outcome = await runAndReport({
      session,
      target: {
        kind: target.kind,
        description: { target: target.description, ...Object.fromEntries(Object.entries(target.urls).filter(([, url]) => url !== undefined)) },
        capabilities: { ...target.capabilities },
        workerEnv: target.workerEnv,
      },
      catalogue,
      deviations: config.deviations,
      profilePath: config.profile,
      tags: targetTagExpression(target.kind, options.tags),
      parallel,
      reportsDir,
      reportsShown: shown.startsWith('..') ? reportsDir : shown,
      runName: options.nameOfRun,
      knownSecrets: secretsOf(config, target.workerEnv),
      progressFormat: process.stdout.isTTY ? 'progress-bar' : 'progress',
      out: process.stdout,
    });
    return outcome.exitCode;
  } finally {
    process.removeListener('SIGINT', stopOnInterrupt);
    await target.stop();
  }
}
