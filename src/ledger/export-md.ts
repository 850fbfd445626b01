/** The evidence report as Markdown (issue #6): the same facts as the HTML, for pasting into a complaint or notes. */
import type { UiLang } from '../engine/types';
import type { LedgerEntry } from './schema';
import { LEVEL } from '../content/strings';
import { DOC, RECIPIENT_WORDS, when } from './words';

/** Quotes become block quotes; characters Markdown would read as markup or HTML are backslash-escaped. */
export const escapeMd = (s: string): string => s.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()<>#|!~])/g, '\\$1');

function entryMd(e: LedgerEntry, lang: UiLang): string[] {
  const p = e.policy;
  const lines = [
    `## ${escapeMd(e.site)}`,
    '',
    `- ${DOC.given[lang]}: ${when(e.date, lang)}`,
    `- ${DOC.number[lang]}: ${escapeMd(e.masked)}`,
    `- ${DOC.page[lang]}: ${escapeMd(e.pageUrl)}`,
    `- ${DOC.policy[lang]}: ${p ? `${escapeMd(p.title)} ${escapeMd(p.url)}` : DOC.noPolicy[lang]}`,
  ];
  if (!p) return [...lines, ''];
  const level = p.level ? ` (${LEVEL[p.level][lang]})` : '';
  lines.push(`- ${DOC.sha[lang]}: \`${p.sha256}\``, `- ${DOC.textHash[lang]}: \`${p.textHash}\``);
  lines.push(`- ${DOC.score[lang]}: ${p.score ?? '—'}${level}`, '', `### ${DOC.clauses[lang]}`, '');
  if (p.findings.length === 0) lines.push(DOC.none[lang], '');
  for (const f of p.findings) {
    const who = f.recipients.map((r) => RECIPIENT_WORDS[r][lang]).join(', ');
    const flags = [who, f.phone ? DOC.phone[lang] : '', f.marketing ? DOC.marketing[lang] : ''].filter(Boolean);
    lines.push(`> ${escapeMd(f.quote)}`, '', `*${flags.join(' · ')}*`, '');
  }
  if (p.refusals.length > 0)
    lines.push(`### ${DOC.refusals[lang]}`, '', ...p.refusals.flatMap((q) => [`> ${escapeMd(q)}`, '']));
  return lines;
}

export function reportMarkdown(entries: LedgerEntry[], lang: UiLang, now: Date): string {
  const head = [
    `# ${DOC.title[lang]}`,
    '',
    `${DOC.generated[lang]}: ${when(now.toISOString(), lang)}`,
    '',
    DOC.local[lang],
    '',
  ];
  return [...head, ...entries.flatMap((e) => entryMd(e, lang))].join('\n');
}
