import type { Polarity } from '../types';
import type { Rule } from '../rules/types';
import type { Sentence } from '../segment';
import type { SentenceDisclosure } from '../analyze';
import { WHY } from '../rules/why';
import { EN_WORD, sentenceFeatures, type RuleVerdict } from './features';
import { WordGrams } from './en-grams';
import { Weights, type WeightsFile } from './weights';
import { GramTable } from './grams';
import weightsZh from './weights-zh.json';
import weightsEn from './weights-en.json';

/**
 * A learned second opinion (issue 14): logistic regressions fitted by scripts/train-model.py on TUNE halves only,
 * over the rules' own verdict and the text's n-grams, shipped as plain data and read the same in Node, the worker
 * and pages. They overrule the rules only where they give another class at least their threshold.
 * - Chinese, per sentence, four polarities: character 2–3-grams and the rules' verdict, fitted on 7,226 tune-half
 *   sentences — the corpus's, 4,795 helper readings of real sentences the corpus left unlabelled, the written
 *   sets' — C 0.3, 4,000 features, threshold 0.5. It overrules a rule's verdict, and on a candidate sentence no rule
 *   fired on it may add a finding of its own (RESCUE_RULE), except in a chapter about something else. Retired once
 *   (it stopped helping when the rules learned frames); back since the helpers' real sentences showed it where the
 *   rules still miss; the rescues came with 667 more CAPP-130 tune sentences the helpers read. Check halves against
 *   the earlier fit (0.6, only where rules fired): CAPP-130 0.874 → 0.885, zh-Hant 0.901 → 0.923, helpers' CAPP
 *   0.811 → 0.820; zh-wild 0.776 → 0.768 and written zh 0.915 → 0.909 fell.
 * - English, per paragraph, "about sharing or not" (OPP-115 experts' segments, one MD5 half of the policies).
 */

const ZH = new Weights(weightsZh as WeightsFile);
const ZH_GRAMS = new GramTable(ZH);
const EN = new Weights(weightsEn as WeightsFile);
const EN_GRAMS = new WordGrams(EN);

/** A finding the model added names itself: no rule fired, the wording reads like a disclosure clause. */
export const MODEL_RULE: Rule = {
  id: 'model',
  lang: 'zh',
  kind: 'disclosure',
  priority: 0,
  severity: 'medium',
  laws: [{ law: 'PIPL', article: 23 }],
  why: WHY.share,
  detect: () => [],
};
export const MODEL_RULE_EN: Rule = { ...MODEL_RULE, lang: 'en', laws: [] };
/** A sentence no rule fired on that the model reads as a hand-over, a refusal or consent: a finding of its own. */
// (its why says so: the reader should weigh a model's reading below a rule's)
export const RESCUE_RULE: Rule = {
  ...MODEL_RULE,
  id: 'model-rescue',
  severity: 'low',
  why: {
    'zh-CN': '这句话读起来像对外提供个人信息的条款（由本机的学习模型读出，没有规则逐字匹配，请自行核对）。',
    'zh-TW': '這句話讀起來像對外提供個人資料的條款（由本機的學習模型讀出，沒有規則逐字比對，請自行核對）。',
    en: 'This sentence reads like a clause giving personal data to others (read by the on-device model, not matched by a rule: check it yourself).',
  },
};

const ORDER: readonly Polarity[] = ['shares', 'consent', 'denies'];
const verdictOf = (polarities: readonly Polarity[]): RuleVerdict => ORDER.find((p) => polarities.includes(p)) ?? 'none';

/** The Chinese model's score of each class for one folded sentence and the rules' verdict on it. */
export function scores(folded: string, verdict: RuleVerdict, rules: readonly string[]): number[] {
  const z = ZH.start();
  ZH.add(z, ZH.table.get(`v:${verdict}`));
  for (const rule of new Set(rules)) ZH.add(z, ZH.table.get(`r:${rule}`));
  ZH_GRAMS.addAll(z, folded);
  return z;
}

// The rows of the verdict and rule features, found by the rule object rather than by a string built and hashed
// for every sentence a rule fired on (a template string and a Map lookup per feature).
const VERDICT_ROWS = new Map(
  (['shares', 'consent', 'denies', 'none'] as const).map((v) => [v, ZH.table.get(`v:${v}`)] as const),
);
const RULE_ROWS = new Map<Rule, Map<Polarity, Float64Array | undefined>>();

function ruleRow(rule: Rule, polarity: Polarity): Float64Array | undefined {
  let rows = RULE_ROWS.get(rule);
  if (!rows) RULE_ROWS.set(rule, (rows = new Map()));
  if (!rows.has(polarity)) rows.set(polarity, ZH.table.get(`r:${rule.id}/${polarity}`));
  return rows.get(polarity);
}

/** scores() of the rules' disclosures on one sentence: the same features, added in the same order. */
function scoresOf(folded: string, verdict: RuleVerdict, found: readonly SentenceDisclosure[]): number[] {
  const z = ZH.start();
  ZH.add(z, VERDICT_ROWS.get(verdict));
  for (let i = 0; i < found.length; i++) {
    const { rule, polarity } = found[i]!;
    // (a rule feature counts once, as in scores()'s Set of `rule/polarity` names)
    let seen = false;
    for (let j = 0; j < i; j++) seen ||= found[j]!.rule.id === rule.id && found[j]!.polarity === polarity;
    if (!seen) ZH.add(z, ruleRow(rule, polarity));
  }
  ZH_GRAMS.addAll(z, folded);
  return z;
}

/** One Chinese sentence's disclosures after the second opinion: the rules' findings, trimmed or completed. */
// The caller asks only of candidate sentences (a disclosure word, or a weaker one with a party): where no rule fired
// the model may read one the rules missed, as the model's own finding — unless `rescue` is false, in a chapter
// about something else (collection, security, rights), where a sentence read alone looks like sharing more often
// than it is.
export function reconsider(folded: string, found: SentenceDisclosure[], rescue = true): SentenceDisclosure[] {
  if (found.length === 0) {
    if (!rescue) return found;
    const label = ZH.overrule(scoresOf(folded, 'none', found), 'none') as RuleVerdict | null;
    return label === null || label === 'none'
      ? found
      : [{ polarity: label, rule: RESCUE_RULE, triggers: [], recipients: [] }];
  }
  const verdict = verdictOf(found.map((d) => d.polarity));
  const label = ZH.overrule(scoresOf(folded, verdict, found), verdict) as RuleVerdict | null;
  if (label === null) return found;
  if (label === 'none') return [];
  // what the model reads as consent-only is not also shared unconditionally
  const kept = found.filter((d) => ORDER.indexOf(d.polarity) >= ORDER.indexOf(label));
  if (!kept.some((d) => d.polarity === label))
    kept.unshift({ polarity: label, rule: MODEL_RULE, triggers: [], recipients: found[0]?.recipients ?? [] });
  return kept;
}

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
