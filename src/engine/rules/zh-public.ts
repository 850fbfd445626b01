import { hitsOf, type Rule } from './types';

const PUBLIC = /公开披露|对外公开|向社会公开|公开(?:您|你)的|公开(?:展示|显示)/g;

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
  gate: /公开/,
  detect: (s) => hitsOf(PUBLIC, s, ['public']),
};
