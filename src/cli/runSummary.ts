// What `mskit run` prints after the suite: rules by area, failing scenarios with their rule ids and
// one-line reason, the verdict, and last a count line CI tools parse: `142 passed, 3 failed, 5 skipped`.
import { ruleStatuses, type RuleStatus } from '../report/ruleMatrix.ts';
import type { SignoffReport } from '../report/signoff.ts';

/** The console names the first few blocking rules; the report lists them all. */
const maxBlockingNamed = 10;

export function countLine(counts: { passed: number; failed: number; skipped: number }): string {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}

export function formatRunSummary(report: SignoffReport, reportsShown: string): string {
  const areas = [...new Set(report.rules.map((r) => r.area))];
  const tally = (area: string, status: RuleStatus) => report.rules.filter((r) => r.area === area && r.status === status).length;
  const header = ['area', 'passed', 'failed', 'not verified', 'alt. declared', 'accepted'];
  const rows = areas.map((area) => [area, ...ruleStatuses.map((s) => String(tally(area, s)))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');

  const out: string[] = ['', 'Rules by area', line(header), ...rows.map(line)];
  if (report.failures.length > 0) {
    out.push('', `Failing scenarios (${report.failures.length}):`);
    for (const failure of report.failures) {
      const reason = report.scenarios.find((s) => s.key === failure.key)?.reason ?? failure.message;
      out.push(`  ✗ ${failure.key} ${failure.name} [${failure.ruleIds.join(', ') || 'no rule'}]: ${reason}`);
    }
  }
  for (const warning of report.warnings) out.push(`warning: ${warning}`);
  // Failed rules first: a long tail of "not verified" must not hide them.
  const blocking = [...report.verdict.blocking].sort((a, b) => Number(b.status === 'failed') - Number(a.status === 'failed'));
  const named = blocking.slice(0, maxBlockingNamed).map((b) => `${b.id} (${b.status.replace('-', ' ')})`);
  if (blocking.length > maxBlockingNamed) named.push(`… ${blocking.length - maxBlockingNamed} more in the sign-off report`);
  out.push(
    '',
    `Verdict: ${report.verdict.decision}${blocking.length ? ` — ${blocking.length} go-live rule(s) block: ${named.join(', ')}` : ''}`,
    ...(report.subject.kind === 'kit-self-check' ? [`Kit self-check: ${report.subject.statement}`] : []),
    report.seal.signed
      ? `Sign-off report: ${reportsShown}/signoff.html (sealed with key ${report.seal.keyFingerprint.slice(0, 23)}…; check it with: mskit verify-report ${reportsShown} --public-key <the signer's public key>)`
      : `Sign-off report: ${reportsShown}/signoff.html — NOT SEALED (no signing key): its manifest catches accidental changes only; seal a run with --signing-key`,
    countLine(report.counts.scenarios),
  );
  return `${out.join('\n')}\n`;
}
