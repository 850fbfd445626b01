import type { ChecklistItem, Finding, Level, Localized, Recipient, ScorePart, SharingEntry } from './types';

/**
 * Explainable 0–100 risk. Each part saturates (diminishing returns: the tenth partner clause adds less than the
 * first) and only grows with more sharing, so another sharing clause never lowers the score. Refusals and met
 * checklist items subtract a bounded amount. Phone/contact data and marketing purposes weigh most.
 */

const RECIPIENT_WEIGHT: Record<Recipient, number> = {
  advertisers: 1.2,
  partners: 1,
  unspecified: 0.8,
  affiliates: 0.8,
  sdk: 0.6,
  public: 0.6,
  processors: 0.3,
  acquirer: 0.2,
  authorities: 0.1,
};

interface Part {
  key: string;
  cap: number;
  scale: number;
  label: Localized;
}

const PARTS: readonly Part[] = [
  {
    // The precision-spam-call pattern itself: a phone number handed on for marketing or to advertisers.
    key: 'phone-for-marketing',
    cap: 25,
    scale: 0.8,
    label: {
      'zh-CN': '手机号可能被提供用于营销/广告（骚扰电话的来源）',
      'zh-TW': '手機號碼可能被提供用於行銷/廣告（騷擾電話的來源）',
      en: 'Phone number may go out for marketing / ads (where spam calls come from)',
    },
  },
  {
    key: 'phone-shared',
    cap: 25,
    scale: 1,
    label: {
      'zh-CN': '手机号/联系方式可能被对外提供',
      'zh-TW': '手機號碼/聯絡方式可能被提供給他人',
      en: 'Phone number / contact details may be shared',
    },
  },
  {
    key: 'marketing',
    cap: 20,
    scale: 1.5,
    label: {
      'zh-CN': '为营销、广告或画像对外提供',
      'zh-TW': '為行銷、廣告或剖析而提供',
      en: 'Shared for marketing, ads or profiling',
    },
  },
  {
    key: 'recipients',
    cap: 20,
    scale: 5,
    label: { 'zh-CN': '向第三方共享的条款', 'zh-TW': '提供給第三方的條款', en: 'Clauses sharing with third parties' },
  },
  {
    key: 'sale',
    cap: 15,
    scale: 1,
    label: { 'zh-CN': '出售或出租个人信息', 'zh-TW': '出售或出租個人資料', en: 'Selling or renting personal data' },
  },
  {
    key: 'sdk-entries',
    cap: 8,
    scale: 3,
    label: {
      'zh-CN': 'SDK/共享清单中的接收方数量',
      'zh-TW': 'SDK/共享清單中的接收者數量',
      en: 'Parties in the SDK / sharing list',
    },
  },
  {
    key: 'consent-only',
    cap: 6,
    scale: 3,
    label: {
      'zh-CN': '经你同意后才提供的条款',
      'zh-TW': '經你同意後才提供的條款',
      en: 'Sharing only with your consent',
    },
  },
  {
    key: 'checklist-missing',
    cap: 12,
    scale: 0,
    label: { 'zh-CN': '缺少的个人信息保护法要求', 'zh-TW': '缺少的法定說明', en: 'PIPL checklist items missing' },
  },
];

const REFUSALS: Localized = {
  'zh-CN': '明确拒绝共享的承诺',
  'zh-TW': '明確拒絕提供的承諾',
  en: 'Explicit refusals to share',
};
const MET: Localized = {
  'zh-CN': '已满足的个人信息保护法要求',
  'zh-TW': '已滿足的法定說明',
  en: 'PIPL checklist items met',
};

const MARKETING = new Set(['marketing', 'ads', 'profiling']);

function rawOf(key: string, f: Finding): number {
  if (f.kind === 'context') return 0;
  const softened = f.mitigations.includes('de-identified') || f.mitigations.includes('anonymised') ? 0.6 : 1;
  if (f.polarity === 'consent') return key === 'consent-only' ? 0.3 : 0;
  if (f.polarity !== 'shares') return 0;
  switch (key) {
    case 'phone-for-marketing':
      return rawOf('phone-shared', f) > 0 && rawOf('marketing', f) > 0 ? 1 : 0;
    case 'phone-shared':
      return f.data.includes('phone') || f.data.includes('contact') || f.data.includes('contacts-list') ? 1 : 0;
    case 'marketing':
      return f.purposes.some((p) => MARKETING.has(p)) || f.recipients.includes('advertisers') ? softened : 0;
    case 'recipients':
      return Math.max(0, ...f.recipients.map((r) => RECIPIENT_WEIGHT[r])) * softened;
    case 'sale':
      return f.rule.endsWith('-sale') || f.rule === 'en-sell' ? 1 : 0;
    default:
      return 0;
  }
}

const SHARING_ITEMS = new Set(['named-recipients', 'sharing-list', 'separate-consent']);

/**
 * An item not met counts whether the text is silent (missing) or vague (unclear), so a clause that merely
 * mentions SDKs cannot lower the score; the sharing items apply only once something is shared.
 */
function applies(id: string, findings: readonly Finding[]): boolean {
  return !SHARING_ITEMS.has(id) || findings.some((f) => f.polarity === 'shares' && f.kind !== 'context');
}

export function levelOf(score: number): Level {
  return score < 25 ? 'low' : score < 50 ? 'medium' : score < 75 ? 'high' : 'severe';
}

export function score(
  findings: readonly Finding[],
  checklist: readonly ChecklistItem[],
  entries: readonly SharingEntry[],
): { score: number; level: Level; breakdown: ScorePart[] } {
  const breakdown: ScorePart[] = [];
  for (const part of PARTS) {
    let raw = 0;
    const ids: string[] = [];
    if (part.key === 'sdk-entries') raw = entries.length * 0.1;
    else if (part.key === 'checklist-missing')
      raw = checklist.filter((c) => c.status !== 'met' && applies(c.id, findings)).length;
    else
      for (const f of findings) {
        if (f.kind === 'context') continue; // context weighs nothing (rawOf says 0), and two in five findings are context
        const r = rawOf(part.key, f);
        if (r > 0) {
          raw += r;
          ids.push(f.id);
        }
      }
    const points = part.scale === 0 ? Math.min(part.cap, raw * 2) : part.cap * (1 - Math.exp(-raw / part.scale));
    if (points >= 0.5)
      breakdown.push({
        key: part.key,
        points: Math.round(points * 10) / 10,
        label: part.label,
        findings: ids.slice(0, 50),
      });
  }
  const refusals = findings.filter((f) => f.polarity === 'denies' && f.kind === 'disclosure');
  if (refusals.length > 0)
    breakdown.push({
      key: 'refusals',
      points: -Math.min(8, 2 * refusals.length),
      label: REFUSALS,
      findings: refusals.map((f) => f.id).slice(0, 50),
    });
  const met = checklist.filter((c) => c.status === 'met').length;
  if (met > 0) breakdown.push({ key: 'checklist-met', points: -1.5 * met, label: MET, findings: [] });
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
