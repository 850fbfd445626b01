import type { ChecklistId, ChecklistItem, Finding, Lang, SharingEntry, Span } from './types';
import type { Sentence } from './segment';
import { holdsWord, sentenceAt, sentencesWith, type Scanned } from './locate';
import { mapped } from './arrays';
import { EN_LIST, EN_MARKETING_OFF, EN_PERSONALISATION, EN_WITHDRAW } from './checklist';

/**
 * The checklist judged as ../shared/corpus/POLICY-RUBRIC.md items 1–6 ask (issue 16), over what checklist.ts's
 * patterns found: a recipient named anywhere the policy shares, a list pointed to by its title, separate consent
 * only as a commitment for sharing in general, the switches for personalisation and marketing however they are
 * worded. An item the policy gives no occasion for is `not-applicable` — a policy that shares with nobody owes
 * no list of recipients — rather than a red cross.
 */

// a company or a named SDK/service of another company (rubric item 1): legal-entity suffixes and named state
// systems, and the platforms Chinese apps most often hand data to, named the way policies name them
const ENTITY =
  /国家[^。，,；;]{0,16}(?:认证|验证)(?:系统|平台)|有限公司|有限责任公司|股份公司|co\.,? ?ltd|\binc\.|\bllc\b|gmbh/;
const BRAND_NAMES = [
  '支付宝',
  '微信',
  'qq',
  '微博',
  '银联',
  '云闪付',
  '友盟',
  '个推',
  '极光',
  '穿山甲',
  '广点通',
  '优量汇',
  '巨量引擎',
  '神策',
  '热云',
  '秒针',
  '高德',
  '百度',
  '腾讯',
  '阿里',
  '华为',
  '小米',
  'oppo',
  'vivo',
  '魅族',
  '荣耀',
  '顺丰',
  '京东',
  '美团',
  'bugly',
  'sharesdk',
  'mobtech',
  'getui',
  'umeng',
  'jpush',
  'google',
  'facebook',
  'apple',
  'firebase',
  'admob',
  '闪验',
  '数美',
  '同盾',
  '顶象',
  '易盾',
  '极验',
  '讯飞',
  '环信',
  '融云',
  '声网',
  '七牛',
  '云信',
  '快手',
  '抖音',
  '字节跳动',
  '拼多多',
  '新浪',
  '移动安全联盟',
  '中国移动',
  '中国联通',
  '中国电信',
  'talkingdata',
  'growingio',
  'appsflyer',
  'adjust',
  'openinstall',
  'sigmob',
  'mintegral',
  'applovin',
  'ironsource',
  'pangle',
  // the ad servers, analytics and payment services American policies name
  'doubleclick',
  'omniture',
  'nielsen',
  'comscore',
  'quantcast',
  'paypal',
  'stripe',
  'braintree',
  'twitter',
  'linkedin',
  'mailchimp',
  'salesforce',
  'mixpanel',
  'hotjar',
  'criteo',
  'taboola',
  'outbrain',
  'chartbeat',
  'optimizely',
  'zendesk',
  'demdex',
  'krux',
  'scorecardresearch',
  'yahoo',
  'aol',
  'microsoft',
  'amazon',
];
// Latin names are words of their own: 「oppo」 is not in "opportunity"; Adjust (an attribution SDK) is named as a
// company or an SDK, or inside Chinese text, never as the verb an English policy uses
const LATIN = BRAND_NAMES.filter((name) => /^[a-z]+$/.test(name) && name !== 'adjust');
const BRANDS = new RegExp(
  [
    ...BRAND_NAMES.filter((name) => !/^[a-z]+$/.test(name)),
    `\\b(?:${LATIN.join('|')})\\b`,
    'adjust(?=\\s*(?:gmbh|sdk|[^\\x00-\\x7f]))',
  ].join('|'),
  'g',
);
// what every ENTITY match holds, and BRANDS's words: a clause the sentence scan saw none of names no one
const ENTITY_WORDS = ['国家', '有限公司', '有限责任公司', '股份公司', 'co.', 'inc.', 'llc', 'gmbh'];
const BRAND_WORDS = new RegExp(BRAND_NAMES.join('|'));
// the title names the operator (「微博个人信息保护政策」): its own brand is not an outside recipient
const TITLE = 60;
// (English: a vendor the site uses, "an example of this is Google Analytics", "our ad server DoubleClick")
const INTEGRATES =
  /sdk|集成|接入|嵌入|\b(?:we use|uses|provided by|vendors?|partners?|ad servers?|analytics|service providers?|third[- ]part(?:y|ies)|plug-?ins?|pixels?|cookies)\b/;
