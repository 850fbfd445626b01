import type { Polarity } from './types';

/**
 * Negation scope for Chinese disclosure clauses — where rule engines fail. Decides, for one action word in one
 * sentence, whether the sentence says the data goes out (shares), goes out only with consent (consent), or
 * never goes out (denies). Inputs are folded (simplified, half-width, lowercased) text.
 */

const NEGATOR =
  /不会|不得|不能|不可|不应|不再|不曾|绝不|决不|从不|并不|并未|从未|未曾|没有|禁止|无权|严禁|不(?=[将把向与对给予以在]|共享|提供|披露|转让|出售|公开|分享|传输|出租|透露|回传|上传|存储|主动|对外|作)|未(?=[将把向与对给予]|共享|提供|披露|转让|出售|公开|分享|传输|嵌入)/g;
// 「除外」「但…」 after the refusal leave sharing open: the list that follows is where the data goes.
const EXCEPTION =
  /除外|例外|除非|但(?:以下|下列|下述|如下|根据|法律|是|若|如|在|当|为)|除[^。；]{1,40}?(?:外|之外)|另有(?:规定|约定)/;
const SCOPE_OUT = /以外的|之外的|以外(?:其他|任何)|外的(?:其他|任何)?(?:公司|第三方|机构|组织)/;
const CONSENT_EXCEPTION =
  /除非[^。；]{0,20}?(?:同意|授权|许可)|除[^。；]{0,20}?(?:同意|授权|许可)[^。；]{0,6}?外|(?:如|若)(?:确需|必须|需要|须)[^。；]{0,30}?(?:同意|授权)|另行(?:征得|取得|获取|征求)/;
const CONSENT =
  /(?:征得|获得|取得|得到|经过?|经由|征求|征询|基于|依据)(?:了)?(?:您|你|用户|本人|监护人|个人信息主体)?(?:的)?(?:单独|明确|明示|事先|书面|另行|额外|再次|充分|有效|授权)?(?:的)?(?:同意|授权|许可)|(?:您|你)(?:单独|明确|明示|事先)?(?:同意|授权)(?:后|之后|的情况|的前提|我们|将)|未经(?:您|你|用户|本人|监护人)?(?:的)?(?:单独|明确|明示|事先|书面|有效)?(?:同意|授权|许可)|单独同意|明示同意|另行(?:获取|征得|征求)|(?:您|你)的(?:授权|同意)(?:范围|后)/;
// A second route besides consent in the same sentence makes it unconditional (POLARITY.md: choose shares).
const OTHER_ROUTE = /或(?:者)?[^，。；]{0,8}?(?:法律|法定|司法|政府|监管|行政|法院|诉讼)|以及(?:法律|法定)/;

function lastMatchBefore(pattern: RegExp, text: string, end: number): number {
  pattern.lastIndex = 0;
  let last = -1;
  for (let m = pattern.exec(text); m && m.index < end; m = pattern.exec(text)) last = m.index;
  return last;
}

/** Start of the sub-clause holding `at`: a negator only reaches across 「，」 when nothing else intervenes. */
function clauseStart(s: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const ch = s[i];
    if (ch === '；' || ch === ';' || ch === '：' || ch === ':' || ch === '。') return i + 1;
  }
  return 0;
}

export function polarityZh(s: string, at: number): Polarity {
  const from = clauseStart(s, at);
  const before = s.slice(from, at);
  const negAt = lastMatchBefore(NEGATOR, before, before.length);
  const consent = CONSENT.test(s) && !OTHER_ROUTE.test(s);
  if (negAt >= 0) {
    const scope = s.slice(from + negAt, at + 8);
    if (SCOPE_OUT.test(scope)) return 'shares';
    if (CONSENT_EXCEPTION.test(s)) return 'consent';
    if (EXCEPTION.test(s.slice(from + negAt))) return 'shares';
    if (/未经/.test(before) || (consent && /未经|除非/.test(s))) return 'consent';
    return 'denies';
  }
  if (consent) return 'consent';
  return 'shares';
}
