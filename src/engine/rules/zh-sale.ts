import { hitsOf, type Rule } from './types';

// Selling or renting out personal information: the business model behind precision spam calls.
const SALE = /出售|售卖|贩卖|出租|买卖|非法交易|交易(?:您|你)的/g;

export const rule: Rule = {
  id: 'zh-sale',
  lang: 'zh',
  kind: 'disclosure',
  priority: 40,
  severity: 'high',
  laws: [
    { law: 'PIPL', article: 10 },
    { law: 'PIPL', article: 23 },
  ],
  why: {
    'zh-CN': '条款涉及出售或出租个人信息——这是骚扰电话名单的来源。',
    'zh-TW': '條款涉及出售或出租個人資料——這是騷擾電話名單的來源。',
    en: 'The clause concerns selling or renting personal data, the source of spam-call lists.',
  },
  gate: /出售|售卖|贩卖|出租|买卖|交易/,
  detect: (s) => hitsOf(SALE, s, ['unspecified']),
};