// an English policy names its operator all through it: the brand it names most, that often, is its own
const OWN_COUNT = 10;
// a list the policy holds or points to by name (rubric item 2), or a link or annex it points the user to
// (here and below: the Chinese words, then English policies' own, shared with checklist.ts's first reading)
const LIST = new RegExp(
  `${/(?:查看|详见|参见|请见|点击)[^。；;\n]{0,60}(?:sdk|第三方|合作方|共享)[^。；;\n]{0,6}(?:情况|详情|信息)|《[^》]{0,40}(?:sdk|第三方|合作方|合作伙伴|服务商|共享)[^》]{0,40}》|(?:sdk|第三方|合作方|合作伙伴|服务商|共享)[^。；;\n]{0,20}(?:清单|目录|列表|一览表|情况表|说明表|情况说明)/.source}|${EN_LIST.source}`,
);
// consent that is separate or explicit (rubric item 3), for providing data to others, not for one scenario
const STRONG_CONSENT = /(?:单独|明示|明确|书面)的?(?:同意|授权)|separate consent|explicit consent|express consent/;
// to others: 「向其他…提供您的个人信息前…单独同意」 or 「除非…单独同意…不会…共享」; what the user provides to the operator
// (「请求您单独同意向我们提供您居住的小区名称」) is collection
const PROVIDING =
  /共享|分享|向(?!我们|我行|我方|本公司|本行|平台)[^，,。；;]{0,20}提供|提供给(?!我们|我行|我方|本公司)|对外提供|转让|share|disclos|provide .{0,30}to/;
// a commitment for one scenario — public disclosure, going abroad, sensitive or children's data — or for
// collection is not one for sharing in general (rubric clarification)
const ONE_SCENARIO =
  /公开|披露方式|境外|跨境|出境|敏感|生物识别|人脸|未成年|儿童|收集|cross[- ]border|sensitive|children|collect/;
// 「上述信息」: the data of the feature just described, not personal information in general
const THIS_DATA = /(?:上述|前述|该等?|此|这些)(?:个人)?信息/;
// 「在获得您的明确同意后，我们会与其他方共享…」, the stock line's first exception, lets sharing happen after explicit
// consent: the rubric reads it as no commitment, which says the operator will ask first (征得/…前), will not share
// without it, or names separate (单独) consent
const PERMISSION = /(?:获得|取得|获取|经)[^。；;，,单]{0,8}(?:同意|授权)(?:后|的情况下|之后)/;
const COMMITS = /不会|不得|不向|除非|征得|之前|前[，,]/;
// a transfer (转让) is its own scenario, as public disclosure is: the rubric asks about providing in general
const TRANSFER_ONLY = (s: string) => /转让/.test(s) && !/共享|分享|提供/.test(s);
const PERSONALISATION = new RegExp(
  `${/(?:个性化|个人化|定向|智能推荐|程序化推荐)[^。；;]{0,40}(?:关闭|退出|拒绝|取消|开关)|管理[^。；;]{0,60}(?:个性化|个人化|定向)(?:推荐|推送|广告)|(?:关闭|退出|拒绝|取消)[^。；;]{0,30}(?:个性化|个人化|定向|推荐)/.source}|${EN_PERSONALISATION.source}`,
);
const MARKETING_OFF = new RegExp(
  `${/退订|取消订阅|回复\s{0,4}["“']?td|(?:关闭|取消|拒绝|退出)[^。；;]{0,20}(?:推送|通知|短信|营销|广告|商业性|促销)|不(?:想|愿|希望)(?:再)?(?:接受|接收|收到)[^。；;]{0,20}(?:短信|广告|推送|营销|消息)/.source}|${EN_MARKETING_OFF.source}`,
);
// the policy speaks of personalisation or ads at all: without it, there is nothing to switch off
// a usable way to withdraw (rubric item 4): revoking consent, turning a permission off in settings, or stopping
// a sharing the policy says how to stop
const WITHDRAW = new RegExp(
  `${/(?:撤回|撤销|收回|取消)[^。；;]{0,12}(?:同意|授权)|(?:关闭|取消|停止)[^。；;]{0,20}(?:权限|授权)|权限(?:管理|设置)|停止(?:分享|共享)|请求停止(?:搜集|收集)|改变[^。；;]{0,12}(?:授权|同意)的?范围/.source}|${EN_WITHDRAW.source}`,
);
// an inline list of SDKs, one numbered item each: 「3）某某地图SDK：为了…」 (rubric item 2: "an inline table of SDKs")
const SDK_ITEM = /^\s*[（(]?\d{1,3}[)）、.．]\s*[^。：:，,；;]{0,30}sdk/;
const INLINE_LIST = 3;
// the switch for personalised ads is item 5's; item 6 asks about marketing messages, pushes or calls
const MESSAGES = /退订|订阅|td|短信|电话|邮件|营销|商业性|促销|消息|unsubscribe|marketing|promotional/;
// (Taiwan and Hong Kong say 個人化 where the mainland says 个性化)
const PERSONALISES = /个性化|个人化|定向|画像|推荐|广告|personalis|personaliz|recommend|advertis|targeted/;

