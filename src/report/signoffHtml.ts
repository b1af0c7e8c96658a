// signoff.html: the sign-off report for a human approver. One self-contained file (inline CSS, no
// scripts, no external assets) that reads on screen and prints cleanly, with blank fields for the
// approver's name, decision and date. Documented rules and assumptions are shown apart, each
// assumption with the alternative the implementation is held to.
import { ruleStatuses, type RuleRow, type RuleScenario, type RuleStatus } from './ruleMatrix.ts';
import type { FailureEvidence, SignoffReport } from './signoff.ts';

function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const statusLabel: Record<RuleStatus | 'skipped', string> = {
  passed: 'passed',
  failed: 'failed',
  'not-verified': 'not verified',
  'alternative-declared': 'alternative declared',
  'accepted-deviation': 'accepted deviation',
  skipped: 'not verified',
};

function badge(status: RuleStatus | 'skipped'): string {
  return `<span class="badge s-${status}">${statusLabel[status]}</span>`;
}

function describeTarget(description: unknown): string {
  if (description === null || typeof description !== 'object') return `<p>${esc(description)}</p>`;
  const rows = Object.entries(description as Record<string, unknown>)
    .map(([key, value]) => `<tr><th>${esc(key)}</th><td>${esc(typeof value === 'object' ? JSON.stringify(value) : value)}</td></tr>`)
    .join('');
  return `<table class="kv">${rows}</table>`;
}

function scenarioItem(s: RuleScenario): string {
  const name = s.status === 'failed' ? `<a href="#failure-${esc(s.key)}">${esc(s.name)}</a>` : esc(s.name);
  const verdict = s.notApplicable ? `<span class="badge s-not-applicable">not applicable</span>` : badge(s.status);
  const variants = s.variants ? ` <span class="muted">asserts ${s.variants.map(esc).join(', ')}</span>` : '';
  const reason = s.notApplicable
    ? `<div class="muted">the profile did not declare ${s.notApplicable.map(esc).join(', ')}</div>`
    : s.reason
      ? `<div class="reason">${esc(s.reason)}</div>`
      : '';
  return `<li>${verdict} ${name} <span class="muted">${esc(s.key)}</span>${variants}${reason}</li>`;
}

/** What an assumption may legally be instead (interface §8): the alternative held to, the others, the profile keys. */
function varianceCell(row: RuleRow): string {
  const declared = row.declared
    ? `<div><strong>${esc(row.declared.id)}</strong> — ${
        row.declared.byProfile ? (row.declared.isDefault ? 'declared by the profile (the default)' : 'declared by the profile') : 'the default (the profile declares none)'
      }${row.declared.statement ? `<div class="muted">${esc(row.declared.statement)}</div>` : ''}</div>`
    : '';
  const others = (row.variance?.alternatives ?? []).filter((alternative) => alternative.id !== row.declared?.id);
  const otherList = others.length
    ? `<div class="muted">other alternatives: ${others.map((alternative) => `${esc(alternative.id)}${alternative.default ? ' (default)' : ''}`).join(', ')}</div>`
    : '';
  const keys = row.variance?.profileKeys?.length
    ? `<div>profile keys: ${row.variance.profileKeys.map((key) => `<code>${esc(key)}</code>`).join(', ')}</div>`
    : '';
  return declared + otherList + keys || '<span class="muted">no variance declared in the catalogue</span>';
}

function ruleRow(row: RuleRow, withVariance: boolean): string {
  const scenarios = row.scenarios.length ? `<ul>${row.scenarios.map(scenarioItem).join('')}</ul>` : '<span class="muted">no scenario</span>';
  const source = `${esc(row.source?.document)} — ${esc(row.source?.section)}${row.source?.quote ? `<blockquote>${esc(row.source.quote)}</blockquote>` : ''}${
    row.kind === 'assumption' ? `<div class="muted">assumption${row.assumption ? `: ${esc(row.assumption)}` : ''}</div>` : ''
  }`;
  const notes = [row.note ? esc(row.note) : '', row.deviation ? `<strong>Deviation accepted:</strong> ${esc(row.deviation)}` : '']
    .filter(Boolean)
    .join('<br>');
  return `<tr class="r-${row.status}" id="rule-${esc(row.id)}">
<td><strong>${esc(row.id)}</strong><br>${esc(row.title)}<div class="muted">${esc(row.statement)}</div></td>
<td class="c">${row.goLive ? '<strong>yes</strong>' : 'no'}<div class="muted">${esc(row.severity)}</div></td>
<td>${badge(row.status)}${row.status !== row.observed ? `<div class="muted">observed: ${statusLabel[row.observed]}</div>` : ''}</td>
<td>${scenarios}</td>
<td>${source}</td>
${withVariance ? `<td>${varianceCell(row)}</td>` : ''}
<td>${notes}</td>
</tr>`;
}

