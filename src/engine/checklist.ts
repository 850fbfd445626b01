import type {
  Lang,
  ChecklistId,
  ChecklistItem,
  ChecklistStatus,
  Finding,
  LawRef,
  Localized,
  SharingEntry,
  Span,
} from './types';
import { MAX_SENTENCE, type Sentence } from './segment';
import { mapped } from './arrays';
import { literalWords } from './words';

/** The PIPL checklist: each item met, missing or unclear, with the spans that show it. */

/**
 * Per script family. A list is searched as one alternation would be (leftmost match, then the first pattern);
 * alternatives that begin with ASCII letters sit in a pattern of their own, because irregexp's quick scan for a
 * pattern whose alternatives all begin with Chinese characters is 2–3x faster than for one that mixes in `sdk` or
 * `co., ltd` (measured over the corpus policies: 4.0 ms → 1.3 + 0.5 ms for named-recipients).
 */
interface Patterns {
  zh: readonly RegExp[];
  en: readonly RegExp[];
}

interface Check {
  id: ChecklistId;
  laws: LawRef[];
  title: Localized;
  /** per script family: a Chinese policy is never searched for English phrases, nor the other way round */
  met: Patterns;
  /**
   * Words every match of `met.zh` holds, and how many characters a match reaches before the start of one and past
   * its end: only the sentences holding one (found by the sentence scan in analyze.ts) are searched.
   */
  anchors: { words: readonly string[]; before: number; after: number };
  /** words that show the topic is raised, without clearly meeting it */
  hint: Patterns;
}

// English policies' own words for four items, read here and by judge.ts's second reading alike
/** a list of recipients, or a page that lists them */
export const EN_LIST =
  /list of (?:our )?(?:third[- ]part|sdks?|partners|vendors|service providers|sub-?processors|providers)|(?:sub-?processors?|partners|vendors|service providers) (?:list|page)\b/;
/** how to withdraw, as English policies say it: unlink an account, turn a permission off */
// (American policies' word for it is opting out: "opt out of our sharing with third parties", "to opt out of such
// ad networks' tracking, go to …", "request that we not share your personal information"), and any opt-out from what
// the policy describes ("how to opt out of these technologies", "learn more … including how to opt out") — not one
// from arbitration, nor from marketing mail (the marketing item's): OPP-115's readers count such opt-outs as item 4
export const EN_WITHDRAW =
  /withdraw (?:your )?(?:consent|permission|authori[sz]ation)|revoke (?:your )?(?:consent|permission|access)|unlink (?:your|the) |disconnect (?:your|the) (?:account|app)|turn off (?:location services|[\w ]{0,20}permissions?)|opt[- ]?out (?:of|from) [^.;]{0,40}?(?:shar|disclos|tracking|information (?:gathering|collection)|the use of|having (?:your|this)|cookies|interest[- ]based|ad networks?)|request that we not (?:share|disclose|use)|(?<!\b(?:arbitrat\w*|mailing lists?|newsletters?|e-?mails?|marketing|promotional|communications?)\b[^.;]{0,60})\bopt[- ]?out\b(?![^.;]{0,40}?\b(?:arbitrat\w*|e-?mails?|mailings?|newsletters?|communications?|messages|promotional|marketing)\b)/;
/**
 * the switch for personalised ads, and the industry's own: Limit Ad Tracking, AdChoices, the DAA/NAI/EDAA pages; an
 * opt-out named with the ads or the ad networks it stops, and the NAI's stock "to know your choices about not having
 * this information used by these companies"
 */
export const EN_PERSONALISATION =
  /opt[- ]out (?:of|from) (?:receiving )?(?:personali[sz]ed|interest[- ]based|targeted|tailored|behaviou?ral|customi[sz]ed)|turn off personali[sz]|limit ad tracking|\bad ?choices?\b|aboutads\.info|networkadvertising\.org|youronlinechoices|\b(?:ad|ads|advertising) (?:settings|preferences)\b|opt[- ]?out[^.;]{0,80}?\b(?:advertis\w*|ads|ad networks?|targeted|tracking)\b|\b(?:advertis\w*|targeted ads|ad networks?)\b[^.;]{0,80}?opt[- ]?out|network advertising initiative|choices about not having (?:this|your) information used/;
