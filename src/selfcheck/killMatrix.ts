// The self-check's printout: the kill matrix (fault → rule → scenarios that caught it, without and
// with every dialect on), the dialect matrix (dialect → results of the whole suite), and the verdict
// of each of the five checks.
import type { SelfCheckReport } from './selfCheck.ts';

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatKillMatrix(report: SelfCheckReport): string {
  const withDialects = new Map(report.dialectKills.map((k) => [k.fault, k]));
  const dialectCell = (fault: string) => {
    const row = withDialects.get(fault);
    if (!row) return '-';
    const without = row.withoutDialects?.length ? ` (without ${row.withoutDialects.join(', ')})` : '';
    return `${row.stage === 'survived' ? 'SURVIVED' : row.stage}${without}`;
  };
  const rows = report.kills.flatMap((k) => {
    const [first, ...rest] = k.caughtBy.length ? k.caughtBy : ['SURVIVED: no scenario failed with this fault on'];
    return [
      [k.fault, k.ruleId, k.stage === 'survived' ? 'SURVIVED' : k.stage, dialectCell(k.fault), first!],
      ...rest.map((scenario) => ['', '', '', '', scenario]),
    ];
  });
  return table(['fault', 'rule', 'caught at', 'with all dialects', 'scenarios that failed'], rows);
}

export function formatDialectMatrix(report: SelfCheckReport): string {
  const rows = report.dialects.flatMap((d) => {
    const [first, ...rest] = d.failures.length ? d.failures : ['-'];
    return [[d.dialect, String(d.passed), String(d.failed), String(d.skipped), `${(d.ms / 1000).toFixed(1)} s`, first!], ...rest.map((failure) => ['', '', '', '', '', failure])];
  });
  return table(['dialect', 'passed', 'failed', 'skipped', 'time', 'false alarms (scenarios that failed)'], rows);
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
    ...dialectLines(report),
    `self-check ${report.ok ? 'passed' : 'FAILED'} in ${(report.totalMs / 1000).toFixed(1)} s`,
  ];
  return lines.join('\n');
}

function dialectLines(report: SelfCheckReport): string[] {
  if (report.dialects.length === 0) return ['(d) dialects: not checked', '(e) faults with all dialects: not checked'];
  const alarms = report.dialects.filter((d) => d.failed > 0 || d.passed === 0);
  const survivors = report.dialectKills.filter((k) => k.stage === 'survived');
  return [
    `(d) dialects: ${alarms.length === 0 ? 'OK' : 'FAILED'} — ${report.dialects.length - 1} dialects alone and all at once, ${alarms.length === 0 ? 'no false alarm' : `false alarms with ${alarms.map((d) => d.dialect).join(', ')}`}`,
    '',
    formatDialectMatrix(report),
    '',
    `(e) faults with all dialects: ${survivors.length === 0 ? 'OK' : 'FAILED'} — ${report.dialectKills.length - survivors.length} of ${report.dialectKills.length} caught${
      survivors.length ? `; survived: ${survivors.map((s) => s.fault).join(', ')}` : ''
    }`,
  ];
}
