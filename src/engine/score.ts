import type { ChecklistItem, Finding, Level, Localized, Recipient, ScorePart, SharingEntry } from './types';
import { isMarketing, isPhone, isSale } from './verdict';
import { mapped } from './arrays';
import { RESCUE_RULE } from './model/second-opinion';

/**
 * A 0–100 risk that means what ../shared/corpus/POLICY-RUBRIC.md (item 10) says its bands mean (issue 16):
 *   low  < 25  only processors acting for the operator, plus legal duties; no ad sharing; the number stays in;
 *   medium     affiliates, partners or SDKs for the service; ads only de-identified or with consent;
 *   high ≥ 50  identifiers or the number to partners/advertisers, or broad sharing with unnamed partners;
 *   severe ≥ 75 the number out for marketing, data sold, or broad sharing for others' own purposes.
 * Each part asks whether the policy says a thing, not how often: the findings are distinct clauses already
 * (merge.ts) and a part counts once however many clauses show it, so length and repetition do not raise it.
 * Refusals and consent-only clauses never raise it; mergers, legal demands and processors weigh least.
 */

interface Part {
  key: string;
  points: number;
  label: Localized;
  holds(f: Read): boolean;
}

/** The recipients that act for the operator or are imposed on it: they weigh least. */
const MINOR: ReadonlySet<Recipient> = new Set(['processors', 'acquirer', 'authorities', 'public']);
/** Parties outside the operator's group acting for their own ends: an event run with affiliates is not spam. */
const OUTSIDE: ReadonlySet<Recipient> = new Set(['partners', 'advertisers', 'unspecified']);
// a prize handed over at an event: the number reaches a partner to deliver it or to verify the winner, not to
// market to the user (readers score a contest's 中奖人联系方式 to its co-organiser as high, never severe)
// (a quote is in the policy's own script: Taiwan's 獎品/中獎 too)
const PRIZE = /奖品|兑奖|中奖|领奖|奖励|獎品|兌獎|中獎|領獎|獎勵|prize/i;
/**
 * Marketing sharing that reaches beyond the group: affiliates syncing an event they co-run weigh as service, and
 * so does a marketing purpose only inherited from an event the clause points back to, or a prize's delivery.
 */
const adsOut = (f: Finding) =>
  shares(f) &&
  isMarketing(f) &&
  !f.carried?.includes('marketing') &&
  !PRIZE.test(f.quote) &&
  f.recipients.some((r) => OUTSIDE.has(r) || r === 'sdk');
// to advertisers or for ads: a map SDK's location for nearby content is personalisation, not advertising; a
// promotion's purpose alone needs a recipient the clause names — a real-name check at an event's sign-up goes to
// no advertiser (rubric "high": identifiers to partners/advertisers)
const forAds = (f: Finding) =>
  f.recipients.includes('advertisers') ||
  f.purposes.includes('ads') ||
  (f.purposes.includes('marketing') && f.recipients.some((r) => r !== 'unspecified'));
// a recipient outside the operator: an affiliate, partner, SDK or advertiser, or "third parties" given named data —
// the stock 「我们不会与任何公司…共享，但以下情形除外」 names neither, and is no flow of its own
const major = (f: Finding) =>
  f.recipients.some((r) => !MINOR.has(r) && r !== 'unspecified') ||
  (f.recipients.includes('unspecified') && f.data.length > 0);
const identified = (f: Finding) => !f.mitigations.includes('de-identified') && !f.mitigations.includes('anonymised');
// a clause about the ad networks themselves (forAds also counts marketing with a named recipient)
const forAdvertising = (f: Finding) => f.recipients.includes('advertisers') || f.purposes.includes('ads');
/**
 * An English policy that says what ad networks gather identifies no one — "the information these companies use
 * does not include your name, address, email address or telephone number", "non-personally identifiable
 * information … to serve ads" — shares ads data de-identified, in whichever clause it names the networks (rubric
 * "medium": ads only with de-identified data). OPP-115's readers scored such sites medium, the engine high.
 */
const ADS_ANONYMOUS =
  /\b(?:advertis\w*|ad networks?|ad serv\w*|third[- ]part(?:y|ies))\b[^.]{0,200}?(?:non-personally identifiable|not personally identifiable|anonymous|(?:does|do|will) not (?:include|contain|collect|identify)[^.]{0,40}?(?:your name|personal(?:ly identifiable)? information|personally))|(?:non-personally identifiable|anonymous)[^.]{0,120}?\b(?:advertis\w*|ad networks?|ad serv\w*)/;