/** how to stop marketing messages */
export const EN_MARKETING_OFF =
  /unsubscribe|opt[- ]?out (?:of|from) [^.;]{0,40}?\b(?:marketing|promotional|communications?|e-?mails?|contacts?|mail|mailings|messages|newsletters?|offers|solicitations|texts)\b|(?:mailing list|newsletters?)[^.;]{0,60}opt[- ]?out|reply ["“']?stop\b|(?:stop|no longer(?: wish to)?|(?:do not|don't) (?:want|wish) to) receiv(?:e|ing) [^.;]{0,40}?\b(?:marketing|promotional|communications|e-?mails?|messages|newsletters?|offers|mail)\b|(?:change|update|adjust|manage) your (?:communications?|e-?mail|marketing|contact|mailing|subscription) preferences|request no (?:future|further) (?:notices|mailings|e-?mails|communications|messages)/;

const CHECKS: readonly Check[] = [
  {
    id: 'named-recipients',
    laws: [{ law: 'PIPL', article: 23 }],
    title: { 'zh-CN': '写明接收方名称', 'zh-TW': '寫明接收者名稱', en: 'Recipients named' },
    met: {
      // 「XX Co., Ltd.」 is how Chinese policies name many recipients, so the English company forms stay here
      zh: [
        /(?:接收方|合作方|第三方)(?:的)?名称|(?:有限公司|股份公司)[^。]{0,40}(?:共享|提供|sdk)/,
        /sdk(?:的)?名称|(?:co\.,? ltd|inc\.)[^。]{0,40}(?:共享|提供|sdk)/,
      ],
      en: [/\b(?:names? of (?:the )?(?:third parties|recipients))/],
    },
    anchors: { words: ['名称', '有限公司', '股份公司', 'ltd', 'inc.'], before: 5, after: 43 },
    hint: { zh: [/接收方/], en: [/recipient/] },
  },
  {
    id: 'sharing-list',
    laws: [{ law: 'PIPL', article: 23 }],
    title: {
      'zh-CN': '提供第三方共享清单 / SDK 目录',
      'zh-TW': '提供第三方共享清單 / SDK 目錄',
      en: 'Sharing list / SDK directory',
    },
    met: {
      zh: [
        /(?:共享|合作|第三方)[^。；;\n]{0,12}(?:清单|目录|列表|情况说明|说明表)/,
        /sdk[^。；;\n]{0,12}(?:清单|目录|列表|情况说明|说明表)/,
      ],
      en: [EN_LIST],
    },
    anchors: { words: ['清单', '目录', '列表', '情况说明', '说明表'], before: 15, after: 0 },
    hint: { zh: [/清单/, /sdk/], en: [/sdk/] },
  },
  {
    id: 'separate-consent',
    laws: [
      { law: 'PIPL', article: 23 },
      { law: 'PIPL', article: 29 },
    ],
    title: { 'zh-CN': '对外提供前取得单独同意', 'zh-TW': '提供前取得單獨同意', en: 'Separate consent before sharing' },
    met: { zh: [/单独同意|单独授权/], en: [/separate consent|explicit consent/] },
    anchors: { words: ['单独同意', '单独授权'], before: 0, after: 0 },
    hint: { zh: [/同意/], en: [/consent/] },
  },
  {
    id: 'withdraw-consent',
    laws: [{ law: 'PIPL', article: 15 }],
    title: { 'zh-CN': '说明如何撤回同意', 'zh-TW': '說明如何撤回同意', en: 'How to withdraw consent' },
    met: {
      // Taiwan's PDPA (Art. 3) gives the user the right to 「請求停止蒐集、處理或利用」: how its policies say it
      zh: [/撤回[^。；;]{0,10}(?:同意|授权)|改变[^。；;]{0,6}授权同意的范围|请求停止(?:搜集|收集)、?处理或?利用/],
      en: [EN_WITHDRAW],
    },
    anchors: { words: ['撤回', '授权同意的范围', '请求停止'], before: 8, after: 12 },
    hint: { zh: [/撤回/], en: [/withdraw|revoke/] },
  },
  {
    id: 'personalisation-opt-out',
    laws: [{ law: 'PIPL', article: 24 }],
    title: { 'zh-CN': '可关闭个性化推荐', 'zh-TW': '可關閉個人化推薦', en: 'Opt out of personalised recommendations' },
    met: {
      zh: [
        // (Taiwan and Hong Kong say 個人化 where the mainland says 个性化)
        /(?:关闭|退出|拒绝|取消)[^。；;]{0,15}(?:个性化|个人化|定向)|(?:个性化|个人化)[^。；;]{0,20}(?:关闭|退出|拒绝|开关)|不针对(?:您|你)的?个人特征/,
      ],
      en: [EN_PERSONALISATION],
    },
    anchors: { words: ['个性化', '个人化', '定向', '个人特征'], before: 17, after: 22 },
    hint: { zh: [/个性化/], en: [/personali[sz]/] },
  },
  {
    id: 'marketing-opt-out',
    laws: [
      { law: 'PIPL', article: 24 },
      { law: 'PIPL', article: 44 },
    ],
    title: {
      'zh-CN': '可退订营销短信 / 电话',
      'zh-TW': '可退訂行銷訊息 / 電話',
      en: 'Opt out of marketing messages / calls',
    },
    met: {
      zh: [/退订|回复\s{0,4}["“']?td|(?:拒绝|取消|关闭|退出)[^。；;]{0,15}(?:营销|商业性|推广|促销)/],
      en: [EN_MARKETING_OFF],
    },
    anchors: { words: ['退订', '回复', '营销', '商业性', '推广', '促销'], before: 17, after: 7 },
    hint: { zh: [/营销|商业性/], en: [/marketing|promotional/] },
  },
];

const globals = new Map<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) globals.set(pattern, (global = new RegExp(pattern.source, 'g')));
  return global;
}

const NOT_SEARCHED = -2;
const NONE = -1;

/**
 * The first `limit` matches of the patterns taken as one alternation (leftmost first, ties to the earlier
 * pattern), from `from` on, in `text` read as starting at `offset` of the folded text; returns where to go on.
 */
function searchInto(
  out: Span[],
  patterns: readonly RegExp[],
  text: string,
  offset: number,
  from: number,
  limit: number,
) {
  // (filled by push(): a holey array from map() deoptimised this function in the bench's warm-up, arrays.ts)
  const searches = mapped(patterns, globalOf);
  // each pattern's next match at or after `from`, kept until it is passed: where it starts (NOT_SEARCHED, or
  // NONE when there is none) and how long it is. Numbers, not the match arrays: an array holding undefined,
  // null and matches changed its hidden class under optimised code (a "wrong map" deopt in the bench's pass).
  const startOf = new Int32Array(searches.length).fill(NOT_SEARCHED);
  const lengthOf = new Int32Array(searches.length);
  let at = from - offset;
  while (out.length < limit) {
    let best = -1;
    for (let k = 0; k < searches.length; k++) {
      if (startOf[k] === NOT_SEARCHED || (startOf[k] !== NONE && startOf[k]! < at)) {
        const search = searches[k]!;
        search.lastIndex = at;
        const match = search.exec(text);
        startOf[k] = match ? match.index : NONE;
        lengthOf[k] = match ? match[0].length : 0;
      }
      if (startOf[k] !== NONE && (best < 0 || startOf[k]! < startOf[best]!)) best = k;
    }
    if (best < 0) break;
    const start = startOf[best]!;
    out.push({ start: offset + start, end: offset + start + lengthOf[best]! });
    at = start + Math.max(lengthOf[best]!, 1);
  }
  return offset + at;
}

/** Where the Chinese patterns can match: per sentence, the bits of the anchor words it holds. */
export interface Located {
  sentences: readonly Sentence[];
  bits: Int32Array;
  /** the bit of the first check's anchors; the others follow in CHECKS order */
  firstBit: number;
}

const LONGEST_ANCHOR = Math.max(...CHECKS.flatMap((c) => c.anchors.words.map((w) => w.length)));

/**
 * The stretches of text a check's matches can lie in, as [start, end) pairs: around each sentence that holds an
 * anchor, by the reach of a match. A piece cut from an over-long run may end inside an anchor word: it counts as
 * holding one, and its stretch runs on by the longest anchor.
 */
function stretchesOf(check: Check, bit: number, located: Located, length: number): number[] {
  const out: number[] = [];
  const { before, after } = check.anchors;
  located.sentences.forEach((s, i) => {
    const cut = s.end - s.start >= MAX_SENTENCE;
    if ((located.bits[i]! & bit) === 0 && !cut) return;
    const start = Math.max(0, s.start - before);
    const end = Math.min(length, s.end + after + (cut ? LONGEST_ANCHOR : 0));
    if (out.length > 0 && start <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, end);
    else out.push(start, end);
  });
  return out;
}

/**
 * The first `limit` matches in the whole text, or only in the given stretches: the same matches, because every
 * match lies inside a stretch and no pattern looks outside its match.
 */
function spansOf(patterns: readonly RegExp[], folded: string, limit = 3, stretches?: readonly number[]): Span[] {
  const out: Span[] = [];
  if (!stretches) {
    searchInto(out, patterns, folded, 0, 0, limit);
    return out;
  }
  let from = 0;
  for (let k = 0; k < stretches.length && out.length < limit; k += 2) {
    const start = stretches[k]!;
    const end = stretches[k + 1]!;
    if (from >= end) continue;
    from = searchInto(out, patterns, folded.slice(start, end), start, Math.max(from, start), limit);
  }
  return out;
}

/**
 * Whether every Chinese hint of a check is a word among its anchors: its first match then lies in the check's
 * stretches too (a hint such as 「营销」 is searched there, not through the whole policy).
 */
const hintAnchored = (check: Check): boolean =>
  check.hint.zh.every((p) => literalWords(p)?.every((w) => check.anchors.words.includes(w)) ?? false);
const HINT_ANCHORED = CHECKS.map(hintAnchored);

// Taiwan PDPA Art. 8: what a notice must tell at collection, incl. the recipients and the user's rights.
const TW_NOTICE: LawRef = { law: 'TW-PDPA', article: 8 };

export function checklist(
  folded: string,
  findings: readonly Finding[],
  entries: readonly SharingEntry[],
  lang: Lang = 'zh-Hans',
  /** the sentence scan's anchor bits: without them (or in English) each pattern searches the whole text */
  located?: Located,
): ChecklistItem[] {
  const shares = findings.some((f) => f.polarity === 'shares' && f.kind !== 'context');
  const family = lang === 'en' ? 'en' : 'zh';
  return mapped(CHECKS, (check, k) => {
    const stretches =
      located && family === 'zh' ? stretchesOf(check, located.firstBit << k, located, folded.length) : undefined;
    let evidence = spansOf(check.met[family], folded, 3, stretches);
    let status: ChecklistStatus = evidence.length > 0 ? 'met' : 'missing';
    if (check.id === 'named-recipients' && entries.length >= 2) {
      status = 'met';
      evidence = entries.slice(0, 3).map((e) => e.span);
    }
    if (check.id === 'sharing-list' && entries.length >= 3) status = 'met';
    if (status === 'missing') {
      const hint = spansOf(check.hint[family], folded, 1, HINT_ANCHORED[k] ? stretches : undefined);
      if (hint.length > 0) {
        status = 'unclear';
        evidence = hint;
      }
    }
    // With nothing shared, the sharing-related items have nothing to cover.
    if (
      !shares &&
      status !== 'met' &&
      (check.id === 'named-recipients' || check.id === 'sharing-list' || check.id === 'separate-consent')
    ) {
      status = 'unclear';
    }
    const laws = lang === 'zh-Hant' ? [...check.laws, TW_NOTICE] : check.laws;
    return { id: check.id, status, evidence, laws, title: check.title };
  });
}

/** Per check, in order, the anchor words the sentence scan looks for (analyze.ts gives each check a bit). */
export const CHECK_ANCHORS: ReadonlyArray<readonly string[]> = CHECKS.map((c) => c.anchors.words);
