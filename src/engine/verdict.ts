import type { Finding, Polarity, Verdict, VerdictAnswer } from './types';
import type { Sentence } from './segment';
import { RULES } from './rules';
import { CONTEXT_RULE } from './rules/context';
import type { Rule } from './rules/types';
import { MODEL_RULE, MODEL_RULE_EN, RESCUE_RULE } from './model/second-opinion';
import { severityOf, toldAs, whyOf } from './explain';
import { withCarried, withParts } from './findings';
import { mapped } from './arrays';
import { hasPhone, isMarketing, isPhone, isSale } from './predicates';
import { sentenceAt, sentenceHas, sentencesWith, type Scanned } from './locate';

export { isMarketing, isPhone, isSale } from './predicates';

/**
 * The policy-level answers the popup leads with (issue 16, ../shared/corpus/POLICY-RUBRIC.md items 7–9): can
 * your phone number go out, does anything go out for marketing, is data sold. A sentence rarely names the number
 * where it goes: the policy says "order information" goes to merchants after saying the order holds the
 * receiver's phone, "the above information" after collecting a number for an event, a carrier's one-click login
 * or real-name check, an SMS vendor. Read with the whole policy, those clauses carry the phone number too.
 */

// the words that name the user's number or contact details in what is shared (the lexicon's phone words, tightened)
export const PHONE =
  /手机号|电话号码|联系电话|联系方式|移动电话|收货人电话|通讯录|phone number|mobile number|contact details/;
// data bundles a policy may define as holding the number: orders and waybills carry the receiver's phone
const BUNDLE = /(订单|运单|收货|配送|寄件|收件|快递|物流)(信息|数据|资料)/;
const BUNDLE_DEFINED = /订单|下单|运单|收货|寄件|收件|配送|快递/;
// English policies define their terms by what they hold: "personally identifiable information (such as your name,
// address and telephone number)", "contact information, including your phone number" — a clause sharing the term
// then lets the number out (rubric item 7: "a term the policy itself defines as containing them")
const EN_TERMS =
  /\b(?:personally[- ]identifiable information|personal information|personal data|contact information|registration information|profile information|account information|billing information|order information|pii)\b/g;
const EN_PHONE = /\b(?:tele)?phone\b|\bmobile (?:phone )?numbers?\b|\bcell(?:ular)? (?:phone|number)s?\b/;
// whoever verifies a number or sends a text to it receives it by definition; 运营商信息 (the carrier's name read
// from the device) is data an ad SDK takes, and a provider that sends e-mail or pushes needs no number
const RECEIVES_NUMBER =
  /运营商(?!信息|名称|类型|网络)|号码认证|一键登录|本机号码|短信(?:验证)?(服务|通道|平台|供应商|服务商)|验证码服务|carrier(?! name| information)|sms (provider|vendor|service)/;
// a clause pointing back to what the sentences before it collected; 「上述行为」「前述情形」 point back to acts and cases
const ANAPHORA =
  /(?:上述|前述|以上|该等|这些|相关|上列)(?!行为|情形|情况|情景|场景|目的|用途|方式|约定|规定|条款|范围|要求|原则|措施|权利|义务)|above|such information/;
const LOOK_BACK = 3;
// a sentence that goes on about what the one before it named
const FOLLOW_UP = /^\s*(?:这些|该等|此类|上述|前述|these|such)/;
const FOLLOW_UP_REACH = 8;

/** Every rule a finding can name: a finding re-read later (a phone number carried in, a consent lead-in) is told by it. */
// (the Chinese and English model rules share an id and tell the same severity and why)
export const ALL_RULES: readonly Rule[] = [...RULES, CONTEXT_RULE, MODEL_RULE, MODEL_RULE_EN, RESCUE_RULE];
export const RULE_BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));

// the purposes the lexicon reads as marketing, for what a clause inherits from the sentences it points back to
export const MARKETING_WORDS = /营销|推广|促销|广告|个性化推荐|画像|marketing|advertis|promotion/;

interface Carried {
  phone: boolean;
  /** the number carried only by an English term the policy defines as holding it */
  term: boolean;
  marketing: boolean;
}