export const saysAdsAnonymous = (folded: string) => ADS_ANONYMOUS.test(folded);
// A clause no rule read weighs as an item under a sharing heading does: the second opinion's own reading
// (second-opinion.ts) says data goes out, not what, to whom or for what, as a row of a table says only by where it is.
// (and so does a list's item that names only who receives, 「（2）广告、数据服务类的服务供应商。」: what they get is said
// elsewhere, if at all)
const unframed = (f: Finding) =>
  f.kind === 'context' || f.rule === RESCUE_RULE.id || (f.kind === 'list-entry' && f.data.length === 0);
const shares = (f: Finding) => f.polarity === 'shares' && !unframed(f);
// a row of an SDK table or an item under a sharing heading that names an ad party by what it does (「广告统计」)
const adRow = (f: Finding) => f.polarity === 'shares' && unframed(f) && f.purposes.includes('ads');
// a row of an SDK directory or an item under a sharing heading that names the data it takes (「需要获取设备标识符、
// 位置信息」 under 「个推」): a third party receiving it, as a sentence saying so is (rubric "medium": SDKs for the service)
const dataRow = (f: Finding) =>
  f.polarity === 'shares' && unframed(f) && f.data.length > 0 && !f.recipients.every((r) => MINOR.has(r));
const IDENTIFIERS = new Set(['device-id', 'identity', 'location', 'biometric', 'financial', 'contacts-list']);

/** What the parts ask of a finding, each question asked once: ten parts and three checks share a few questions. */
interface Read {
  id: string;
  shares: boolean;
  major: boolean;
  minor: boolean;
  identified: boolean;
  identifiers: boolean;
  phone: boolean;
  adsOut: boolean;
  adRow: boolean;
  dataRow: boolean;
  forAds: boolean;
  outside: boolean;
  sale: boolean;
  /** the number named by the clause or a holder it names, not only by a term the policy defines (verdict.ts) */
  phoneNamed: boolean;
}

function read(f: Finding, adsAnonymous: boolean): Read {
  const isMajor = major(f);
  return {
    id: f.id,
    shares: shares(f),
    major: isMajor,
    minor: !isMajor && f.recipients.some((r) => MINOR.has(r)),
    identified: identified(f) && !(adsAnonymous && forAdvertising(f)),
    identifiers: f.data.some((d) => IDENTIFIERS.has(d)),
    phone: isPhone(f),
    adsOut: adsOut(f),
    adRow: adRow(f),
    dataRow: dataRow(f),
    forAds: forAds(f),
    outside: f.recipients.some((r) => OUTSIDE.has(r)),
    sale: isSale(f),
    phoneNamed: !f.carried?.includes('term'),
  };
}

const PARTS: readonly Part[] = [
  {
    key: 'minor-sharing',
    points: 12,
    label: {
      'zh-CN': '委托处理、依法披露或并购时转移',
      'zh-TW': '委託處理、依法揭露或併購時移轉',
      en: 'Processors, legal demands or a merger',
    },
    holds: (f) => f.shares && f.minor,
  },
  {
    key: 'third-parties',
    points: 14,
    label: {
      'zh-CN': '向关联方、合作伙伴或 SDK 提供',
      'zh-TW': '提供給關係企業、合作夥伴或 SDK',
      en: 'Affiliates, partners or SDKs receive data',
    },
    holds: (f) => (f.shares && f.major) || f.dataRow,
  },
  {
    key: 'identifiers',
    points: 6,
    label: {
      'zh-CN': '设备标识、身份或位置等提供给第三方',
      'zh-TW': '裝置識別碼、身分或位置提供給第三方',
      en: 'Identifiers, identity or location to third parties',
    },
    holds: (f) => f.shares && f.major && f.identified && f.identifiers,
  },
  {
    // rubric "medium": ads only with de-identified data
    key: 'ads',
    points: 6,
    label: {
      'zh-CN': '为广告、营销或画像对外提供（含去标识化数据）',
      'zh-TW': '為廣告、行銷或剖析而提供（含去識別化資料）',
      en: 'Data out for ads, marketing or profiling (de-identified included)',
    },
    holds: (f) => f.adsOut || f.adRow,
  },
  {
    key: 'marketing',
    points: 6,
    label: {
      'zh-CN': '未去标识化的数据用于营销或广告',
      'zh-TW': '未去識別化的資料用於行銷或廣告',
      en: 'Identifiable data for marketing or ads',
    },
    holds: (f) => f.adsOut && f.identified,
  },
  {
    // rubric "high": identifiers go to advertisers
    key: 'ad-identifiers',
    points: 14,
    label: {
      'zh-CN': '设备标识或位置提供给广告方',
      'zh-TW': '裝置識別碼或位置提供給廣告方',
      en: 'Device identifiers or location to advertisers',
    },
    holds: (f) => (f.adsOut || f.adRow) && f.forAds && f.identified && f.identifiers,
  },
  {
    key: 'phone-out',
    points: 4,
    label: {
      'zh-CN': '手机号会离开运营者（含代为处理者、依法提供）',
      'zh-TW': '手機號碼會離開營運者（含受託者、依法提供）',
      en: 'Phone number leaves the operator (processors and legal demands included)',
    },
    holds: (f) => f.shares && f.phone && f.phoneNamed,
  },
  {
    key: 'phone-shared',
    points: 6,
    label: {
      'zh-CN': '手机号/联系方式提供给第三方',
      'zh-TW': '手機號碼/聯絡方式提供給第三方',
      en: 'Phone number / contact details to third parties',
    },
    holds: (f) => f.shares && f.phone && f.major && f.phoneNamed,
  },
  {
    // the precision-spam-call pattern itself
    key: 'phone-for-marketing',
    points: 18,
    label: {
      'zh-CN': '手机号可能被用于营销/广告（骚扰电话的来源）',
      'zh-TW': '手機號碼可能被用於行銷/廣告（騷擾電話的來源）',
      en: 'Phone number out for marketing / ads (where spam calls come from)',
    },
    holds: (f) => f.adsOut && f.phone && f.identified && f.outside && f.phoneNamed,
  },
  {
    key: 'sale',
    points: 30,
    label: { 'zh-CN': '出售或出租个人信息', 'zh-TW': '出售或出租個人資料', en: 'Selling or renting personal data' },
    holds: (f) => f.sale,
  },
];

