import { hitsOf, type Rule } from './types';
import { SELL_VERBS } from '../lexicon/en-verbs';

const SELL = new RegExp(`\\b(?:${SELL_VERBS})\\b|\\bsale of (?:your |personal )`, 'g');

export const rule: Rule = {
  id: 'en-sell',
  lang: 'en',
  kind: 'disclosure',
  priority: 40,
  severity: 'high',
  laws: [
    { law: 'PIPL', article: 10 },
    { law: 'CCPA', article: 1798 },
  ],
  why: {
    'zh-CN': '条款涉及出售或出租个人信息——这是骚扰电话名单的来源。',
    'zh-TW': '條款涉及出售或出租個人資料——這是騷擾電話名單的來源。',
    en: 'The clause concerns selling or renting personal data, the source of spam-call lists.',
  },
  detect: (s) => (/\b(?:data|information|personal)\b/.test(s) ? hitsOf(SELL, s, ['unspecified']) : []),
};
