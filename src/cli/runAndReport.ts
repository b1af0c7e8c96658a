// Runs the suite once against a resolved target and turns the result into the report package:
// cucumber.html, junit.xml, messages.ndjson, signoff.json, signoff.html and, last, manifest.json.
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { loadProfile } from '../profile/index.ts';
import { readEnvelopes } from '../report/cucumberMessages.ts';
import type { Deviation } from '../report/deviations.ts';
import type { RuleCatalogue } from '../report/ruleCatalogue.ts';
import { buildSignoff, type SignoffReport, type TargetSummary } from '../report/signoff.ts';
import { inputDigests, kitIdentity, writeSignoffPackage } from '../report/signoffPackage.ts';
import { combineTags, type CucumberSession } from './cucumberSession.ts';
import { formatRunSummary } from './runSummary.ts';

export interface RunPlan {
  session: CucumberSession;
  target: TargetSummary & { workerEnv: Record<string, string> };
  catalogue: RuleCatalogue;
  cataloguePath?: string;
  deviations?: { path: string; entries: Deviation[] };
  /** The implementation's partial profile, merged over the default; absent: the default alone. */
  profilePath?: string;
  tags?: string;
  parallel?: number;
  reportsDir: string;
  /** How the reports folder is named in the printed summary (relative when possible). */
  reportsShown: string;
  runName?: string;
  knownSecrets: string[];
  /** cucumber's console formatter while the suite runs. */
  progressFormat: string;
  out: NodeJS.WritableStream;
}

export interface RunOutcome {
  report: SignoffReport;
  /** 0 when nothing failed, 1 otherwise. */
  exitCode: number;
}

/** Files a run writes; the previous run's copies go first so a crashed run never leaves a mixed package. */
export const reportFiles = {
  html: 'cucumber.html',
  junit: 'junit.xml',
  messages: 'messages.ndjson',
  signoffJson: 'signoff.json',
  signoffHtml: 'signoff.html',
  manifest: 'manifest.json',
};

export function newRunId(now = new Date()): string {
  return `run-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
}

export async function runAndReport(plan: RunPlan): Promise<RunOutcome> {
  const runId = newRunId();
  await mkdir(plan.reportsDir, { recursive: true });
  await Promise.all(Object.values(reportFiles).map((file) => rm(join(plan.reportsDir, file), { force: true })));
  const path = (file: string) => join(plan.reportsDir, file);

  const run = await plan.session.run({
    tags: plan.tags,
    parallel: plan.parallel,
    env: plan.target.workerEnv,
    stdoutFormat: plan.progressFormat,
    files: { [path(reportFiles.html)]: 'html', [path(reportFiles.junit)]: 'junit', [path(reportFiles.messages)]: 'message' },
  });

  const report = buildSignoff({
    runId,
    runName: plan.runName,
    generatedAt: new Date().toISOString(),
    kit: await kitIdentity(),
    target: { kind: plan.target.kind, description: plan.target.description, capabilities: plan.target.capabilities },
    envelopes: await readEnvelopes(path(reportFiles.messages)),
    catalogue: plan.catalogue,
    deviations: plan.deviations?.entries ?? [],
    // The merged profile's, as the suite's workers read it: the report holds each assumption to the
    // alternative the scenarios were selected for.
    assumptions: (await loadProfile(plan.profilePath)).assumptions,
    digests: await inputDigests({ catalogue: plan.cataloguePath, profile: plan.profilePath, deviations: plan.deviations?.path }),
    selection: { tags: combineTags(plan.session.configuration.sources.tagExpression, plan.tags), parallel: plan.parallel ?? plan.session.configuration.runtime.parallel },
    knownSecrets: plan.knownSecrets,
  });
  await writeSignoffPackage(plan.reportsDir, report);
  plan.out.write(formatRunSummary(report, plan.reportsShown));
  const failed = report.counts.scenarios.failed > 0 || !run.success;
  return { report, exitCode: failed ? 1 : 0 };
}
