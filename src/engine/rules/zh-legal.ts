import { hitsOf, type Rule } from './types';
import { Prefilter } from '../prefilter';

// Statutory disclosure (POLARITY.md counts 「根据法律法规…可能披露」 as shares): courts, police, regulators — and an
// authority's request by any name (「证监会依法开展调查时，我们将按要求提供」「按照交通管理部门的要求提供」).
// What every match but 「依法调取」 ends with: a sentence without it is not searched for the authority before it.
const DEMAND =
  /(?:要求|规定|需要|必须|所必需|所必须)[^。；;]{0,10}?(?<!向您|为您|给您|向你|为你)(?:提供(?![商者方])|披露|共享|报送|报告|调取|配合|(?<![您你户或])举报(?!人|者|方))/;
const DEMAND_WORDS = new Prefilter(['要求', '规定', '需要', '必须', '必需']);
// 「有权机关依法调阅时，本公司得配合提供相关资料」「我们会配合警方提供车辆最后定位位置」: an authority's request met
const AUTHORITY = '(?:司法|公安|警方|警察|检察|法院|执法|有权机关|主管机关|监管|政府)';
const ASSISTS = `${AUTHORITY}[^。；;]{0,30}?配合[^，,。；;]{0,4}?提供|配合${AUTHORITY}[^，,。；;]{0,12}?提供`;
// 「本银行可能须向联合财富情报组作出举报」: the operator reporting to an authority (the user's 「您可以向…举报」 is a complaint)
const REPORTS =
  '(?:我们|我行|本公司|本行|本银行|本机构|本平台)[^，,。；;]{0,12}?向(?!您|你)[^，,。；;被]{1,16}?(?:作出|进行)?举报(?!人|者|方)';
const LEGAL = new RegExp(
  `(?:法律法规|法律|司法|行政|主管部门|主管机关|监管|政府|执法|法院|诉讼|法定|公安|依法|证监会|监督管理|管理部门|[^，,。；;我]{1,6}部门的)[^。；;]{0,40}?${DEMAND.source}|依法调取|依法(?:向[^，,。；;]{0,12})?(?:提供|披露|报送)|${ASSISTS}|${REPORTS}`,
  'g',
);

export const rule: Rule = {
  id: 'zh-legal',
  lang: 'zh',
  kind: 'disclosure',
  priority: 12,
  severity: 'low',
  laws: [{ law: 'PIPL', article: 13 }],
  why: {
    'zh-CN': '应法律、法院或监管机关的要求，你的信息可能被提供给国家机关。',
    'zh-TW': '依法律、法院或主管機關要求，你的資料可能被提供給政府機關。',
    en: 'Your data may be handed to authorities when law, courts or regulators require it.',
  },
  gate: /法|行政|监管|政府|主管|公安|部门|证监会|警方|警察|检察|有权机关|举报/,
  // 「根据法律法规要求，您需要提供真实身份信息」: the user providing data to the operator, not a disclosure
  detect: (s, prefilters) =>
    ((DEMAND_WORDS.mayHold(s, prefilters) && DEMAND.test(s)) ||
    s.includes('依法') ||
    s.includes('配合') ||
    s.includes('举报')
      ? hitsOf(LEGAL, s, ['authorities'])
      : []
    ).filter(
      (h) =>
        !/[您你用户][^，,。；;]{0,12}(?:提供|配合)$/.test(s.slice(h.index, h.index + h.length)) &&
        // 「基于您的要求及适用法律规定，我们可免费提供一份…记录」: a copy for the user who asked (a right of access)
        !/^(?:一份|副本|复本|复印件|拷贝)/.test(s.slice(h.index + h.length, h.index + h.length + 3)),
    ),
};
