import { hitsOf, type Rule } from './types';

// Mergers and acquisitions move the whole user base to a new controller (PIPL Art. 22).
const TRANSFER =
  /转让|(?:合并|收购|分立|重组|破产|资产出售)[^。；;]{0,40}?(?:转移|移交|承继|继续(?:履行|受|持有|处理))/g;

export const rule: Rule = {
  id: 'zh-transfer',
  lang: 'zh',
  kind: 'disclosure',
  priority: 25,
  severity: 'low',
  laws: [{ law: 'PIPL', article: 22 }],
  why: {
    'zh-CN': '公司合并、收购或破产时，你的信息可能随业务转给新的公司。',
    'zh-TW': '公司合併、收購或破產時，你的資料可能隨業務轉給新公司。',
    en: 'In a merger, acquisition or bankruptcy your data may pass to a new company.',
  },
  gate: /转让|合并|收购|分立|重组|破产|资产出售/,
  detect: (s) => hitsOf(TRANSFER, s, ['acquirer']),
};
