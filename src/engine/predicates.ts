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
// ("if part of our business is sold, we may give our customer list…": the business is what is sold)
const CORPORATE =
  /合并|合併|收购|收購|兼并|併購|重组|重組|破产|破產|资产(转让|出售)|資產(轉讓|出售)|(公司|企业|企業)交易|merger|acquisition|reorgani[sz]|bankruptcy|sale of (all|assets|the company)|\b(business|company|assets|division|operations)\b[^.;]{0,30}\b(is|are|be|been|was|were) (sold|transferred|acquired)/i;
// 「…不会将您的个人信息提供、出售或出租给…，除非取得您的同意」 refuses a sale, whatever its exception allows, as does
// "your information is not shared with or sold to any other third party … with the exception of"
const REFUSED =
  /(不会|不會|不得|绝不|絕不|决不|決不|不)[^，,。；;]{0,20}(出售|出租|租售|售卖|售賣|贩卖|販賣|贩售|販售|买卖|買賣|出卖|出賣)|\b(?:not|never)\b(?: [a-z]+,?){0,4} (?:sell|rent|sold|rented)\b/i;

// selling data, not a seller: 「商品出售方」「出售者」 name the merchant an order goes to
const SELLS =
  /(出售|出租|租售|售卖|售賣|贩卖|販賣|贩售|販售|买卖|買賣|出卖|出賣)(?![方者商])|\b(sell|sells|sold|selling|rent|sale)\b/i;

// an item under a sharing heading that asks the user for data tells what the operator collects, not who receives it
// (the quote is the policy's own script: Taiwan's and Hong Kong's 我們/會/將/蒐集/填寫 read as the Simplified do)
// (「您可能會提供您的姓名、聯繫方式…」「您可能會上傳…資料」: what the user will give or upload; not 「您提供的…将共享给」)
const COLLECTED =
  /向我[们們]提供|向我方提供|(?:要求|需要)您(?:提供|填[写寫])|我[们們](?:会|會|将|將|可能[会會]?)?(?:收集|蒐集)|[您你](?:可能|可以|也)?(?:会|會|将|將)(?:提供|填[写寫]|上[传傳])|provide (?:us|to us)/;
const collected = (f: Finding) => f.kind === 'context' && COLLECTED.test(f.quote);
export const isPhone = (f: Finding) => f.polarity !== 'denies' && hasPhone(f) && !collected(f);
export const isMarketing = (f: Finding) =>
  !collected(f) &&
  f.polarity !== 'denies' &&
  (f.purposes.some((p) => MARKETING.has(p)) ||
    f.recipients.includes('advertisers') ||
    (f.carried?.includes('marketing') ?? false));
export const isSale = (f: Finding) =>
  f.polarity === 'shares' &&
  (f.rule.endsWith('-sale') || f.rule === 'en-sell') &&
  !f.recipients.includes('acquirer') &&
  SELLS.test(f.quote) &&
  !REFUSED.test(f.quote) &&
  !CORPORATE.test(f.quote);
