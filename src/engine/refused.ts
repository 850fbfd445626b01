import { SELL_VERBS_ZH } from './lexicon/zh-verbs';

/**
 * A refusal beside a hand-over names what does not go out: 「我们会与合作伙伴共享您的设备信息，但不会将您的手机号提供给
 * 任何第三方」 shares device data, not the number; "We may share information as discussed below, but we won't sell it
 * to advertisers" (or won’t) names no advertiser as a recipient. The words of such a clause are not the hand-over's: a finding
 * that shares is tagged with them blanked, unless its own trigger lies in that clause (「我们不会共享…，但以下情况除外」
 * shares through the refusal itself).
 */

// a clause whose verb of handing over is negated: a modal's 不 or a 不 right before the act (not 不时/不仅/不受/不同…)
const REFUSED_ZH = new RegExp(
  String.raw`(?<=^|[，,；;。：:])[^，,；;。：:]*?(?:不会|不得|绝不|决不|从不|并不|不再|不予|不能|不可|不应|不允许|不(?=将|把|向|与|对外|提供|共享|披露|公开|转让|分享|透露|传输|${SELL_VERBS_ZH}))[^，,；;。：:]{0,12}?(?:共享|分享|提供|披露|透露|${SELL_VERBS_ZH}|转让|公开|传输)[^，,；;。：:]*`,
  'g',
);
const REFUSED_EN =
  /(?<=^|[,;.:])[^,;.:]*?(?:\b(?:not|never|cannot)\b|\b(?:won|don|doesn|can)['’]t\b)[^,;.:]{0,30}?\b(?:sell|share|disclose|rent|provide|transfer|give|trade|lease)\w*[^,;.:]*/g;

/** `s` with its refused clauses blanked (same length), keeping any clause that holds one of `triggers`. */
export function withoutRefusals(
  s: string,
  english: boolean,
  triggers: ReadonlyArray<readonly [number, number]>,
): string {
  const pattern = english ? REFUSED_EN : REFUSED_ZH;
  return s.replace(pattern, (clause: string, at: number) =>
    triggers.some(([a]) => a >= at && a < at + clause.length) ? clause : ' '.repeat(clause.length),
  );
}

// what every REFUSED_EN and REFUSED_ZH match holds
const MAY_REFUSE_EN = /\b(?:not|never)\b|n['’]t\b/;
const MAY_REFUSE_ZH = new RegExp(
  String.raw`不(?:会|得|再|予|能|可|应|允许|将|把|向|与|对外|提供|共享|披露|公开|转让|分享|透露|传输|${SELL_VERBS_ZH})|[绝决从并]不`,
);

/** Whether `s` may hold a refused clause at all: most sentences hold no negated hand-over. */
export const mayRefuse = (s: string, english: boolean) => (english ? MAY_REFUSE_EN : MAY_REFUSE_ZH).test(s);