/** What a clause carries although it does not name it: the number, a marketing purpose. */
function carried(
  f: Finding,
  folded: string,
  sentences: readonly Sentence[],
  bundles: boolean,
  terms: RegExp | null,
  scanned?: Scanned,
): Carried {
  const s = folded.slice(f.span.start, f.span.end);
  const phone = RECEIVES_NUMBER.test(s) || (bundles && BUNDLE.test(s));
  const out = { phone, term: !phone && (terms?.test(s) ?? false), marketing: false };
  const i = sentenceAt(sentences, f.span.start);
  // 「第三方合作方可能放置cookies。这些cookies…用于评估广告服务的效果。」: the next sentence says what they are for
  // (not read past the last sentence: an out-of-bounds read deoptimised optimised code)
  const next = i + 1 < sentences.length ? sentences[i + 1] : undefined;
  if (next && !next.heading && FOLLOW_UP.test(folded.slice(next.start, next.start + FOLLOW_UP_REACH)))
    out.marketing = sentenceHas(folded, sentences, i + 1, MARKETING_WORDS, scanned);
  // 「采集您的设备信息…并将该等信息储存」 points at what the clause itself names, not at the sentences before it
  if (f.data.length > 0 || !ANAPHORA.test(s)) return out;
  for (let k = i - 1; k >= Math.max(0, i - LOOK_BACK); k--) {
    if (sentences[k]!.heading) break;
    out.phone ||= sentenceHas(folded, sentences, k, PHONE, scanned);
    out.marketing ||= sentenceHas(folded, sentences, k, MARKETING_WORDS, scanned);
  }
  return out;
}

/**
 * The findings with the phone number and a marketing purpose added where the whole policy shows a clause carries
 * them, severity and the plain-language why following. A refusal never carries anything out.
 */
export function withPhone(
  findings: readonly Finding[],
  folded: string,
  sentences: readonly Sentence[],
  /** the sentence scan's bits, PHONE's among them (Chinese policies) */
  scanned?: Scanned,
): Finding[] {
  if (sentences.length === 0) return [...findings];
  // does the policy say its orders or waybills hold the number? then "order information" carries it
  const bundles = sentencesWith(folded, sentences, PHONE, scanned).some((i) =>
    BUNDLE_DEFINED.test(folded.slice(sentences[i]!.start, sentences[i]!.end)),
  );
  const named = scanned ? [] : definedTerms(folded, sentences);
  const terms = named.length > 0 ? new RegExp(`\\b(?:${named.join('|')})\\b`) : null;
  return mapped(findings, (f) => withCarriedOf(f, folded, sentences, bundles, terms, scanned));
}

/** The English terms the policy says hold the phone number: named in one sentence with it. */
function definedTerms(folded: string, sentences: readonly Sentence[]): string[] {
  const out = new Set<string>();
  for (const i of sentencesWith(folded, sentences, EN_PHONE))
    for (const m of folded.slice(sentences[i]!.start, sentences[i]!.end).matchAll(EN_TERMS)) out.add(m[0]);
  return [...out];
}

/** A finding with what the policy shows it carries (withPhone), or the finding itself when it carries nothing. */
function withCarriedOf(
  f: Finding,
  folded: string,
  sentences: readonly Sentence[],
  bundles: boolean,
  terms: RegExp | null,
  scanned?: Scanned,
): Finding {
  if (f.polarity === 'denies') return f;
  const more = carried(f, folded, sentences, bundles, terms, scanned);
  const phone = (more.phone || more.term) && !hasPhone(f);
  const marketing = more.marketing && !isMarketing(f);
  if (!phone && !marketing) return f;
  // the sentence's own words stay as they are (they are what a reader of it alone sees); what the policy adds
  // is kept apart, and the severity and why read both
  const next = withCarried(f, [
    ...(phone ? (['phone'] as const) : []),
    ...(phone && !more.phone ? (['term'] as const) : []),
    ...(marketing ? (['marketing'] as const) : []),
  ]);
  // (the finding as severityOf and whyOf read it, written out whole: a spread of it made a hidden class of its own)
  const view = withParts(f, {
    recipients: f.recipients,
    data: phone ? [...f.data, 'phone' as const] : f.data,
    purposes: marketing ? [...f.purposes, 'marketing' as const] : f.purposes,
    mitigations: f.mitigations,
    triggers: f.triggers,
  });
  const rule = RULE_BY_ID.get(f.rule);
  if (rule) {
    const told = toldAs(rule, view);
    next.severity = severityOf(told.severity, view);
    next.why = whyOf(told.why, view);
  }
  return next;
}

function answer(findings: readonly Finding[], holds: (f: Finding) => boolean): VerdictAnswer {
  const hits = findings.filter(holds);
  const of = (p: Polarity) =>
    mapped(
      hits.filter((f) => f.polarity === p),
      (f) => f.id,
    );
  const shares = of('shares');
  if (shares.length > 0) return { answer: 'yes', findings: shares };
  const consent = of('consent');
  return consent.length > 0 ? { answer: 'consent', findings: consent } : { answer: 'no', findings: [] };
}

/** Rubric items 7–9 from the merged findings: each answer with the clauses that show it. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  const sale = mapped(findings.filter(isSale), (f) => f.id);
  return {
    phone: answer(findings, isPhone),
    marketing: answer(findings, isMarketing),
    sale: sale.length > 0 ? { answer: 'yes', findings: sale } : { answer: 'no', findings: [] },
  };
}
