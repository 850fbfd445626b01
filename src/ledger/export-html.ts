/**
 * The evidence report as one self-contained HTML file (issue #6): inline CSS, no script, a CSP that
 * forbids any, and every piece of page or policy text escaped — a quote saying <script> stays text.
 */
import type { UiLang } from '../engine/types';
import type { LedgerEntry, LedgerFinding } from './schema';
import { LEVEL } from '../content/strings';
import { DOC, RECIPIENT_WORDS, when } from './words';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c] as string);

const CSS = `body{font:15px/1.6 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:860px;
margin:2em auto;padding:0 1em;color:#111827}h1{font-size:1.5em}section{border-top:1px solid #d1d5db;padding:.5em 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{color:#4b5563}dd{margin:0;word-break:break-all}
blockquote{margin:.3em 0;padding:.3em .8em;border-left:4px solid #dc2626;background:#fef2f2}.flags{color:#4b5563;font-size:.9em}
.note{color:#4b5563}blockquote.refusal{border-left-color:#15803d;background:#f0fdf4}`;

function clause(f: LedgerFinding, lang: UiLang): string {
  const flags = [
    f.polarity === 'shares' ? DOC.shares[lang] : DOC.consent[lang],
    f.recipients.map((r) => RECIPIENT_WORDS[r][lang]).join(', '),
    f.phone ? DOC.phone[lang] : '',
    f.marketing ? DOC.marketing[lang] : '',
  ].filter(Boolean);
  return `<li><blockquote>${escapeHtml(f.quote)}</blockquote><p class="flags">${escapeHtml(flags.join(' · '))}</p></li>`;
}

function row(label: string, value: string): string {
  return `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`;
}

function section(e: LedgerEntry, lang: UiLang): string {
  const p = e.policy;
  const rows = [
    row(DOC.given[lang], when(e.date, lang)),
    row(DOC.number[lang], e.masked),
    row(DOC.page[lang], e.pageUrl),
    row(DOC.policy[lang], p ? `${p.title} <${p.url}>` : DOC.noPolicy[lang]),
  ];
  if (p) {
    rows.push(row(DOC.sha[lang], p.sha256), row(DOC.textHash[lang], p.textHash));
    const level = p.level ? ` · ${LEVEL[p.level][lang]}` : '';
    rows.push(row(DOC.score[lang], `${p.score ?? '—'}${level}`));
  }
  const findings = p?.findings ?? [];
  const list = findings.length
    ? `<ol>${findings.map((f) => clause(f, lang)).join('')}</ol>`
    : `<p>${DOC.none[lang]}</p>`;
  const refusals = p?.refusals.length
    ? `<h3>${DOC.refusals[lang]}</h3><ol>${p.refusals.map((q) => `<li><blockquote class="refusal">${escapeHtml(q)}</blockquote></li>`).join('')}</ol>`
    : '';
  return `<section><h2>${escapeHtml(e.site)}</h2><dl>${rows.join('')}</dl><h3>${DOC.clauses[lang]}</h3>${list}${refusals}</section>`;
}

export function reportHtml(entries: LedgerEntry[], lang: UiLang, now: Date): string {
  return [
    '<!doctype html>',
    `<html lang="${lang}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${DOC.title[lang]}</title><style>${CSS}</style></head><body>`,
    `<h1>${DOC.title[lang]}</h1>`,
    `<p class="note">${escapeHtml(`${DOC.generated[lang]}: ${when(now.toISOString(), lang)} · ${entries.length} ${DOC.entries[lang]}`)}</p>`,
    `<p class="note">${DOC.local[lang]}</p>`,
    ...entries.map((e) => section(e, lang)),
    '</body></html>',
  ].join('\n');
}
