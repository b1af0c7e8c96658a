// The whole report package from a run's cucumber messages: messages.ndjson, cucumber.html,
// junit.xml, signoff.json, signoff.html, summary.json, then manifest.json and its signature.
// One entry point for a run (src/cli/runAndReport.ts) and for shards merged into one package.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadProfile } from '../profile/index.ts';
import { withEvidenceLevel, type EvidenceLevel } from './briefEvidence.ts';
import type { Envelope } from './cucumberMessages.ts';
import { cucumberHtml, junitXml } from './cucumberFormats.ts';
import type { Deviation } from './deviations.ts';
import { sha256Of } from './fileDigest.ts';
import { machinePathStripper, machinePathText } from './machinePaths.ts';
import { writeManifest, type Manifest } from './manifest.ts';
import type { SigningKey } from './packageSeal.ts';
import { redactEvidence } from './redactEvidence.ts';
import { packageSummary, type PackageSummary } from './packageSummary.ts';
import { kitProvenance, subjectOf } from './provenance.ts';
import { packageFiles, prepareReportsFolder } from './reportFolder.ts';
import type { RuleCatalogue } from './ruleCatalogue.ts';
import { buildSignoff, type Seal, type SignoffReport, type TargetSummary } from './signoff.ts';
import { renderSignoffHtml } from './signoffHtml.ts';
import { inputDigests } from './signoffPackage.ts';

/** Everything a package says besides the messages: what ran, against what, with which inputs. */
export interface ReportPlan {
  reportsDir: string;
  /** How the folder is named in messages (relative when possible). */
  reportsShown?: string;
  /** Empty a folder holding files the kit did not write, instead of refusing it. */
  clean?: boolean;
  runId: string;
  runName?: string;
  target: TargetSummary;
  /** The implementation's label and version (`acme-ms 4.2.1`); required on url and container targets. */
  implementation?: string;
  catalogue: RuleCatalogue;
  cataloguePath?: string;
  deviations?: { path: string; entries: Deviation[] };
  /** The implementation's partial profile, merged over the default; absent: the default alone. */
  profilePath?: string;
  selection: { tags?: string; parallel?: number };
  /** Secret values of the run: none may appear in any file of the package. */
  knownSecrets: string[];
  /** `brief` (default): passing scenarios keep a summary of their evidence, failures keep all of it. */
  evidence?: EvidenceLevel;
  /** Without a key the package is written unsealed, and says so. */
  signingKey?: SigningKey;
}

export interface ReportPackage {
  report: SignoffReport;
  summary: PackageSummary;
  manifest: Manifest;
}

const unsealedNote = 'not sealed: the run had no signing key (mskit run --signing-key); anyone could have rewritten this package and its manifest';

/** SHA-256 over `sha256sum`'s lines for the report files, in name order: `sha256sum <files> | sha256sum`. */
export function packageHash(files: { name: string; content: Buffer }[]): string {
  const lines = [...files].sort((a, b) => (a.name < b.name ? -1 : 1)).map((f) => `${sha256Of(f.content)}  ${f.name}\n`);
  return sha256Of(lines.join(''));
}

export async function writeReportPackage(plan: ReportPlan, envelopes: readonly Envelope[]): Promise<ReportPackage> {
  await prepareReportsFolder(plan.reportsDir, { clean: plan.clean, shownAs: plan.reportsShown });
  const portable = machinePathStripper();
  // The report is computed from the full messages; the files keep them light and without machine paths.
  // The report's second redaction covers the files too: cucumber's own reports quote failure messages.
  const messages = redactEvidence(withEvidenceLevel(envelopes, plan.evidence ?? 'brief'), plan.knownSecrets, machinePathText()).value;
  const seal: Seal = plan.signingKey ? { signed: true, algorithm: 'ed25519', keyFingerprint: plan.signingKey.fingerprint } : { signed: false, note: unsealedNote };

  const report = portable(
    buildSignoff({
      runId: plan.runId,
      runName: plan.runName,
      generatedAt: new Date().toISOString(),
      kit: await kitProvenance(),
      subject: subjectOf(plan.target.kind, plan.implementation),
      seal,
      target: plan.target,
      envelopes: envelopes as Envelope[],
      catalogue: plan.catalogue,
      deviations: plan.deviations?.entries ?? [],
      // The merged profile's, as the suite's workers read it: the report holds each assumption to the
      // alternative the scenarios were selected for.
      assumptions: (await loadProfile(plan.profilePath)).assumptions,
      digests: await inputDigests({ catalogue: plan.cataloguePath, profile: plan.profilePath, deviations: plan.deviations?.path }),
      selection: plan.selection,
      knownSecrets: plan.knownSecrets,
    }),
  );

  // The page's compression runs on the thread pool while junit.xml is rendered here.
  const [html, junit] = await Promise.all([cucumberHtml(messages), junitXml(messages)]);
  const files = [
    { name: packageFiles.messages, content: Buffer.from(messages.map((e) => `${JSON.stringify(e)}\n`).join('')) },
    { name: packageFiles.cucumberHtml, content: html },
    { name: packageFiles.junit, content: junit },
    { name: packageFiles.signoffJson, content: Buffer.from(`${JSON.stringify(report, null, 2)}\n`) },
    { name: packageFiles.signoffHtml, content: Buffer.from(renderSignoffHtml(report)) },
  ];
  for (const file of files) await writeFile(join(plan.reportsDir, file.name), file.content);
  const summary = packageSummary(report, packageHash(files));
  await writeFile(join(plan.reportsDir, packageFiles.summary), `${JSON.stringify(summary, null, 2)}\n`);
  const manifest = await writeManifest(plan.reportsDir, report.runId, plan.signingKey);
  return { report, summary, manifest };
}
