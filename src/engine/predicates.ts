import type { Finding } from './types';

/**
 * What a finding says for the rubric's questions (issue 16), by its own words or by what the whole policy shows
 * it carries (Finding.carried, verdict.ts). Kept apart from verdict.ts so the popup can group findings without
 * bundling the rules.
 */

export const hasPhone = (f: Pick<Finding, 'data' | 'carried'>) =>
  f.data.includes('phone') || f.data.includes('contact') || (f.carried?.includes('phone') ?? false);

const MARKETING = new Set(['marketing', 'ads', 'profiling']);
// a merger or an asset transfer hands data to an acquirer: that is not selling it (rubric item 9)
const CORPORATE =
  /合并|收购|兼并|重组|破产|资产(转让|出售)|merger|acquisition|reorgani[sz]|bankruptcy|sale of (all|assets|the company)/i;

// selling data, not a seller: 「商品出售方」「出售者」 name the merchant an order goes to
const SELLS = /(出售|出租|售卖|贩卖|买卖|出賣)(?![方者商])|\b(sell|sells|sold|selling|rent|sale)\b/i;

export const isPhone = (f: Finding) => f.polarity !== 'denies' && hasPhone(f);
export const isMarketing = (f: Finding) =>
  f.polarity !== 'denies' &&
  (f.purposes.some((p) => MARKETING.has(p)) ||
    f.recipients.includes('advertisers') ||
    (f.carried?.includes('marketing') ?? false));
export const isSale = (f: Finding) =>
  f.polarity === 'shares' &&
  (f.rule.endsWith('-sale') || f.rule === 'en-sell') &&
  !f.recipients.includes('acquirer') &&
  SELLS.test(f.quote) &&
  !CORPORATE.test(f.quote);
