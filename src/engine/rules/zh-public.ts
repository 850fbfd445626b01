import { hitsOf, type Rule } from './types';

// 「其他用户可以看到您的头像」「您的评论将对其他用户公开可见」: shown to other users is made public (POLARITY.md)
const PUBLIC =
  /公开披露|对外公开|向社会公开|公开(?:您|你)的|公开(?:展示|显示)|公开可见|(?:其他|所有|任何)(?:用户|人)(?:都)?(?:可以|可|能够|能|将)?(?:看到|查看|看见)(?:您|你)的/g;

export const rule: Rule = {
  id: 'zh-public',
  lang: 'zh',
  kind: 'disclosure',
  priority: 25,
  severity: 'medium',
  laws: [{ law: 'PIPL', article: 25 }],
  why: {
    'zh-CN': '你的信息可能被公开，任何人都能看到。',
    'zh-TW': '你的資料可能被公開，任何人都看得到。',
    en: 'Your information may be made public for anyone to see.',
  },
  gate: /公开|看到|查看|看见/,
  detect: (s) => hitsOf(PUBLIC, s, ['public']),
};
