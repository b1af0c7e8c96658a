// The self-check's printout: the kill matrix (fault → rule → scenarios that caught it) and the
// verdict of each of the three checks.
import type { SelfCheckReport } from './selfCheck.ts';

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatKillMatrix(report: SelfCheckReport): string {
  const rows = report.kills.flatMap((k) => {
    const [first, ...rest] = k.caughtBy.length ? k.caughtBy : ['SURVIVED: no scenario failed with this fault on'];
    return [
      [k.fault, k.ruleId, k.stage === 'survived' ? '-' : k.stage, first],
      ...rest.map((scenario) => ['', '', '', scenario]),
    ];
  });
  return table(['fault', 'rule', 'caught at', 'scenarios that failed'], rows);
}

export function formatSelfCheck(report: SelfCheckReport): string {
  const survivors = report.kills.filter((k) => k.stage === 'survived');
  const lines = [
    `(a) clean target: ${report.clean.failed === 0 && report.clean.passed > 0 ? 'OK' : 'FAILED'} — ${report.clean.passed} passed, ${report.clean.failed} failed, ${report.clean.skipped} skipped`,
    ...report.clean.failures.map((f) => `    ✗ ${f}`),
    `(b) faults: ${survivors.length === 0 ? 'OK' : 'FAILED'} — ${report.kills.length - survivors.length} of ${report.kills.length} caught${
      survivors.length ? `; survived: ${survivors.map((s) => s.fault).join(', ')}` : ''
    }`,
    '',
    formatKillMatrix(report),
    '',
    report.parity.checked
      ? `(c) ${report.parity.workers} workers vs serial: ${report.parity.differences.length === 0 ? 'OK, same per-scenario results' : 'FAILED'}`
      : '(c) parallel parity: not checked',
    ...report.parity.differences.map((d) => `    ${d.key}: serial ${d.serial}, parallel ${d.parallel}`),
    `self-check ${report.ok ? 'passed' : 'FAILED'} in ${(report.totalMs / 1000).toFixed(1)} s`,
  ];
  return lines.join('\n');
}
