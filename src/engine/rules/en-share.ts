import { hitsOf, type Rule } from './types';
import { SHARE_VERBS, TO_VERBS } from '../lexicon/en-verbs';

const SHARE = new RegExp(`\\b(?:${SHARE_VERBS})\\b`, 'g');
const TO_PARTY = new RegExp(
  `\\b(?:${TO_VERBS})\\b(?: it)?(?: available)?[^.;]{0,60}?\\b(?:to|with)\\b(?! you\\b)`,
  'g',
);

export const rule: Rule = {
  id: 'en-share',
  lang: 'en',
  kind: 'disclosure',
  priority: 10,
  severity: 'medium',
  laws: [
    { law: 'PIPL', article: 23 },
    { law: 'GDPR', article: 13 },
  ],
  why: {
    'zh-CN': '你的个人信息可能被提供给本公司以外的其他方。',
    'zh-TW': '你的個人資料可能被提供給本公司以外的其他人。',
    en: 'Your personal information may be given to parties outside the company.',
  },
  detect: (s) => [...hitsOf(SHARE, s), ...hitsOf(TO_PARTY, s)],
};
