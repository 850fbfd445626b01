import type { AuditOptions, AuditReport, Finding, Lang, LawRef, Localized, Recipient, SharingEntry } from './types';
import { detectAndFold, foldAndHash } from './normalize';
import { blankBreaks, listItems, segment, softBreaks } from './segment';
import { analyzeSentence, CHECK_FIRST_BIT, SCANNED, zhCandidate, zhNames, zhPrefilters, zhWords } from './analyze';
import { contextItems, outline } from './sections';
import { parseEntry } from './entries';
import { checklist } from './checklist';
import { saysAdsAnonymous, score } from './score';
import { severityOf, toldAs, whyOf } from './explain';
import { loadVocabulary, tag as tagWords, type Tags } from './vocabulary';
import { consentRanges, inRanges } from './lead-in';
import { CONTEXT_RULE } from './rules/context';
import { clauseKey, mergeFindings } from './merge';
import { ALL_RULES, RULE_BY_ID, verdictOf, withPhone } from './verdict';
import { judge } from './judge';
import { Prefilter } from './prefilter';
import { ownNames, withoutOwnTools } from './own-name';
import { partyItem } from './rules/zh-list-entry';
import { mayRefuse, withoutRefusals } from './refused';
import { MODEL_RULE_EN, reconsider, reconsiderLines } from './model/second-opinion';
import { compact, expand, type Source } from './compact';
import type { Rule } from './rules';

export type * from './types';
export { clauseCount } from './merge';

const POLICY_WORDS =
  /隐私|个人信息|个人资料|个资|收集|搜集|蒐集|第三方|授权|privacy|personal (?:data|information)|third part|cookie/g;
const EMPTY: Localized = {
  'zh-CN': '文本为空，无法分析。',
  'zh-TW': '文字為空，無法分析。',
  en: 'The text is empty; nothing to analyse.',
};
const NOT_POLICY: Localized = {
  'zh-CN': '这段文字不像隐私政策（几乎没有提到个人信息），因此没有评分。',
  'zh-TW': '這段文字不像隱私權政策（幾乎沒有提到個人資料），因此沒有評分。',
  en: 'This text does not look like a privacy policy (it hardly mentions personal data), so it was not scored.',
};
const QUOTE_MAX = 400;
const NO_ITEMS: ReadonlySet<number> = new Set();
const blank = (m: string) => ' '.repeat(m.length);
const quoteOf = (text: Source, start: number, end: number) => {
  const quote = text.slice(start, end);
  return quote.length > QUOTE_MAX ? `${quote.slice(0, QUOTE_MAX)}…` : quote;
};
// 「第三方SDK」「第三方支付机构」 name a kind of recipient; only a bare 「第三方」 is unspecified.
const NAMED_THIRD_PARTY =
  /第三方(?=的?(?:sdk|合作|商家|服务商|服务提供商|支付|软件|配送|物流|平台|机构|广告))|third[- ]part(?:y|ies)(?= (?:sdks?|partners?|advertis|service providers?|vendors?))/g;
const SPECIFIC: ReadonlySet<Recipient> = new Set([
  'affiliates',
  'partners',
  'advertisers',
  'sdk',
  'processors',
  'authorities',
  'acquirer',
  'public',
]);
// 「共享、转让、公开披露」 with no party named: sharing with someone unspecified.
const SHARE_WORD = /共享|分享|提供|披露|share|disclos|provid/;
const shareVerb = (triggers: Array<[number, number]>, s: string) =>
  triggers.some(([a, b]) => SHARE_WORD.test(s.slice(a, b)));
// Words that name data but not the user's: the recipient's own contact details, the ad identifier (a device id;
// Taiwan's 廣告識別碼).
const NOT_USER_DATA =
  /(?:接收方|受让方|其|对方)的?(?:名称|姓名)(?:或者?姓名)?(?:和|以及|及|、|或)(?:联系|联络)方式|(?:电话|通话)(?:、[^，,。；;、]{1,8}){0,6}权限|广告标识符?|广告识别(?:码|符号?)?|advertising id(?:entifier)?|拨打[^，,。；;]{0,6}电话|(?:客服|紧急|服务)电话|电话客服|通过电话|电话(?:联系|沟通|回访|咨询)|精准度|精确度|精准(?=定位|位置|地理)/g;