function ruleTables(rows: RuleRow[], withVariance: boolean): string {
  const areas = [...new Set(rows.map((r) => r.area))];
  return areas
    .map(
      (area) => `<h3>${esc(area)}</h3>
<table>
<tr><th style="width:24%">rule</th><th>go-live</th><th>status</th><th style="width:24%">scenarios</th><th style="width:18%">source</th>${
        withVariance ? '<th style="width:18%">alternative held to</th>' : ''
      }<th>notes</th></tr>
${rows
  .filter((r) => r.area === area)
  .map((r) => ruleRow(r, withVariance))
  .join('\n')}
</table>`,
    )
    .join('\n');
}

function exchangeHeadline(exchange: unknown): string {
  if (exchange === null || typeof exchange !== 'object') return 'exchange';
  const e = exchange as Record<string, any>;
  const method = e.method ?? e.request?.method;
  const url = e.url ?? e.request?.url ?? e.path;
  const status = e.status ?? e.response?.status;
  const line = [method, url, status !== undefined ? `→ ${status}` : '', e.operationId ? `(${e.operationId})` : ''].filter(Boolean).join(' ') || 'exchange';
  return e.problem ? `${line} — ${e.problem}` : line;
}

function webhookHeadline(webhook: unknown): string {
  const w = (webhook ?? {}) as Record<string, any>;
  const deliveries = typeof w.deliveries === 'number' && w.deliveries > 1 ? `delivered ${w.deliveries} times` : '';
  return [w.type ?? w.body?.type, w.createdAt, deliveries, w.reason].filter(Boolean).join(' — ') || 'webhook';
}

function itemList(title: string, items: unknown[], headline: (item: unknown) => string): string {
  if (items.length === 0) return `<h4>${title}</h4><p class="muted">none recorded</p>`;
  return `<h4>${title} (${items.length})</h4>${items
    .map((item, i) => `<div class="exchange"><div class="headline">${i + 1}. ${esc(headline(item))}</div><pre>${esc(JSON.stringify(item, null, 2))}</pre></div>`)
    .join('')}`;
}

/** The runtime's evidence: `{ exchanges: [...], webhooks: { received: [...], refused: [...] } }` (a bare webhook list is read too). */
function evidenceBlock(evidence: unknown): string {
  if (evidence === null || typeof evidence !== 'object') return `<pre>${esc(evidence)}</pre>`;
  const parts = evidence as Record<string, any>;
  const exchanges: unknown[] = Array.isArray(parts.exchanges) ? parts.exchanges : [];
  const received: unknown[] = Array.isArray(parts.webhooks) ? parts.webhooks : Array.isArray(parts.webhooks?.received) ? parts.webhooks.received : [];
  const refused: unknown[] = Array.isArray(parts.webhooks?.refused) ? parts.webhooks.refused : [];
  const shown = new Set(['exchanges', 'webhooks', 'scenario', 'startedAt']);
  const rest = Object.fromEntries(Object.entries(parts).filter(([k]) => !shown.has(k)));
  return `${itemList('HTTP exchanges', exchanges, exchangeHeadline)}${itemList('Webhooks received', received, webhookHeadline)}${
    refused.length ? itemList('Webhooks refused (unsigned, forged or unreadable)', refused, webhookHeadline) : ''
  }${Object.keys(rest).length ? `<h4>Other evidence</h4><pre>${esc(JSON.stringify(rest, null, 2))}</pre>` : ''}`;
}

function failureSection(failure: FailureEvidence, index: number): string {
  return `<section class="failure" id="failure-${esc(failure.key)}">
<h3>${index + 1}. ${esc(failure.name)}</h3>
<p class="muted">${esc(failure.feature)} — ${esc(failure.key)} — rules: ${failure.ruleIds.map(esc).join(', ') || 'none'}</p>
<p><strong>Failed step:</strong> ${esc(failure.step)}</p>
<pre class="error">${esc(failure.message)}</pre>
${failure.evidence.length ? failure.evidence.map(evidenceBlock).join('') : '<p class="muted">The steps attached no evidence for this scenario.</p>'}
</section>`;
}

