// signoff.html: the sign-off report for a human approver. One self-contained file (inline CSS, no
// scripts, no external assets) that reads on screen and prints cleanly, with blank fields for the
// approver's name, decision and date. Documented rules and assumptions are shown apart, each
// assumption with the alternative the implementation is held to.
import { curlLine, expectedVsActual, failingExchange, type ExchangeRecord } from './failureReading.ts';
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
  return `<tr class="rule r-${row.status} gl-${row.goLive ? 'yes' : 'no'}" id="rule-${esc(row.id)}">
<td><strong>${esc(row.id)}</strong><br>${esc(row.title)}<div class="muted">${esc(row.statement)}</div></td>
<td class="c">${row.goLive ? '<strong>yes</strong>' : 'no'}<div class="muted">${esc(row.severity)}</div></td>
<td>${badge(row.status)}${row.status !== row.observed ? `<div class="muted">observed: ${statusLabel[row.observed]}</div>` : ''}</td>
<td>${scenarios}</td>
<td>${source}</td>
${withVariance ? `<td>${varianceCell(row)}</td>` : ''}
<td>${notes}</td>
</tr>`;
}

/** A class-safe name for an area, for the matrix filters. */
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function ruleTables(rows: RuleRow[], withVariance: boolean, section: string): string {
  const areas = [...new Set(rows.map((r) => r.area))];
  return areas
    .map(
      (area) => `<div class="area ar-${slug(area)}"><h3 id="${section}-${slug(area)}">${esc(area)}</h3>
<table>
<tr><th style="width:24%">rule</th><th>go-live</th><th>status</th><th style="width:24%">scenarios</th><th style="width:18%">source</th>${
        withVariance ? '<th style="width:18%">alternative held to</th>' : ''
      }<th>notes</th></tr>
${rows
  .filter((r) => r.area === area)
  .map((r) => ruleRow(r, withVariance))
  .join('\n')}
</table></div>`,
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

const json = (value: unknown) => esc(JSON.stringify(value, null, 2));

const headersFolded = (headers: unknown) => (headers && Object.keys(headers).length ? `<details class="headers"><summary>headers</summary><pre>${json(headers)}</pre></details>` : '');

/** One exchange: the answer's body first (what went wrong is there), the curl line repeating it, then the request. */
function exchangeDetails(exchange: unknown, index: number, open: boolean): string {
  const e = (exchange ?? {}) as ExchangeRecord;
  const curl = curlLine(e);
  const answer = e.response
    ? `<div class="part">Answer ${esc(e.response.status ?? '')}</div>${e.response.body === undefined ? '<p class="muted">no body</p>' : `<pre>${json(e.response.body)}</pre>`}${headersFolded(e.response.headers)}`
    : `<p class="reason">${esc(e.problem ?? 'no answer')}</p>`;
  return `<details class="exchange${open ? ' failing' : ''}"${open ? ' open' : ''}><summary class="headline">${index + 1}. ${esc(exchangeHeadline(exchange))}</summary>
${answer}
${curl ? `<div class="part">Reproduce <span class="muted">(secrets are shell variables: set $MSKIT_TOKEN and the others first)</span></div><pre class="curl">${esc(curl)}</pre>` : ''}
<div class="part">Request</div>${e.request?.body === undefined ? '<p class="muted">no body</p>' : `<pre>${json(e.request.body)}</pre>`}${headersFolded(e.request?.headers)}</details>`;
}

function folded(title: string, items: unknown[], headline: (item: unknown) => string, open = false): string {
  if (items.length === 0) return '';
  return `<details class="more"${open ? ' open' : ''}><summary>${esc(title)} (${items.length})</summary>${items
    .map((item, i) => `<details class="exchange"><summary class="headline">${i + 1}. ${esc(headline(item))}</summary><pre>${json(item)}</pre></details>`)
    .join('')}</details>`;
}

/** The runtime's evidence: the failing exchange expanded, every other exchange and webhook folded. */
function evidenceBlock(evidence: unknown, message: string): string {
  if (evidence === null || typeof evidence !== 'object') return `<pre>${esc(evidence)}</pre>`;
  const parts = evidence as Record<string, any>;
  const exchanges: ExchangeRecord[] = Array.isArray(parts.exchanges) ? parts.exchanges : [];
  const received: unknown[] = Array.isArray(parts.webhooks) ? parts.webhooks : Array.isArray(parts.webhooks?.received) ? parts.webhooks.received : [];
  const refused: unknown[] = Array.isArray(parts.webhooks?.refused) ? parts.webhooks.refused : [];
  const shown = new Set(['exchanges', 'webhooks', 'scenario', 'startedAt']);
  const rest = Object.fromEntries(Object.entries(parts).filter(([k]) => !shown.has(k)));
  const { index: failing, named } = failingExchange(exchanges, message);
  const others = exchanges.map((x, i) => ({ x, i })).filter(({ i }) => i !== failing);
  // A failure about webhooks names their type: then the webhooks are what to read, shown open.
  const aboutWebhooks = received.some((w) => typeof (w as { type?: unknown })?.type === 'string' && message.includes((w as { type: string }).type));
  const heading = named ? 'The exchange that failed' : 'The last exchange before the failure <span class="muted">(the message names no exchange)</span>';
  return `${failing >= 0 ? `<h4>${heading}</h4>${exchangeDetails(exchanges[failing], failing, named)}` : '<p class="muted">No HTTP exchange was recorded.</p>'}
${others.length ? `<details class="more"><summary>Other HTTP exchanges of the scenario (${others.length})</summary>${others.map(({ x, i }) => exchangeDetails(x, i, false)).join('')}</details>` : ''}
${folded('Webhooks received', received, webhookHeadline, aboutWebhooks)}${folded('Webhooks refused (unsigned, forged or unreadable)', refused, webhookHeadline)}${
    Object.keys(rest).length ? `<details class="more"><summary>Other evidence</summary><pre>${json(rest)}</pre></details>` : ''
  }`;
}

const stepMark: Record<string, string> = { passed: '✔', failed: '✘', skipped: '–', undefined: '?', pending: '…', ambiguous: '?' };

function ruleQuotes(ids: string[], rules: RuleRow[]): string {
  return ids
    .map((id) => rules.find((r) => r.id === id))
    .filter((r): r is RuleRow => r !== undefined)
    .map(
      (r) => `<div class="rule-quote"><a href="#rule-${esc(r.id)}"><strong>${esc(r.id)}</strong></a> ${esc(r.title)}${r.goLive ? ' <span class="badge s-failed">go-live</span>' : ''} — ${esc(r.statement)}
${r.source?.quote ? `<blockquote>${esc(r.source.quote)}</blockquote>` : ''}<div class="muted">${esc(r.source?.document)} — ${esc(r.source?.section)}${r.kind === 'assumption' ? ' (assumption)' : ''}</div></div>`,
    )
    .join('');
}

function failureSection(failure: FailureEvidence, index: number, rules: RuleRow[]): string {
  const steps = failure.steps.length
    ? `<ol class="steps">${failure.steps
        .map((s) => `<li class="st-${esc(s.status)}">${stepMark[s.status] ?? '·'} ${esc(s.text)}${s.status === 'failed' ? ' <strong>← failed here</strong>' : ''}</li>`)
        .join('')}</ol>`
    : `<p><strong>Failed step:</strong> ${esc(failure.step)}</p>`;
  const contrast = expectedVsActual(failure.message);
  return `<section class="failure" id="failure-${esc(failure.key)}">
<h3>${index + 1}. ${esc(failure.name)}</h3>
<p class="muted">${esc(failure.feature)} — ${esc(failure.key)} — <a href="cucumber.html?query=${encodeURIComponent(failure.name)}">open in the cucumber report</a></p>
${ruleQuotes(failure.ruleIds, rules)}
${steps}
${contrast ? `<table class="kv contrast"><tr><th>expected</th><td>${esc(contrast.expected)}</td></tr><tr><th>actual</th><td>${esc(contrast.actual)}</td></tr></table>` : ''}
<pre class="error">${esc(failure.message)}</pre>
${failure.evidence.length ? failure.evidence.map((e) => evidenceBlock(e, failure.message)).join('') : '<p class="muted">The steps attached no evidence for this scenario.</p>'}
</section>`;
}

const styles = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;margin:0 auto;max-width:1200px;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;border-bottom:2px solid #d0d7de;padding-bottom:4px;margin-top:32px}
h3{font-size:15px;margin:16px 0 4px}h4{font-size:13px;margin:12px 0 4px}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f6f8fa}.kv th{width:220px}.c{text-align:center}.muted{color:#57606a;font-size:12px}
.verdict{font-size:28px;font-weight:700;padding:12px 16px;border-radius:6px;margin:12px 0}
.v-GO{background:#dafbe1;color:#116329;border:2px solid #1a7f37}.v-NO-GO{background:#ffebe9;color:#82071e;border:2px solid #cf222e}
.banner{padding:10px 14px;border-radius:6px;margin:10px 0;font-size:15px}.selfcheck{background:#fff8c5;border:2px dashed #9a6700;color:#4d2d00}
.unsealed{background:#fff1e5;border:2px solid #bc4c00;color:#762c00}.sealed{color:#116329}
.badge{display:inline-block;padding:0 6px;border-radius:10px;font-size:12px;font-weight:600;white-space:nowrap}
.s-passed{background:#dafbe1;color:#116329}.s-failed{background:#ffebe9;color:#82071e}
.s-not-verified,.s-skipped{background:#fff8c5;color:#7d4e00}.s-accepted-deviation{background:#ddf4ff;color:#0a3069}
.s-alternative-declared{background:#fbefff;color:#6e40c9}.s-not-applicable{background:#eaeef2;color:#57606a}
ul{margin:0;padding-left:18px}blockquote{margin:4px 0;padding-left:8px;border-left:3px solid #d0d7de;color:#57606a;font-style:italic}
pre{background:#f6f8fa;border:1px solid #d0d7de;padding:8px;overflow:auto;max-height:20em;white-space:pre-wrap;word-break:break-word;font-size:12px;margin:4px 0}
pre.error{background:#fff5f5;border-color:#ffcecb;max-height:8em}pre.curl{background:#0d1117;color:#e6edf3;max-height:6em}.reason{color:#82071e;font-size:12px}
.failure{border-left:4px solid #cf222e;padding-left:12px;margin:16px 0}.failure h3{margin-top:8px}
.rule-quote{margin:4px 0}.rule-quote blockquote{margin:2px 0}
ol.steps{margin:6px 0;padding-left:24px;font-family:ui-monospace,monospace;font-size:13px}.st-passed{color:#116329}.st-failed{color:#82071e;background:#ffebe9}.st-skipped{color:#57606a}
.contrast{width:auto;min-width:50%}.contrast th{width:90px}
details.exchange{margin:4px 0}details.exchange>summary,.headline{font-family:ui-monospace,monospace;font-weight:600;cursor:pointer}
details.failing{border:1px solid #cf222e;border-radius:4px;padding:4px 8px}.part{font-weight:600;font-size:12px;margin-top:6px}
details.headers>summary{cursor:pointer;font-size:12px;color:#57606a}details.more{margin:6px 0}details.more>summary{cursor:pointer;color:#0969da}
nav.toc{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;margin:12px 0;font-size:13px}nav.toc a{margin-right:12px;white-space:nowrap}
.filters{position:sticky;top:0;background:#fff;border-bottom:1px solid #d0d7de;padding:6px 0;z-index:1;font-size:13px}
.filters fieldset{display:inline-block;border:0;margin:0 12px 0 0;padding:0}.filters legend{font-weight:600;float:left;margin-right:6px}
.filters label{margin-right:8px;white-space:nowrap}
.approval label{display:block;margin:14px 0 4px;font-weight:600}
.approval input[type=text],.approval input[type=date],.approval textarea{font:inherit;width:100%;max-width:520px;border:0;border-bottom:1px solid #1b1f24;background:#fffdf0;padding:4px}
.approval textarea{height:5em;border:1px solid #1b1f24}.sig{margin-top:28px;border-bottom:1px solid #1b1f24;width:320px;height:40px}
.counts td,.counts th{text-align:center}
@media print{body{max-width:none;padding:0;font-size:11px}pre{max-height:none;overflow:visible}h2{break-after:avoid}
tr,.exchange{break-inside:avoid}.failure{break-inside:auto}.approval{break-inside:avoid}nav.toc,.filters,.approve-command{display:none}
.approval input[type=text],.approval input[type=date]{background:none}a{color:inherit;text-decoration:none}}
`;

/** Matrix filters without a script: each checked radio hides the rows (or areas) it excludes. */
function filterStyles(areas: string[]): string {
  const status = ruleStatuses.map((st) => `body:has(#fs-${st}:checked) tr.rule:not(.r-${st}){display:none}`);
  const goLive = ['yes', 'no'].map((v) => `body:has(#fg-${v}:checked) tr.rule:not(.gl-${v}){display:none}`);
  const area = areas.map((a) => `body:has(#fa-${slug(a)}:checked) .area:not(.ar-${slug(a)}){display:none}`);
  return [...status, ...goLive, ...area].join('\n');
}

function radios(group: string, prefix: string, options: [string, string][]): string {
  return `<fieldset><legend>${esc(group)}</legend><label><input type="radio" name="${prefix}" id="${prefix}-all" checked> all</label>${options
    .map(([value, label]) => `<label><input type="radio" name="${prefix}" id="${prefix}-${esc(value)}"> ${esc(label)}</label>`)
    .join('')}</fieldset>`;
}

function matrixFilters(areas: string[]): string {
  return `<div class="filters" aria-label="filter the rule matrix">${radios('status', 'fs', ruleStatuses.map((st) => [st, statusLabel[st]]))}${radios('go-live', 'fg', [
    ['yes', 'go-live only'],
    ['no', 'not go-live'],
  ])}${radios('area', 'fa', areas.map((a) => [slug(a), a]))}</div>`;
}

/** What the page says first: what was tested (or that nothing was), and whether the package is sealed. */
function subjectAndSeal(report: SignoffReport): string {
  const subject =
    report.subject.kind === 'kit-self-check'
      ? `<div class="banner selfcheck"><strong>Kit self-check — not a sign-off.</strong> This run is ${esc(report.subject.statement)}.</div>`
      : `<p>Implementation tested: <strong>${esc(report.subject.implementation)}</strong> — ${esc(report.target.kind)} target</p>`;
  const seal = report.seal.signed
    ? `<p class="sealed">Sealed: manifest.json is signed with Ed25519 key <code>${esc(report.seal.keyFingerprint)}</code>. Check it with the signer's public key: <code>mskit verify-report &lt;this folder&gt; --public-key signer.pub.pem</code></p>`
    : `<div class="banner unsealed"><strong>NOT SEALED.</strong> ${esc(report.seal.note)}.</div>`;
  return subject + seal;
}

function blockingList(report: SignoffReport): string {
  const blocking = report.verdict.blocking;
  if (blocking.length === 0) return '<p>Every go-live rule passed, is an accepted deviation, or holds to an alternative the implementation declared.</p>';
  const item = (b: (typeof blocking)[number]) => `<li>${badge(b.status)} <a href="#rule-${esc(b.id)}"><strong>${esc(b.id)}</strong></a> — ${esc(b.title)}</li>`;
  // Failed rules first: they are what an approver reads; a long tail of "not verified" is folded.
  const ordered = [...blocking].sort((a, b) => Number(b.status === 'failed') - Number(a.status === 'failed'));
  const shown = 10;
  return `<p><strong>Blocking go-live rules (${blocking.length}):</strong></p><ul>${ordered.slice(0, shown).map(item).join('')}</ul>${
    ordered.length > shown ? `<details class="more"><summary>${ordered.length - shown} more</summary><ul>${ordered.slice(shown).map(item).join('')}</ul></details>` : ''
  }`;
}

function provenanceTable(report: SignoffReport): string {
  const i = report.inputs;
  const kit = `${esc(report.kit.name)} ${esc(report.kit.version)} — commit <code>${esc(report.kit.commit)}</code>${report.kit.modified ? ' <strong>with uncommitted changes</strong>' : ''}`;
  const rows: [string, string, string | null][] = [
    ...i.contracts.map((d): [string, string, string | null] => ['contract', d.path, d.sha256]),
    ['rule catalogue', `${i.catalogue.path} (version ${String(i.catalogueVersion)})`, i.catalogue.sha256],
    ['expectation profile (file)', i.profile.path, i.profile.sha256],
    ['expectation profile as merged', 'the default with the implementation\'s profile over it', i.profileMerged.sha256],
    ...(i.deviations ? [['deviations', i.deviations.path, i.deviations.sha256] as [string, string, string | null]] : []),
    ['features', `${i.features.path}/ (${i.features.files} files)`, i.features.sha256],
    ['steps', `${i.steps.path}/ (${i.steps.files} files)`, i.steps.sha256],
  ];
  return `<table class="kv"><tr><th>kit</th><td>${kit}</td></tr></table>
<table>
<tr><th>what</th><th>file</th><th>SHA-256</th></tr>
${rows.map(([what, path, sha]) => `<tr><td>${esc(what)}</td><td>${esc(path)}</td><td><code>${sha ? esc(sha) : 'missing'}</code></td></tr>`).join('\n')}
</table>
<p class="muted">Folder digests are <code>find . -type f | cut -c3- | LC_ALL=C sort | xargs sha256sum | sha256sum</code> run inside the folder.</p>`;
}

/** Builds the `mskit approve` command from the form, in the approver's browser: nothing leaves the page. */
const approvalScript = `
(function(){
  var form=document.querySelector('form.approval'),out=document.getElementById('approve-command');
  if(!form||!out)return;
  function q(v){return "'"+String(v).replace(/'/g,"'\\\\''")+"'";}
  function folder(){
    if(location.protocol!=='file:')return 'reports';
    var dir=decodeURIComponent(location.pathname.replace(/\\/[^\\/]*$/,''));
    return dir||'.';
  }
  function update(){
    var d=form.querySelector('input[name=decision]:checked');
    var parts=['mskit approve','--reports '+q(folder()),'--name '+q(form.approver.value||'YOUR NAME'),'--decision '+(d?d.value:'approved|approved-with-reservations|rejected')];
    if(form.date.value)parts.push('--date '+form.date.value);
    if(form.comments.value)parts.push('--comment '+q(form.comments.value));
    parts.push('--signing-key approver.pem');
    out.textContent=parts.join(' \\\\\\n  ');
  }
  form.addEventListener('input',update);form.addEventListener('change',update);update();
})();`;

export function renderSignoffHtml(report: SignoffReport): string {
  const c = report.counts;
  const ruleCounts = (counts: Record<RuleStatus, number>) => ruleStatuses.map((status) => `<td>${counts[status]}</td>`).join('');
  const documented = report.rules.filter((r) => r.kind !== 'assumption');
  const assumptions = report.rules.filter((r) => r.kind === 'assumption');
  const declaredByProfile = assumptions.filter((r) => r.declared?.byProfile);
  const areas = [...new Set(report.rules.map((r) => r.area))];
  const selfCheck = report.subject.kind === 'kit-self-check';
  const title = report.subject.kind === 'kit-self-check' ? 'kit self-check (not a sign-off)' : `go-live sign-off — ${report.subject.implementation}`;
  const toc = [
    ['summary', 'Summary'],
    ['failures', `Failures (${report.failures.length})`],
    ['target', 'Target and run'],
    ['provenance', 'What was tested, with what'],
    ['matrix', 'Rule matrix'],
    ['assumptions', 'Assumptions'],
    ['error-codes', 'Error codes'],
    ...(report.warnings.length ? [['warnings', `Warnings (${report.warnings.length})`]] : []),
    ['approval', 'Approval'],
  ];

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MS ${esc(title)} — ${esc(report.runName ?? report.runId)} — ${esc(report.verdict.decision)}</title>
<style>${styles}
${filterStyles(areas)}</style>
</head>
<body>
<h1>Marketplace Services — ${selfCheck ? 'kit self-check' : 'go-live sign-off report'}</h1>
<p class="muted">${report.runName ? `${esc(report.runName)} — ` : ''}run ${esc(report.runId)} — generated ${esc(report.generatedAt)} — ${esc(report.kit.name)} ${esc(report.kit.version)} (commit ${esc(report.kit.commit.slice(0, 12))})</p>
${subjectAndSeal(report)}
<div class="verdict v-${esc(report.verdict.decision)}">Verdict: ${esc(report.verdict.decision)}${selfCheck ? ' <span style="font-size:15px">(of the kit against its own reference, not of an implementation)</span>' : ''}</div>
${blockingList(report)}
<nav class="toc">Contents: ${toc.map(([id, label]) => `<a href="#${id}">${esc(label)}</a>`).join('')}</nav>

<h2 id="summary">Summary</h2>
<table class="counts">
<tr><th></th>${ruleStatuses.map((status) => `<th>${statusLabel[status]}</th>`).join('')}</tr>
<tr><th>go-live rules</th>${ruleCounts(c.goLiveRules)}</tr>
<tr><th>all rules</th>${ruleCounts(c.rules)}</tr>
</table>
<p>Scenarios: ${c.scenarios.passed} passed, ${c.scenarios.failed} failed, ${c.scenarios.skipped} skipped (not verified, or not applicable to the alternatives declared), ${c.scenarios.total} in all.</p>

<h2 id="failures">Failures and their evidence</h2>
${report.failures.length ? report.failures.map((f, i) => failureSection(f, i, report.rules)).join('\n') : '<p>No scenario failed.</p>'}

<h2 id="target">Target and run</h2>
<table class="kv">
<tr><th>what was tested</th><td>${esc(report.subject.statement)}</td></tr>
<tr><th>target kind</th><td>${esc(report.target.kind)}</td></tr>
<tr><th>capabilities</th><td>${Object.entries(report.target.capabilities)
    .map(([name, on]) => `${esc(name)}: <strong>${on ? 'yes' : 'no'}</strong>`)
    .join(' · ')}</td></tr>
<tr><th>started / finished</th><td>${esc(report.run.startedAt ?? '?')} / ${esc(report.run.finishedAt ?? '?')}</td></tr>
<tr><th>scenario selection</th><td>${esc(report.run.tags || 'whole suite')}${report.run.parallel ? ` — ${esc(report.run.parallel)} worker(s)` : ''}</td></tr>
</table>
<h3>Target description</h3>
${describeTarget(report.target.description)}

<h2 id="provenance">What was tested, with what (SHA-256)</h2>
${provenanceTable(report)}

<h2 id="matrix">Rule matrix: documented rules</h2>
<p class="muted">What the seed documents say, cited. Every implementation must satisfy these. Areas: ${areas.map((a) => `<a href="#matrix-${slug(a)}">${esc(a)}</a>`).join(' · ')}</p>
${matrixFilters(areas)}
${ruleTables(documented, false, 'matrix')}

<h2 id="assumptions">Assumptions and the alternatives declared</h2>
<p class="muted">What the kit decided where the documents are silent (interface.md, or the kit itself). Each one is held to
the alternative the expectation profile declared under <code>assumptions</code>, or to its default; its profile keys say
where the profile declares the statuses, codes or formats it may vary. ${
    declaredByProfile.length
      ? `The profile declares: ${declaredByProfile.map((r) => `<a href="#rule-${esc(r.id)}">${esc(r.id)}</a> → <strong>${esc(r.declared?.id)}</strong>`).join(', ')}.`
      : 'The profile declares no alternative: every assumption is held to its default.'
  } A rule held to a non-default alternative that no scenario asserts is <em>alternative declared</em>: neither passed nor failed, and it does not block the verdict.</p>
${ruleTables(assumptions, true, 'assumptions')}

<h2 id="error-codes">Error codes the target answered</h2>
<p>Per error situation, the codes seen in this run and how often (interface §2: the same mistake keeps its code; §8: the names are the implementation's own, checked by name only where the profile declares them).</p>
${report.errorCodes.length ? `<table><thead><tr><th>situation</th><th>codes (times seen)</th></tr></thead><tbody>${report.errorCodes.map((s) => `<tr><td>${esc(s.situation)}</td><td>${s.codes.map((c) => `<code>${esc(c.code)}</code> (${c.count})`).join(', ')}</td></tr>`).join('')}</tbody></table>` : '<p>No refusal was checked in this run.</p>'}

${report.warnings.length ? `<h2 id="warnings">Warnings</h2><ul>${report.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : ''}

<h2 id="approval">Approval</h2>
<p class="muted">Fill in the form: the page writes the <code>mskit approve</code> command for it below. Run it with your own key
(make one once with <code>mskit keygen --out approver</code>): it writes approval.json, signed in approval.sig, beside this package,
and <code>mskit verify-report</code> then shows your decision. On paper, the fields print as lines to fill in by hand.</p>
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
<div class="approve-command"><p><strong>Command to record this decision</strong> (run it where the package is):</p><pre class="curl" id="approve-command">mskit approve --reports &lt;this folder&gt; --name … --decision … --signing-key approver.pem</pre></div>
<script>${approvalScript}</script>

<p class="muted">${
    report.seal.signed
      ? `This package is sealed: manifest.json (run ${esc(report.runId)}) lists every file with its SHA-256 and is signed in manifest.sig with key <code>${esc(report.seal.keyFingerprint)}</code>.`
      : `This package is not sealed: manifest.json (run ${esc(report.runId)}) lists every file with its SHA-256, which catches accidental changes only.`
  } <code>mskit verify-report &lt;folder&gt;</code> checks that no file was changed, removed or added since the run.</p>
</body>
</html>
`;
}