// the words every NOT_USER_DATA or NAMED_THIRD_PARTY match holds: most tagged sentences need neither replace
const NOT_USER_DATA_WORDS = new Prefilter([
  '联系方式',
  '联络方式',
  '权限',
  '广告标识',
  // Taiwan's 廣告識別碼
  '广告识别',
  'advertising id',
  '电话',
  '精准度',
  '精确度',
  // 「精准定位信息」 is location data, not 精准 as in targeted marketing
  '精准定位',
  '精准位置',
  '精准地理',
]);
const NAMED_THIRD_PARTY_WORDS = new Prefilter(['第三方', 'third part', 'third-part']);
// Taiwan PDPA Art. 20: a non-government agency's use and provision beyond the purpose of collection.
const TW_PROVISION = [{ law: 'TW-PDPA', article: 20 }] as const satisfies readonly LawRef[];
// Each rule's laws, and the same with Taiwan's provision after them, made once. A Traditional policy's finding
// spread both into a new array: code that first ran at the corpus's first Traditional policy, long after tag()
// was optimised, with no feedback there, so V8 threw tag()'s code away (--trace-deopt) and compiled it again.
const LAWS = new Map<Rule, readonly [LawRef[], LawRef[]]>();
const lawsOf = (rule: Rule): readonly [LawRef[], LawRef[]] => {
  let laws = LAWS.get(rule);
  if (!laws) LAWS.set(rule, (laws = [rule.laws, [...rule.laws, ...TW_PROVISION]]));
  return laws;
};
for (const rule of ALL_RULES) lawsOf(rule);

// 「不会将信息传输至境外」「确需向境外提供的，将取得您的单独同意」 in the storage chapter say where data is kept and
// how PIPL's cross-border rules (Art. 38–39) are met, not who receives it: read with storage, as annotators do.
const CROSS_BORDER = /境外(?!网站)|跨境|出境|cross[- ]border|outside (?:of )?(?:china|the prc)/;
const DOMESTIC_PARTY =
  /第三方|合作|关联|sdk|广告|商家|商户|海关|服务商|供应商|运营商|机构|开发者|third part|partner|affiliate/;
const crossBorder = (s: string) => CROSS_BORDER.test(s) && !DOMESTIC_PARTY.test(s);

function looksLikePolicy(folded: string): boolean {
  // counting stops at three: a 1 MB text need not be scanned to the end
  let hits = 0;
  POLICY_WORDS.lastIndex = 0;
  while (hits < 3 && POLICY_WORDS.exec(folded)) hits++;
  return hits >= 3 || (folded.length < 400 && hits >= 1);
}

function unscored(
  status: 'empty' | 'not-a-policy',
  reason: Localized,
  lang: Lang,
  text: string,
  hash: string,
): AuditReport {
  return {
    schema: 1,
    status,
    reason,
    lang,
    score: null,
    level: null,
    breakdown: [],
    findings: [],
    checklist: [],
    entries: [],
    stats: { chars: text.length, clauses: 0, shares: 0, consent: 0, denies: 0 },
    textHash: hash,
  };
}

/** A finding's severity and plain-language why, read from its rule and what it says (set in place). */
function explain(rule: Rule, finding: Finding): void {
  const told = toldAs(rule, finding);
  finding.severity = severityOf(told.severity, finding);
  finding.why = whyOf(told.why, finding);
}

