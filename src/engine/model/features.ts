/**
 * The features of the learned second opinion (issue 14): what the rules concluded about a sentence, and the
 * sentence's own words — character 2–3-grams of the folded Chinese text, word 1–2-grams of English. The same
 * function feeds training (scripts/model-features.ts) and reading (second-opinion.ts), so both see one thing.
 */

/** The rules' verdict on one sentence, shares before consent before denies, as the eval reads a sentence. */
export type RuleVerdict = 'shares' | 'consent' | 'denies' | 'none';

const DIGITS = /\d+/g;
export const EN_WORD = /[a-z][a-z'-]*|\d+/g;

export function sentenceFeatures(
  folded: string,
  english: boolean,
  verdict: RuleVerdict,
  rules: readonly string[],
): string[] {
  const out = [`v:${verdict}`];
  for (const rule of rules) out.push(`r:${rule}`);
  if (english) {
    const words = folded.match(EN_WORD) ?? [];
    for (let i = 0; i < words.length; i++) {
      out.push(`w:${words[i]}`);
      if (i + 1 < words.length) out.push(`b:${words[i]} ${words[i + 1]}`);
    }
    return out;
  }
  const s = folded.replace(DIGITS, '0').replace(/\s+/g, '');
  for (let i = 0; i + 1 < s.length; i++) {
    out.push(s.slice(i, i + 2));
    if (i + 2 < s.length) out.push(s.slice(i, i + 3));
  }
  return out;
}