// Words each item's pattern needs, searched first (the sentence scan finds them in a Chinese policy: analyze.ts)
const SDK = /sdk/;
// (each LIST alternative holds one of these words; 信息 alone would let every sentence through)
const LIST_WORDS = /》|清单|目录|列表|一览表|情况表|说明表|情况说明|查看|详见|参见|请见|点击|list|page/;
// (STRONG_CONSENT needs one of these: 同意 alone is in most sentences of a policy)
const STRONG_WORDS = /单独|明示|明确|书面|separate|explicit|express/;
const WITHDRAW_WORDS = /撤|收回|取消|关闭|停止|权限|改变|withdraw|revoke|unlink|disconnect|turn off|opt|request that/;
const PERSONALISATION_WORDS =
  /个性化|个人化|定向|推荐|personali|interest|targeted|limit ad|adchoice|ad choice|aboutads|networkadvertising|youronlinechoices|settings|preferences|tailored|behavio|customi|opt|network advertising|choices about/;
// (every MARKETING_OFF match holds one of these: a bare 不 would let nearly every sentence through)
const MARKETING_OFF_WORDS = /订|td|关闭|取消|拒绝|退出|不想|不愿|不希望|unsubscribe|opt|stop|no longer/;
export const JUDGE_WORDS = [
  ENTITY_WORDS,
  BRAND_WORDS,
  PERSONALISES,
  SDK,
  LIST_WORDS,
  STRONG_WORDS,
  WITHDRAW_WORDS,
  PERSONALISATION_WORDS,
  MARKETING_OFF_WORDS,
] as const;

const MAX_EVIDENCE = 3;

interface Policy {
  folded: string;
  findings: readonly Finding[];
  entries: readonly SharingEntry[];
  sentences: readonly Sentence[];
  /** the sentence scan's bits for the words above (Chinese policies) */
  scanned?: Scanned;
  lang: Lang;
}

