import type { Polarity } from '../types';
import type { Rule } from '../rules/types';
import type { Sentence } from '../segment';
import { WHY } from '../rules/why';
import { EN_WORD, sentenceFeatures, type RuleVerdict } from './features';
import { WordGrams } from './en-grams';
import { Weights, type WeightsFile } from './weights';
import weightsEn from './weights-en.json';

/**
 * A learned second opinion (issue 14): a logistic regression fitted by scripts/train-model.py on the TUNE half of
 * OPP-115's expert segments (one MD5 half of the policies), over the rules' own findings and the paragraph's word
 * 1–2-grams, shipped as plain data and read the same in Node, the worker and pages. It overrules the rules only
 * where it gives the other class at least its threshold.
 *
 * Chinese had one too (character 2–3-grams, four polarities). Once the rules read hand-overs as frames it stopped
 * helping on text it was not fitted on — check half 0.847 with and without it, the written sentences alike, and in
 * policy-grouped folds of the tune half 0.914 against the rules' 0.932 — while it cost 11 % of an audit, so it was
 * retired (scripts/model-features.ts and train-model.py still measure whether a new fit would earn its place).
 */

const EN = new Weights(weightsEn as WeightsFile);
const EN_GRAMS = new WordGrams(EN);

/** A finding the model added names itself: no rule fired, the wording reads like a disclosure clause. */
export const MODEL_RULE_EN: Rule = {
  id: 'model',
  lang: 'en',
  kind: 'disclosure',
  priority: 0,
  severity: 'medium',
  laws: [],
  why: WHY.share,
  detect: () => [],
};

const ORDER: readonly Polarity[] = ['shares', 'consent', 'denies'];
const verdictOf = (polarities: readonly Polarity[]): RuleVerdict => ORDER.find((p) => polarities.includes(p)) ?? 'none';

/** The English model's score of each class for one folded paragraph and the rules' findings on it. */
export function scoresEn(folded: string, findings: ReadonlyArray<{ rule: string; polarity: Polarity }>): number[] {
  const rules = findings.map((f) => `${f.rule}/${f.polarity}`);
  const z = EN.start();
  // sentenceFeatures() without the words: the verdict and rule features come first, then the word grams
  for (const feature of new Set(sentenceFeatures('', false, verdictOf(findings.map((f) => f.polarity)), rules)))
    EN.add(z, EN.table.get(feature));
  EN_GRAMS.addAll(EN, z, folded.match(EN_WORD) ?? []);
  return z;
}

// a paragraph the model would add must not be a refusal read as sharing
const EN_NEGATION = /\b(?:not|never|no|nor|without)\b|n't\b/;
const EN_WORTH =
  /shar|disclos|provid|transfer|sell|sold|rent|third[- ]part|partner|affiliate|vendor|advertis|analytics/;

/** Paragraphs that make a text a policy rather than a snippet: its one-sentence paragraphs are read by the model. */
const POLICY_LINES = 5;

interface LineFinding {
  rule: string;
  polarity: Polarity;
  span: { start: number };
}

/**
 * English, per line (a paragraph as extracted): the findings that stay — the model drops those of a line it
 * overrules — and the lines no rule read that it reads as sharing, [start, end) in the text.
 */
export function reconsiderLines<F extends LineFinding>(
  folded: string,
  sentences: readonly Sentence[],
  findings: readonly F[],
): { kept: F[]; add: Array<[number, number]> } {
  const lineOf = new Map(sentences.map((s) => [s.start, s.line]));
  const byLine = new Map<number, F[]>();
  for (const f of findings) {
    const line = lineOf.get(f.span.start);
    if (line === undefined) continue;
    const list = byLine.get(line);
    if (list) list.push(f);
    else byLine.set(line, [f]);
  }
  const drop = new Set<number>();
  const add: Array<[number, number]> = [];
  // in a policy, a one-sentence paragraph is a segment like those it learned from; a sentence audited alone is not
  const policy = new Set(sentences.map((s) => s.line)).size >= POLICY_LINES;
  for (let i = 0; i < sentences.length;) {
    const line = sentences[i]!.line;
    let j = i;
    while (j < sentences.length && sentences[j]!.line === line) j++;
    const [start, end, count, heading] = [sentences[i]!.start, sentences[j - 1]!.end, j - i, sentences[i]!.heading];
    i = j;
    // it learned from paragraphs: a sentence read alone is left to the rules (on en-dev's it cost 0.05 macro-F1)
    if (heading || (count < 2 && !policy)) continue;
    const text = folded.slice(start, end);
    const on = byLine.get(line) ?? [];
    if (on.length === 0 && (!EN_WORTH.test(text) || EN_NEGATION.test(text))) continue;
    const label = EN.overrule(scoresEn(text, on), on.length > 0 ? 'sharing' : 'none');
    // a refusal or a consent-only clause is kept: the paragraphs it learned from seldom read a lone one as sharing
    if (label === 'none' && on.every((f) => f.polarity === 'shares')) drop.add(line);
    else if (label === 'sharing') add.push([start, end]);
  }
  return { kept: findings.filter((f) => !drop.has(lineOf.get(f.span.start) ?? -1)), add };
}
