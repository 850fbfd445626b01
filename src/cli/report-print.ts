import type { AuditReport, Finding } from '../engine/types';

/** The terminal form of a report: score and level, what drives it, the checklist, then the findings quoted. */

const LEVEL = { low: '低 low', medium: '中 medium', high: '高 high', severe: '极高 severe' } as const;
const MARK = { met: '✓', missing: '✗', unclear: '?', 'not-applicable': '–' } as const;
const WIDTH = 100;

const law = (f: Finding) => f.laws.map((l) => `${l.law} Art. ${l.article}`).join(', ');
const clip = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > WIDTH ? `${flat.slice(0, WIDTH - 1)}…` : flat;
};

export function printReport(report: AuditReport, source: string, title: string | null): void {
  const out: string[] = [`${title ? `${title} — ` : ''}${source}`];
  if (report.status !== 'analysed') {
    out.push(`NOT ANALYSED (${report.status}): ${report.reason?.en ?? ''}`, `  ${report.reason?.['zh-CN'] ?? ''}`);
    process.stdout.write(`${out.join('\n')}\n`);
    return;
  }
  out.push(
    `risk ${report.score}/100 — ${LEVEL[report.level!]}   (${report.lang}, ${report.stats.chars} chars, ${report.stats.clauses} sentences)`,
  );
  out.push('', 'why this score:');
  for (const part of report.breakdown)
    out.push(
      `  ${part.points > 0 ? '+' : ''}${part.points.toFixed(1).padStart(5)}  ${part.label.en} / ${part.label['zh-CN']}`,
    );
  out.push('', 'PIPL checklist:');
  for (const item of report.checklist)
    out.push(`  ${MARK[item.status]} ${item.title.en} / ${item.title['zh-CN']} (${item.status})`);
  const main = report.findings.filter((f) => f.kind !== 'context');
  out.push(
    '',
    `findings: ${report.stats.shares} shares, ${report.stats.consent} consent-only, ${report.stats.denies} refusals, ${report.entries.length} list entries, ${report.findings.length - main.length} in sharing sections`,
  );
  for (const f of main.sort((a, b) => rank(b) - rank(a)).slice(0, 40)) {
    const who = f.recipients.join('+');
    const what = [...f.data, ...f.purposes].join('+');
    out.push(
      `  [${f.severity}] ${f.polarity} → ${who}${what ? ` (${what})` : ''} · ${f.rule} · ${law(f)}`,
      `      「${clip(f.quote)}」`,
      `      ${f.why.en}`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

const SEVERITY = { info: 0, low: 1, medium: 2, high: 3, severe: 4 } as const;
const rank = (f: Finding) => SEVERITY[f.severity] * 1e7 - f.span.start;