/** The brand an English policy names most, when it names it OWN_COUNT times or more: the operator itself. */
function mostNamed(folded: string): string[] {
  const counts = new Map<string, number>();
  for (const m of folded.matchAll(BRANDS)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return most < OWN_COUNT ? [] : [...counts].filter(([, n]) => n === most).map(([b]) => b);
}

/** The first sentences where `test` holds, among those holding `cheap`, a word it needs (one search for it). */
function sentencesWhere(p: Policy, cheap: RegExp, test: (s: string) => boolean, most = MAX_EVIDENCE): Span[] {
  const out: Span[] = [];
  for (const i of sentencesWith(p.folded, p.sentences, cheap, p.scanned)) {
    if (out.length >= most) break;
    const s = p.sentences[i]!;
    if (test(p.folded.slice(s.start, s.end))) out.push({ start: s.start, end: s.end });
  }
  return out;
}

const outgoing = (f: Finding) => f.polarity !== 'denies';

/** Whether the sentence scan saw an entity or brand word in a clause that is one sentence (else: it may). */
function mayName(p: Policy, span: Span): boolean {
  if (!p.scanned) return true;
  const i = sentenceAt(p.sentences, span.start);
  const s = p.sentences[i]!;
  if (s.start !== span.start || s.end !== span.end) return true;
  const { words, bits } = p.scanned;
  return (bits[i]! & (words.bitOf.get(ENTITY_WORDS)! | words.bitOf.get(BRAND_WORDS)!)) !== 0;
}

function metBy(id: ChecklistId, p: Policy): Span[] {
  switch (id) {
    case 'named-recipients': {
      if (p.entries.length > 0) return p.entries.slice(0, MAX_EVIDENCE).map((e) => e.span);
      const own = new Set(p.folded.slice(0, TITLE).split('\n', 1)[0]!.match(BRANDS));
      if (p.lang === 'en') for (const b of mostNamed(p.folded)) own.add(b);
      const names = (s: string) => ENTITY.test(s) || (s.match(BRANDS) ?? []).some((b) => !own.has(b));
      // the first few that name one: the clauses after them are not read
      const out: Span[] = [];
      for (const f of p.findings) {
        if (out.length >= MAX_EVIDENCE) break;
        if (outgoing(f) && mayName(p, f.span) && names(p.folded.slice(f.span.start, f.span.end))) out.push(f.span);
      }
      if (out.length > 0) return out;
      // an SDK the app integrates, named by its vendor's brand, is a named recipient (rubric item 1: 「友盟SDK」)
      // even where the sentence names no data and so is no hand-over of its own (POLARITY.md)
      return sentencesWhere(
        p,
        BRAND_WORDS,
        (s) => INTEGRATES.test(s) && (s.match(BRANDS) ?? []).some((b) => !own.has(b)),
      );
    }
    case 'sharing-list': {
      const rows = p.findings.filter((f) => f.kind === 'list-entry');
      if (p.entries.length >= 2 || rows.length >= 2) return rows.slice(0, MAX_EVIDENCE).map((f) => f.span);
      const items = sentencesWhere(p, SDK, (s) => SDK_ITEM.test(s), INLINE_LIST);
      if (items.length >= INLINE_LIST) return items;
      return sentencesWhere(p, LIST_WORDS, (s) => LIST.test(s));
    }
    case 'separate-consent':
      return sentencesWhere(
        p,
        STRONG_WORDS,
        (s) =>
          STRONG_CONSENT.test(s) &&
          PROVIDING.test(s) &&
          !ONE_SCENARIO.test(s) &&
          !THIS_DATA.test(s) &&
          !TRANSFER_ONLY(s) &&
          (!PERMISSION.test(s) || COMMITS.test(s)),
      );
    case 'withdraw-consent':
      return sentencesWhere(p, WITHDRAW_WORDS, (s) => WITHDRAW.test(s));
    case 'personalisation-opt-out':
      return sentencesWhere(p, PERSONALISATION_WORDS, (s) => PERSONALISATION.test(s));
    case 'marketing-opt-out':
      return sentencesWhere(
        p,
        MARKETING_OFF_WORDS,
        (s) => MARKETING_OFF.test(s) && (MESSAGES.test(s.replace(/个性化[^。；;，,]{0,12}/g, '')) || !/个性化/.test(s)),
      );
    default:
      return [];
  }
}

/** Items that only mean something when data goes out, and what else makes them apply. */
function applies(id: ChecklistId, p: Policy, sharing: boolean): boolean {
  if (id === 'named-recipients' || id === 'sharing-list' || id === 'separate-consent') return sharing;
  if (id === 'personalisation-opt-out') return holdsWord(p.folded, PERSONALISES, p.scanned);
  return true;
}

export function judge(items: readonly ChecklistItem[], p: Policy): ChecklistItem[] {
  const sharing = p.findings.some((f) => outgoing(f) && f.kind !== 'context');
  return mapped(items, (item) => {
    if (!applies(item.id, p, sharing)) return judged(item, 'not-applicable', []);
    // separate consent and named recipients are judged on their own terms: the patterns' 「单独同意」 for one
    // scenario, or 「接收方的名称」 with nobody named, do not meet them
    if (item.status === 'met' && item.id !== 'separate-consent' && item.id !== 'named-recipients') return item;
    const evidence = metBy(item.id, p);
    return evidence.length > 0 ? judged(item, 'met', evidence) : judged(item, 'missing', []);
  });
}

/** `{ ...item, status, evidence }` as one literal in checklist()'s key order: a spread made a hidden class each. */
const judged = (item: ChecklistItem, status: ChecklistItem['status'], evidence: Span[]): ChecklistItem => ({
  id: item.id,
  status,
  evidence,
  laws: item.laws,
  title: item.title,
});