/** A list row repeated (the same party with the same data) is one recipient. */
function distinctEntries(entries: readonly SharingEntry[]): SharingEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = `${clauseKey(e.party)}|${clauseKey(e.data ?? '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Reads a privacy policy and reports, clause by clause, where personal data may leave the operator. */
export function audit(text: string, options: AuditOptions = {}): AuditReport {
  const { lang, folded, hash } = options.lang
    ? { lang: options.lang, ...foldAndHash(text, options.lang) }
    : detectAndFold(text);
  if (folded.trim().length === 0) return unscored('empty', EMPTY, lang, text, hash);
  // a hard-wrapped English sentence is read as one line: the rules and the model see 「trusted third parties」,
  // not 「trusted\nthird parties」 (the break becomes a space of the same length: offsets hold)
  const english = lang === 'en';
  const breaks = english ? softBreaks(text) : [];
  const source = blankBreaks(text, breaks);
  const view = blankBreaks(folded, breaks);
  // Chinese is read without the spaces between its characters, English with one space where it has more
  // (compact.ts), and both are told in the text's own offsets
  const compacted = compact(source, view, english);
  // (asked of the text as read: 「personal  information」 is a policy's word too)
  if (!options.assumePolicy && !looksLikePolicy(compacted?.folded ?? view))
    return unscored('not-a-policy', NOT_POLICY, lang, text, hash);
  if (compacted === null) return read(source, view, lang, hash, options);
  const report = read(compacted.text, compacted.folded, lang, hash, options);
  return expand(report, compacted, source, (start, end) => quoteOf(source, start, end));
}

/** The audit of a text that is a policy, folded; `text` is a string unless the text was compacted (Chinese only). */
function read(text: Source, policy: string, lang: Lang, hash: string, options: AuditOptions): AuditReport {
  const english = lang === 'en';
  const folded = english ? withoutOwnTools(policy) : policy;
  loadVocabulary(lang);
  const sentences = segment(folded, english, typeof text === 'string' ? text : folded);
  // the items of a list a lead-in opens that look like titles: read as clauses (segment.ts)
  const listed = english ? NO_ITEMS : listItems(sentences, folded);
  const findings: Finding[] = [];
  const entries: SharingEntry[] = [];
  const disclosing = new Set<number>();
  // a sentence with findings of several polarities is read for its words once
  let last: { start: number; end: number; words: Tags } | null = null;
  const own = ownNames(folded, lang);
  const wordsIn = (s: string, prefilters?: number): Tags => {
    let text = s;
    if (NOT_USER_DATA_WORDS.mayHold(text, prefilters)) text = text.replace(NOT_USER_DATA, blank);
    if (NAMED_THIRD_PARTY_WORDS.mayHold(text, prefilters)) text = text.replace(NAMED_THIRD_PARTY, blank);
    for (const name of own) if (text.includes(name)) text = text.replaceAll(name, blank(name));
    return tagWords(text, lang);
  };
  const wordsOf = (start: number, end: number, s: string, prefilters?: number): Tags => {
    if (last?.start !== start || last.end !== end) last = { start, end, words: wordsIn(s, prefilters) };
    return last.words;
  };
  // a hand-over's own words, without those of a clause that refuses it (refused.ts)
  const sharedWords = (
    start: number,
    end: number,
    s: string,
    triggers: Array<[number, number]>,
    prefilters?: number,
  ) => {
    const kept = withoutRefusals(s, english, triggers);
    return kept === s ? wordsOf(start, end, s, prefilters) : wordsIn(kept, prefilters);
  };
  const tag = (
    start: number,
    end: number,
    rule: typeof CONTEXT_RULE,
    kind: Finding['kind'],
    polarity: Finding['polarity'],
    extra: Recipient[],
    triggers: Array<[number, number]>,
    /** the sentence scan's prefilter bits for the sentence, when it is one the scan read */
    prefilters?: number,
  ) => {
    const s = folded.slice(start, end);
    const words =
      polarity === 'shares' && mayRefuse(s, english)
        ? sharedWords(start, end, s, triggers, prefilters)
        : wordsOf(start, end, s, prefilters);
    // a table row names its recipient in its own columns; its data column mentions 运营商信息 and the like
    // Filled by push() from an array literal, not copied by a spread: V8 then learns at the literal that these
    // arrays hold strings and makes them so from the start. A spread of an empty list made an array of small
    // integers, and optimised code deoptimised ("not a Smi") when it searched it for or pushed a string.
    const named: Recipient[] = [];
    for (const r of extra) named.push(r);
    if (kind !== 'list-entry') for (const r of words.recipients) if (!named.includes(r)) named.push(r);
    // the kinds named are looked at before the trigger words are sliced and searched: most name a specific one
    if (named.length === 0 || (!named.some((r) => SPECIFIC.has(r)) && shareVerb(triggers, s)))
      if (!named.includes('unspecified')) named.push('unspecified');
    // findings of one sentence share its word lists: nothing changes a finding once it is made
    // built whole in its final key order, then severity and why read from it (no intermediate object to spread)
    const finding: Finding = {
      id: `${rule.id}:${start}`,
      rule: rule.id,
      polarity,
      kind,
      recipients: named,
      data: words.data,
      purposes: words.purposes,
      mitigations: words.mitigations,
      span: { start, end },
      quote: quoteOf(text, start, end),
      severity: rule.severity,
      triggers: triggers.map(([a, b]) => text.slice(start + a, start + b)),
      why: rule.why,
      // (the language is compared second, on most findings: compared only once a Traditional policy came, it had
      // no feedback in optimised code and threw it away there)
      laws: lawsOf(rule)[polarity !== 'denies' && lang === 'zh-Hant' ? 1 : 0]!,
    };
    explain(rule, finding);
    findings.push(finding);
  };
  const sections = outline(sentences, folded);
  // every sentence's word bits, headings too: the checklist reads its anchors from them
  const bits = english ? null : new Int32Array(sentences.length);
  const pre = english ? null : new Int32Array(sentences.length);
  sentences.forEach((sentence, i) => {
    const words = english ? 0 : zhWords(folded, sentence.start, sentence.end);
    const prefilters = english ? 0 : zhPrefilters();
    if (bits) bits[i] = words;
    if (pre) pre[i] = prefilters;
    // a heading is a title, unless it is an item of a list (segment.ts listItems()): that is read as a clause
    if (sentence.heading && !listed.has(i)) return;
    const s = folded.slice(sentence.start, sentence.end);
    if (!english && !zhCandidate(words, s)) return;
    // English names need the original capitals; Chinese sentences need no second copy
    const original = english ? text.slice(sentence.start, sentence.end) : s;
    const rules = analyzeSentence(
      s,
      lang,
      false,
      original,
      english ? undefined : words,
      english ? undefined : prefilters,
    );
    const judged = english || options.secondOpinion === false ? rules : reconsider(s, rules, sections[i] !== false);
    // an item naming only a kind of recipient with a paragraph under it is that paragraph's sub-heading (sections.ts
    // gives it no context either): the paragraph says what they receive; items in a row are a list of recipients
    const next = sentences[i + 1];
    const found =
      !english && next && next.marker === null && !next.heading && partyItem(s)
        ? judged.filter((d) => d.rule.kind !== 'list-entry')
        : judged;
    // in the collection chapter, the consent exemption 「学术研究…对外提供…结果」 concerns collection
    if (found.length === 0 || (sections[i] === false && (crossBorder(s) || s.includes('学术研究')))) return;
    for (const d of found) {
      disclosing.add(i);
      tag(sentence.start, sentence.end, d.rule, d.rule.kind, d.polarity, d.recipients, d.triggers, pre?.[i]);
      if (d.rule.kind === 'list-entry') {
        const entry = parseEntry(text.slice(sentence.start, sentence.end), s, {
          start: sentence.start,
          end: sentence.end,
        });
        if (entry) entries.push(entry);
      }
    }
  });
  // any party, hand-over word, or data the lexicon knows (「昵称和段位…展示给其他玩家」)
  const names = (i: number) => {
    if (bits !== null && zhNames(bits[i]!)) return true;
    const words = tagWords(folded.slice(sentences[i]!.start, sentences[i]!.end), lang);
    return words.data.length > 0 || words.recipients.length > 0;
  };
  for (const i of contextItems(sentences, folded, sections, disclosing, names, listed)) {
    if (disclosing.has(i)) continue;
    const sentence = sentences[i]!;
    tag(sentence.start, sentence.end, CONTEXT_RULE, 'context', 'shares', [], [], pre?.[i]);
  }
  if (english && options.secondOpinion !== false) {
    // English is read again a paragraph at a time: the model drops what it overrules and adds what it reads
    const { kept, add } = reconsiderLines(folded, sentences, findings);
    findings.length = 0;
    findings.push(...kept);
    for (const [start, end] of add) tag(start, end, MODEL_RULE_EN, 'disclosure', 'shares', [], []);
  }
  findings.sort((a, b) => a.span.start - b.span.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // a hand-over listed under a lead-in that gates the list on the user's consent is consent-gated itself
  // (changed in place, before any merge: the finding keeps its one hidden class; its severity and why follow)
  const gated = consentRanges(findings, sentences);
  if (gated.length > 0)
    for (const f of findings)
      if (f.polarity === 'shares' && inRanges(f, gated)) {
        f.polarity = 'consent';
        const rule = RULE_BY_ID.get(f.rule);
        if (rule) explain(rule, f);
      }
  // every consumer — score, checklist, popup, history, highlights, ledger — sees distinct clauses only
  const scanned = bits ? { words: SCANNED, bits, sealed: SCANNED.sealed(folded, sentences) } : undefined;
  const merged = withPhone(mergeFindings(findings), folded, sentences, scanned);
  const distinct = distinctEntries(entries);
  const items = judge(
    checklist(folded, merged, distinct, lang, bits ? { sentences, bits, firstBit: CHECK_FIRST_BIT } : undefined),
    { folded, findings: merged, entries: distinct, sentences, scanned, lang },
  );
  const scored = score(merged, items, distinct, english && saysAdsAnonymous(folded));
  const count = (p: Finding['polarity']) => merged.filter((f) => f.polarity === p && f.kind !== 'context').length;
  return {
    schema: 1,
    status: 'analysed',
    lang,
    score: scored.score,
    level: scored.level,
    breakdown: scored.breakdown,
    findings: merged,
    checklist: items,
    entries: distinct,
    verdict: verdictOf(merged),
    stats: {
      chars: text.length,
      clauses: sentences.length,
      shares: count('shares'),
      consent: count('consent'),
      denies: count('denies'),
    },
    textHash: hash,
  };
}
