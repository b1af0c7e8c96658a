// summary.json: what a machine needs from a package in a few kilobytes (the verdict, counts, the
// blocking rules, the package hash and the seal), where signoff.json is the whole report.
import type { RuleStatus } from './ruleMatrix.ts';
import type { SignoffReport } from './signoff.ts';

export interface PackageSummary {
  format: 'mskit-summary/1';
  runId: string;
  verdict: 'GO' | 'NO-GO';
  subject: SignoffReport['subject'];
  kit: { version: string; commit: string };
  target: string;
  counts: SignoffReport['counts'];
  /** Rule id → its status, for every go-live rule that blocks (a map keeps the file small). */
  blocking: Record<string, RuleStatus>;
  /** SHA-256 of `sha256sum`'s lines for the report files (docs/signoff-report.md shows the command). */
  packageHash: string;
  seal: SignoffReport['seal'];
}

export function packageSummary(report: SignoffReport, packageHash: string): PackageSummary {
  return {
    format: 'mskit-summary/1',
    runId: report.runId,
    verdict: report.verdict.decision,
    subject: report.subject,
    kit: { version: report.kit.version, commit: report.kit.commit },
    target: report.target.kind,
    counts: report.counts,
    blocking: Object.fromEntries(report.verdict.blocking.map((b) => [b.id, b.status])),
    packageHash,
    seal: report.seal,
  };
}
