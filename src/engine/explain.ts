import type { DataCategory, Finding, Localized, Purpose, Recipient, Severity } from './types';
import { isSale } from './predicates';
import { WHY } from './rules/why';

/** Severity and the plain-language "why" of a finding, from what it found rather than from the rule alone. */

const ORDER: readonly Severity[] = ['info', 'low', 'medium', 'high', 'severe'];
const up = (s: Severity, n = 1): Severity => ORDER[Math.min(ORDER.length - 1, ORDER.indexOf(s) + n)]!;
const down = (s: Severity): Severity => ORDER[Math.max(1, ORDER.indexOf(s) - 1)]!;

const MINOR: ReadonlySet<Recipient> = new Set(['processors', 'acquirer', 'authorities']);

/**
 * The rule's own severity and why, unless a sale rule's clause sells nothing: a refused sale its exceptions leave
 * open (「絕不會提供、交換、出租或出售…，但有法律依據者，不在此限」) or an asset sale in a merger is told as any other
 * hand-over, not as "selling your data" (issue 16: refusals and mergers were shown as sales).
 */
export function toldAs(
  rule: { readonly severity: Severity; readonly why: Localized },
  f: Finding,
): { severity: Severity; why: Localized } {
  const sellsNothing = (f.rule.endsWith('-sale') || f.rule === 'en-sell') && f.polarity === 'shares' && !isSale(f);
  return sellsNothing ? { severity: 'medium', why: WHY.share } : rule;
}

export function severityOf(
  base: Severity,
  f: Pick<Finding, 'polarity' | 'kind' | 'recipients' | 'data' | 'purposes' | 'mitigations'>,
): Severity {
  if (f.kind === 'context' || f.polarity === 'denies') return 'info';
  if (f.polarity === 'consent') return 'low';
  const phone = f.data.includes('phone') || f.data.includes('contact');
  const marketing =
    f.purposes.some((p) => p === 'marketing' || p === 'ads' || p === 'profiling') ||
    f.recipients.includes('advertisers');
  let s = base;
  if (f.recipients.length > 0 && f.recipients.every((r) => MINOR.has(r))) s = 'low';
  if (phone && marketing) return 'severe';
  if (phone || marketing) s = up(s === 'low' ? 'medium' : s);
  if (f.mitigations.includes('de-identified') || f.mitigations.includes('anonymised')) s = down(s);
  return s;
}

const DATA_WORDS: Partial<Record<DataCategory, Localized>> = {
  phone: {
    'zh-CN': '包括你的手机号/联系方式',
    'zh-TW': '包括你的手機號碼/聯絡方式',
    en: 'including your phone number / contact details',
  },
  'contacts-list': { 'zh-CN': '包括你的通讯录', 'zh-TW': '包括你的通訊錄', en: 'including your address book' },
  location: { 'zh-CN': '包括你的位置', 'zh-TW': '包括你的位置', en: 'including your location' },
  'device-id': { 'zh-CN': '包括设备标识', 'zh-TW': '包括裝置識別碼', en: 'including device identifiers' },
};
const PURPOSE_WORDS: Partial<Record<Purpose, Localized>> = {
  marketing: { 'zh-CN': '用于营销推广', 'zh-TW': '用於行銷', en: 'for marketing' },
  ads: { 'zh-CN': '用于广告', 'zh-TW': '用於廣告', en: 'for advertising' },
  profiling: { 'zh-CN': '用于画像/个性化推荐', 'zh-TW': '用於剖析/個人化推薦', en: 'for profiling / personalisation' },
};
const POLARITY_WORDS: Record<'consent' | 'denies', Localized> = {
  consent: {
    'zh-CN': '只有经你同意才会发生。',
    'zh-TW': '只有經你同意才會發生。',
    en: 'This happens only with your consent.',
  },
  denies: {
    'zh-CN': '这是一项承诺：政策说不会这样对外提供你的信息。',
    'zh-TW': '這是一項承諾：政策說不會這樣把你的資料提供給他人。',
    en: 'A promise: the policy says your data is not shared this way.',
  },
};
const DEIDENTIFIED: Localized = {
  'zh-CN': '（称会先去标识化）',
  'zh-TW': '（稱會先去識別化）',
  en: '(said to be de-identified first)',
};

const whyCache = new WeakMap<Localized, Map<number, Localized>>();
const DATA_KEYS = Object.keys(DATA_WORDS) as DataCategory[];
const PURPOSE_KEYS = Object.keys(PURPOSE_WORDS) as Purpose[];
const POLARITIES = ['shares', 'consent', 'denies'] as const;

/**
 * A number naming what the sentences depend on: the polarity, and for `shares` the data and purposes that have
 * words, in their order, and de-identification. Built for every finding, so no strings: 2 % of audit time as one.
 */
function shapeOf(f: Pick<Finding, 'polarity' | 'kind' | 'data' | 'purposes' | 'mitigations'>): number {
  if (f.kind === 'context') return -1;
  if (f.polarity !== 'shares') return POLARITIES.indexOf(f.polarity);
  let key = 1;
  for (const d of f.data) {
    const at = DATA_KEYS.indexOf(d);
    if (at >= 0) key = key * (DATA_KEYS.length + 1) + at + 1;
  }
  key *= PURPOSE_KEYS.length + 1;
  for (const p of f.purposes) {
    const at = PURPOSE_KEYS.indexOf(p);
    if (at >= 0) key = key * (PURPOSE_KEYS.length + 1) + at + 1;
  }
  return (key * 2 + (f.mitigations.includes('de-identified') ? 1 : 0)) * POLARITIES.length;
}

/** Findings share a handful of shapes: each shape's sentences are built once. */
export function whyOf(
  ruleWhy: Localized,
  f: Pick<Finding, 'polarity' | 'kind' | 'data' | 'purposes' | 'mitigations'>,
): Localized {
  let shapes = whyCache.get(ruleWhy);
  if (!shapes) whyCache.set(ruleWhy, (shapes = new Map()));
  const key = shapeOf(f);
  const cached = shapes.get(key);
  if (cached) return cached;
  const out = {} as Localized;
  shapes.set(key, out);
  for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
    if (f.kind === 'context') {
      // the context rule's own text: a context finding adds nothing about data or purpose
      out[lang] = ruleWhy[lang];
      continue;
    }
    // a refusal's why is the refusal alone: "may be given to others. This is a promise not to" read as both
    if (f.polarity === 'denies') {
      out[lang] = POLARITY_WORDS.denies[lang];
      continue;
    }
    if (f.polarity !== 'shares') {
      out[lang] = `${ruleWhy[lang]} ${POLARITY_WORDS[f.polarity][lang]}`;
      continue;
    }
    const extra = [
      ...f.data.map((d) => DATA_WORDS[d]?.[lang]),
      ...f.purposes.map((p) => PURPOSE_WORDS[p]?.[lang]),
      f.mitigations.includes('de-identified') ? DEIDENTIFIED[lang] : undefined,
    ].filter((x): x is string => Boolean(x));
    // 「…其他方，包括你的手机号；用于营销。」 / "… outside the company, including your phone number; for marketing."
    const base = ruleWhy[lang].replace(/[。.]$/, '');
    out[lang] =
      extra.length === 0
        ? ruleWhy[lang]
        : lang === 'en'
          ? `${base}, ${extra.join('; ')}.`
          : `${base}，${extra.join('；')}。`;
  }
  return out;
}