const UNNAMED: Localized = {
  'zh-CN': '接收方既未写明名称，也没有共享清单',
  'zh-TW': '接收者既未寫明名稱，也沒有共享清單',
  en: 'Recipients neither named nor listed',
};
const NO_OPT_OUT: Localized = {
  'zh-CN': '用于广告的共享无法关闭个性化推荐',
  'zh-TW': '用於廣告的提供無法關閉個人化推薦',
  en: 'Ad sharing with no way to turn personalisation off',
};
const SEPARATE: Localized = {
  'zh-CN': '承诺对外提供前取得单独同意',
  'zh-TW': '承諾提供前取得單獨同意',
  en: 'Separate consent promised before sharing',
};

export function levelOf(score: number): Level {
  return score < 25 ? 'low' : score < 50 ? 'medium' : score < 75 ? 'high' : 'severe';
}

const MAX_IDS = 50;

export function score(
  findings: readonly Finding[],
  checklist: readonly ChecklistItem[],
  entries: readonly SharingEntry[],
  /** the policy says the ad data is not personally identifiable (saysAdsAnonymous, English policies) */
  adsAnonymous = false,
): { score: number; level: Level; breakdown: ScorePart[] } {
  const breakdown: ScorePart[] = [];
  const reads = mapped(findings, (f) => read(f, adsAnonymous));
  for (const part of PARTS) {
    const ids = mapped(reads.filter(part.holds), (f) => f.id);
    if (ids.length > 0)
      breakdown.push({ key: part.key, points: part.points, label: part.label, findings: ids.slice(0, MAX_IDS) });
  }
  const met = (id: ChecklistItem['id']) => checklist.some((c) => c.id === id && c.status === 'met');
  const broad = reads.filter((f) => f.shares && f.major);
  // rubric "high": broad sharing with unnamed partners — no company named, no list to read them in
  if (broad.length > 0 && entries.length === 0 && !met('sharing-list'))
    breakdown.push({
      key: 'unnamed',
      points: 8,
      label: UNNAMED,
      findings: mapped(broad, (f) => f.id).slice(0, MAX_IDS),
    });
  // marketing sharing the user cannot switch off (PIPL Art. 24)
  const ads = reads.filter((f) => f.adsOut);
  if (ads.length > 0 && !met('personalisation-opt-out'))
    breakdown.push({
      key: 'no-opt-out',
      points: 4,
      label: NO_OPT_OUT,
      findings: mapped(ads, (f) => f.id).slice(0, MAX_IDS),
    });
  if (broad.length > 0 && met('separate-consent'))
    breakdown.push({ key: 'separate-consent', points: -4, label: SEPARATE, findings: [] });
  const total = Math.round(
    Math.min(
      100,
      Math.max(
        0,
        breakdown.reduce((sum, p) => sum + p.points, 0),
      ),
    ),
  );
  return { score: total, level: levelOf(total), breakdown };
}