const styles = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;margin:0 auto;max-width:1200px;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;border-bottom:2px solid #d0d7de;padding-bottom:4px;margin-top:32px}
h3{font-size:15px;margin:16px 0 4px}h4{font-size:13px;margin:12px 0 4px}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f6f8fa}.kv th{width:220px}.c{text-align:center}.muted{color:#57606a;font-size:12px}
.verdict{font-size:28px;font-weight:700;padding:12px 16px;border-radius:6px;margin:16px 0}
.v-GO{background:#dafbe1;color:#116329;border:2px solid #1a7f37}.v-NO-GO{background:#ffebe9;color:#82071e;border:2px solid #cf222e}
.badge{display:inline-block;padding:0 6px;border-radius:10px;font-size:12px;font-weight:600;white-space:nowrap}
.s-passed{background:#dafbe1;color:#116329}.s-failed{background:#ffebe9;color:#82071e}
.s-not-verified,.s-skipped{background:#fff8c5;color:#7d4e00}.s-accepted-deviation{background:#ddf4ff;color:#0a3069}
.s-alternative-declared{background:#fbefff;color:#6e40c9}.s-not-applicable{background:#eaeef2;color:#57606a}
ul{margin:0;padding-left:18px}blockquote{margin:4px 0;padding-left:8px;border-left:3px solid #d0d7de;color:#57606a;font-style:italic}
pre{background:#f6f8fa;border:1px solid #d0d7de;padding:8px;overflow:auto;max-height:28em;white-space:pre-wrap;word-break:break-word;font-size:12px}
pre.error{background:#fff5f5;border-color:#ffcecb}.reason{color:#82071e;font-size:12px}
.failure{border-left:4px solid #cf222e;padding-left:12px;margin:16px 0}.exchange .headline{font-family:monospace;font-weight:600}
.approval label{display:block;margin:14px 0 4px;font-weight:600}
.approval input[type=text],.approval input[type=date],.approval textarea{font:inherit;width:100%;max-width:520px;border:0;border-bottom:1px solid #1b1f24;background:#fffdf0;padding:4px}
.approval textarea{height:5em;border:1px solid #1b1f24}.sig{margin-top:28px;border-bottom:1px solid #1b1f24;width:320px;height:40px}
.counts td,.counts th{text-align:center}
@media print{body{max-width:none;padding:0;font-size:11px}pre{max-height:none;overflow:visible}h2{break-after:avoid}
tr,.exchange{break-inside:avoid}.failure{break-inside:auto}.approval{break-inside:avoid}
.approval input[type=text],.approval input[type=date]{background:none}a{color:inherit;text-decoration:none}}
`;

export function renderSignoffHtml(report: SignoffReport): string {
  const c = report.counts;
  const ruleCounts = (counts: Record<RuleStatus, number>) => ruleStatuses.map((status) => `<td>${counts[status]}</td>`).join('');
  const documented = report.rules.filter((r) => r.kind !== 'assumption');
  const assumptions = report.rules.filter((r) => r.kind === 'assumption');
  const declaredByProfile = assumptions.filter((r) => r.declared?.byProfile);
  const digestRows = [
    ...report.inputs.contracts.map((d) => ['contract', d]),
    ['rule catalogue', report.inputs.catalogue],
    ['expectation profile', report.inputs.profile],
    ...(report.inputs.deviations ? [['deviations', report.inputs.deviations]] : []),
  ] as [string, { path: string; sha256: string | null }][];

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MS go-live sign-off — ${esc(report.runName ?? report.runId)} — ${esc(report.verdict.decision)}</title>
<style>${styles}</style>
</head>
<body>
<h1>Marketplace Services — go-live sign-off report</h1>
<p class="muted">${report.runName ? `${esc(report.runName)} — ` : ''}run ${esc(report.runId)} — generated ${esc(report.generatedAt)} — ${esc(report.kit.name)} ${esc(report.kit.version)}</p>

<div class="verdict v-${esc(report.verdict.decision)}">Verdict: ${esc(report.verdict.decision)}</div>
${
  report.verdict.blocking.length
    ? `<p><strong>Blocking go-live rules (${report.verdict.blocking.length}):</strong></p><ul>${report.verdict.blocking
        .map((b) => `<li>${badge(b.status)} <a href="#rule-${esc(b.id)}"><strong>${esc(b.id)}</strong></a> — ${esc(b.title)}</li>`)
        .join('')}</ul>`
    : '<p>Every go-live rule passed, is an accepted deviation, or holds to an alternative the implementation declared.</p>'
}

<h2>Summary</h2>
<table class="counts">
<tr><th></th>${ruleStatuses.map((status) => `<th>${statusLabel[status]}</th>`).join('')}</tr>
<tr><th>go-live rules</th>${ruleCounts(c.goLiveRules)}</tr>
<tr><th>all rules</th>${ruleCounts(c.rules)}</tr>
</table>
<p>Scenarios: ${c.scenarios.passed} passed, ${c.scenarios.failed} failed, ${c.scenarios.skipped} skipped (not verified, or not applicable to the alternatives declared), ${c.scenarios.total} in all.</p>

<h2>Target and run</h2>
<table class="kv">
<tr><th>target kind</th><td>${esc(report.target.kind)}</td></tr>
<tr><th>capabilities</th><td>${Object.entries(report.target.capabilities)
    .map(([name, on]) => `${esc(name)}: <strong>${on ? 'yes' : 'no'}</strong>`)
    .join(' · ')}</td></tr>
<tr><th>started / finished</th><td>${esc(report.run.startedAt ?? '?')} / ${esc(report.run.finishedAt ?? '?')}</td></tr>
<tr><th>scenario selection</th><td>${esc(report.run.tags || 'whole suite')}${report.run.parallel ? ` — ${esc(report.run.parallel)} worker(s)` : ''}</td></tr>
</table>
<h3>Target description</h3>
${describeTarget(report.target.description)}

<h2>Inputs (SHA-256)</h2>
<table>
<tr><th>what</th><th>file</th><th>SHA-256</th></tr>
${digestRows
    .map(([what, d]) => `<tr><td>${esc(what)}</td><td>${esc(d.path)}</td><td><code>${d.sha256 ? esc(d.sha256) : 'missing'}</code></td></tr>`)
    .join('\n')}
</table>
<p class="muted">Rule catalogue version: ${esc(report.inputs.catalogueVersion)}</p>

<h2>Rule matrix: documented rules</h2>
<p class="muted">What the seed documents say, cited. Every implementation must satisfy these.</p>
${ruleTables(documented, false)}

<h2>Assumptions and the alternatives declared</h2>
<p class="muted">What the kit decided where the documents are silent (interface.md, or the kit itself). Each one is held to
the alternative the expectation profile declared under <code>assumptions</code>, or to its default; its profile keys say
where the profile declares the statuses, codes or formats it may vary. ${
    declaredByProfile.length
      ? `The profile declares: ${declaredByProfile.map((r) => `<a href="#rule-${esc(r.id)}">${esc(r.id)}</a> → <strong>${esc(r.declared?.id)}</strong>`).join(', ')}.`
      : 'The profile declares no alternative: every assumption is held to its default.'
  } A rule held to a non-default alternative that no scenario asserts is <em>alternative declared</em>: neither passed nor failed, and it does not block the verdict.</p>
${ruleTables(assumptions, true)}

<h2>Error codes the target answered</h2>
<p>Per error situation, the codes seen in this run and how often (interface §2: the same mistake keeps its code; §8: the names are the implementation's own, checked by name only where the profile declares them).</p>
${report.errorCodes.length ? `<table><thead><tr><th>situation</th><th>codes (times seen)</th></tr></thead><tbody>${report.errorCodes.map((s) => `<tr><td>${esc(s.situation)}</td><td>${s.codes.map((c) => `<code>${esc(c.code)}</code> (${c.count})`).join(', ')}</td></tr>`).join('')}</tbody></table>` : '<p>No refusal was checked in this run.</p>'}

<h2>Failures and their evidence</h2>
${report.failures.length ? report.failures.map(failureSection).join('\n') : '<p>No scenario failed.</p>'}

${report.warnings.length ? `<h2>Warnings</h2><ul>${report.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : ''}

<h2>Approval</h2>
<form class="approval">
<label for="approver">Approver's name</label><input type="text" id="approver" name="approver">
<label>Decision</label>
<div><label style="display:inline;font-weight:normal"><input type="radio" name="decision" value="approved"> approved for go-live</label>
&nbsp; <label style="display:inline;font-weight:normal"><input type="radio" name="decision" value="approved-with-reservations"> approved with reservations</label>
&nbsp; <label style="display:inline;font-weight:normal"><input type="radio" name="decision" value="rejected"> rejected</label></div>
<label for="comments">Comments / reservations</label><textarea id="comments" name="comments"></textarea>
<label for="date">Date</label><input type="date" id="date" name="date">
<label>Signature</label><div class="sig"></div>
</form>

<p class="muted">This package is sealed by manifest.json (run ${esc(report.runId)}): <code>mskit verify-report &lt;folder&gt;</code> checks that no file was changed, removed or added since the run.</p>
</body>
</html>
`;
}
