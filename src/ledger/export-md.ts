/** The evidence report as Markdown (issue #6): the same facts as the HTML, for pasting into a complaint or notes. */
import type { UiLang } from '../engine/types';
import type { LedgerEntry } from './schema';
import { LEVEL } from '../content/strings';
import { DOC, RECIPIENT_WORDS, when } from './words';

/** Quotes become block quotes; characters Markdown would read as markup or HTML are backslash-escaped. */
export const escapeMd = (s: string): string => s.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()<>#|!~])/g, '\\$1');

/** Hashes in a code span when they are what they claim (hex); anything else, escaped like all text (issue #18). */
const code = (s: string): string => (/^[0-9a-f]{1,64}$/i.test(s) ? `\`${s}\`` : escapeMd(s));

function entryMd(e: LedgerEntry, lang: UiLang): string[] {
  const p = e.policy;
  const lines = [
    `## ${escapeMd(e.site)}`,
    '',
    `- ${DOC.given[lang]}: ${escapeMd(when(e.date, lang))}`,
    `- ${DOC.number[lang]}: ${escapeMd(e.masked)}`,
    `- ${DOC.page[lang]}: ${escapeMd(e.pageUrl)}`,
    `- ${DOC.policy[lang]}: ${p ? `${escapeMd(p.title)} ${escapeMd(p.url)}` : DOC.noPolicy[lang]}`,
  ];
  if (!p) return [...lines, ''];
  const level = p.level && Object.hasOwn(LEVEL, p.level) ? ` (${LEVEL[p.level][lang]})` : '';
  lines.push(`- ${DOC.sha[lang]}: ${code(p.sha256)}`, `- ${DOC.textHash[lang]}: ${code(p.textHash)}`);
  lines.push(`- ${DOC.score[lang]}: ${escapeMd(String(p.score ?? '—'))}${level}`, '', `### ${DOC.clauses[lang]}`, '');
  if (p.findings.length === 0) lines.push(DOC.none[lang], '');
  for (const f of p.findings) {
    const who = f.recipients
      .map((r) => (Object.hasOwn(RECIPIENT_WORDS, r) ? RECIPIENT_WORDS[r][lang] : escapeMd(String(r))))
      .join(', ');
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
