// Runs the suite once against a resolved target and turns its messages into the report package
// (src/report/reportPackage.ts). The exit code follows the verdict: 0 only for GO, 1 for NO-GO;
// a selection that matches no scenario is bad input (an error: exit 2) and writes nothing.
import { randomBytes } from 'node:crypto';
import type { EvidenceLevel } from '../report/briefEvidence.ts';
import type { Deviation } from '../report/deviations.ts';
import type { SigningKey } from '../report/packageSeal.ts';
import { prepareReportsFolder } from '../report/reportFolder.ts';
import { writeReportPackage } from '../report/reportPackage.ts';
import type { RuleCatalogue } from '../report/ruleCatalogue.ts';
import type { SignoffReport, TargetSummary } from '../report/signoff.ts';
import { combineTags, type CucumberSession, type SuiteRunOptions } from './cucumberSession.ts';
import { formatRunSummary } from './runSummary.ts';

export interface RunPlan {
  session: CucumberSession;
  target: TargetSummary & { workerEnv: Record<string, string> };
  /** The implementation's label and version, as the user gave it (`acme-ms 4.2.1`). */
  implementation?: string;
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
  /** Empty a reports folder holding files the kit did not write instead of refusing it. */
  clean?: boolean;
  runName?: string;
  knownSecrets: string[];
  evidence?: EvidenceLevel;
  signingKey?: SigningKey;
  /** Feature paths, name patterns and the rerun formatter's file (src/cli/scenarioSelection.ts). */
  selected?: Pick<SuiteRunOptions, 'paths' | 'names' | 'files'>;
  /** cucumber's console formatter while the suite runs. */
  progressFormat: string;
  out: NodeJS.WritableStream;
}

export interface RunOutcome {
  report: SignoffReport;
  /** 0 for GO, 1 for NO-GO. */
  exitCode: number;
}

export function newRunId(now = new Date()): string {
  return `run-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
}

export async function runAndReport(plan: RunPlan): Promise<RunOutcome> {
  const runId = newRunId();
  // Refused before the suite runs: a folder of someone else's files is not worth a whole run to learn.
  await prepareReportsFolder(plan.reportsDir, { clean: plan.clean, shownAs: plan.reportsShown });
  const tags = combineTags(plan.session.configuration.sources.tagExpression, plan.tags);

  const run = await plan.session.run({ ...plan.selected, tags: plan.tags, parallel: plan.parallel, env: plan.target.workerEnv, stdoutFormat: plan.progressFormat });
  if (!run.envelopes.some((e) => e.testCase) && !run.envelopes.some((e) => e.parseError)) {
    throw new Error(`the selection matches no scenario${tags ? ` (tags: ${tags})` : ''}: nothing ran and no report was written`);
  }

  const { report } = await writeReportPackage(
    {
      reportsDir: plan.reportsDir,
      reportsShown: plan.reportsShown,
      clean: plan.clean,
      runId,
      runName: plan.runName,
      target: { kind: plan.target.kind, description: plan.target.description, capabilities: plan.target.capabilities },
      implementation: plan.implementation,
      catalogue: plan.catalogue,
      cataloguePath: plan.cataloguePath,
      deviations: plan.deviations,
      profilePath: plan.profilePath,
      selection: { tags, parallel: plan.parallel ?? plan.session.configuration.runtime.parallel },
      knownSecrets: plan.knownSecrets,
      evidence: plan.evidence,
      signingKey: plan.signingKey,
    },
    run.envelopes,
  );
  plan.out.write(formatRunSummary(report, plan.reportsShown));
  return { report, exitCode: report.verdict.decision === 'GO' ? 0 : 1 };
}
