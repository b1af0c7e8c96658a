// `mskit report merge DIR… [--reports out]`: the report packages of the shards of one run
// (mskit run --shard K/N on several CI runners) joined into one package, with one verdict and one
// manifest, as a single run would have written it. Each shard recorded what it ran against: the
// target, the kit, the profile, the deviations and every input's digest; shards that differ in any
// of them are not one run and are refused, and so is a merge given another profile or deviations
// file than the shards ran with (it needs them for the report, as the run did).
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { loadRunConfig } from '../config/index.ts';
import { parseEnvelopes, type Envelope } from '../report/cucumberMessages.ts';
import { loadSigningKey } from '../report/packageSeal.ts';
import { writeReportPackage } from '../report/reportPackage.ts';
import { loadRuleCatalogue } from '../report/ruleCatalogue.ts';
import { mergeShardMessages } from '../report/shardMessages.ts';
import type { SignoffReport } from '../report/signoff.ts';
import { defaultCataloguePath, inputDigests } from '../report/signoffPackage.ts';
import { newRunId } from './runAndReport.ts';
import { formatRunSummary } from './runSummary.ts';

export interface ReportMergeOptions {
  reports?: string;
  config?: string;
  profile?: string;
  deviations?: string;
  nameOfRun?: string;
  signingKey?: string;
  evidence?: 'brief' | 'full';
  clean?: boolean;
}

interface ShardPackage {
  dir: string;
  report: SignoffReport;
  envelopes: Envelope[];
}

async function readShard(dir: string): Promise<ShardPackage> {
  let report: SignoffReport;
  let messages: string;
  try {
    [report, messages] = await Promise.all([readFile(join(dir, 'signoff.json'), 'utf8').then((text) => JSON.parse(text) as SignoffReport), readFile(join(dir, 'messages.ndjson'), 'utf8')]);
  } catch {
    throw new Error(`${dir} is not a report package of mskit run (its signoff.json or messages.ndjson is missing or unreadable)`);
  }
  return { dir, report, envelopes: parseEnvelopes(messages, join(dir, 'messages.ndjson')) };
}

/** Digests without the paths they were read from (a runner's checkout may sit elsewhere). */
function contentOf(digests: unknown): string {
  return JSON.stringify(digests, (key, value: unknown) => (key === 'path' ? undefined : value));
}

/** The first input (contracts, catalogue, profile, profileMerged, deviations, features, steps) whose content differs. */
function differentInput(one: SignoffReport['inputs'], other: SignoffReport['inputs']): string | undefined {
  const names = [...new Set([...Object.keys(one), ...Object.keys(other)])].filter((name) => name !== 'catalogueVersion');
  return names.find((name) => contentOf((one as Record<string, unknown>)[name]) !== contentOf((other as Record<string, unknown>)[name]));
}

/** A loopback port is the sandbox's of that runner, not another target. */
function targetOf(report: SignoffReport): string {
  return JSON.stringify({ kind: report.target.kind, description: report.target.description, capabilities: report.target.capabilities }).replace(/(127\.0\.0\.1|localhost|\[::1\]):\d+/g, '$1:*');
}

/** What every shard of one run has alike; the first difference, in words. */
function differenceBetween(first: ShardPackage, other: ShardPackage): string | undefined {
  const kit = (r: SignoffReport) => `${r.kit.name} ${r.kit.version}${r.kit.commit && r.kit.commit !== 'unknown' ? ` (commit ${r.kit.commit})` : ''}`;
  if (kit(first.report) !== kit(other.report)) return `kit ${kit(other.report)}, not ${kit(first.report)}`;
  if (targetOf(first.report) !== targetOf(other.report)) return `another target (${other.report.target.kind}: ${JSON.stringify(other.report.target.description)})`;
  if (JSON.stringify(first.report.subject) !== JSON.stringify(other.report.subject)) return 'another implementation';
  const input = differentInput(first.report.inputs, other.report.inputs);
  if (input) return `with other ${input} (their digests differ)`;
  if ((first.report.run.tags ?? '') !== (other.report.run.tags ?? '')) return `another tag selection (${other.report.run.tags ?? 'none'})`;
  return undefined;
}

export async function reportMerge(dirs: string[], options: ReportMergeOptions): Promise<{ report: SignoffReport; exitCode: number; shown: string }> {
  if (dirs.length === 0) throw new Error('report merge needs the report folders of the shards: mskit report merge shard-1 shard-2 …');
  const shards = await Promise.all(dirs.map((dir) => readShard(resolve(dir))));
  const [first] = shards as [ShardPackage, ...ShardPackage[]];
  for (const shard of shards.slice(1)) {
    const difference = differenceBetween(first, shard);
    if (difference) throw new Error(`${shard.dir} is not a shard of the same run as ${first.dir}: it ran ${difference}`);
  }

  // The report needs the profile and deviations the shards ran with (assumptions, digests, accepted deviations).
  const config = await loadRunConfig({
    configPath: options.config,
    env: process.env,
    overrides: { ...(options.profile ? { profile: options.profile } : {}), ...(options.deviations ? { deviations: options.deviations } : {}) },
  });
  const here = await inputDigests({ profile: config.profile, deviations: config.deviations?.path });
  const input = differentInput(first.report.inputs, { ...here, catalogueVersion: first.report.inputs.catalogueVersion });
  if (input) throw new Error(`the shards ran with other ${input} than this merge has (their digests differ): give report merge the same --config, --profile and --deviations as the shards, from the same checkout of the kit`);

  const reportsDir = resolve(options.reports ?? 'reports');
  const shownPath = relative(process.cwd(), reportsDir) || '.';
  const shown = shownPath.startsWith('..') ? reportsDir : shownPath;
  const { report } = await writeReportPackage(
    {
      reportsDir,
      reportsShown: shown,
      clean: options.clean,
      runId: newRunId(),
      runName: options.nameOfRun ?? first.report.runName,
      target: first.report.target,
      implementation: first.report.subject.kind === 'implementation' ? first.report.subject.implementation : undefined,
      catalogue: await loadRuleCatalogue(defaultCataloguePath),
      deviations: config.deviations,
      profilePath: config.profile,
      selection: { tags: first.report.run.tags, parallel: first.report.run.parallel },
      // The shards' messages were redacted when they were written: no secret reaches the merge.
      knownSecrets: [],
      evidence: options.evidence,
      signingKey: options.signingKey ? await loadSigningKey(options.signingKey) : undefined,
    },
    mergeShardMessages(shards.map((shard) => shard.envelopes)),
  );
  return { report, exitCode: report.verdict.decision === 'GO' ? 0 : 1, shown };
}

export async function reportMergeCommand(dirs: string[], options: ReportMergeOptions): Promise<number> {
  const { report, exitCode, shown } = await reportMerge(dirs, options);
  process.stdout.write(formatRunSummary(report, shown));
  return exitCode;
}
