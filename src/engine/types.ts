/**
 * The engine's public data model. Everything here is plain JSON: reports cross
 * extension contexts through structured clone and are stored as-is in history.
 */

export type Lang = 'zh-Hans' | 'zh-Hant' | 'en';

/** UI languages the explanations are written in. */
export type UiLang = 'zh-CN' | 'zh-TW' | 'en';
export type Localized = Record<UiLang, string>;

/** shares: data may go out; consent: only with the user's (separate) consent; denies: a categorical refusal. */
export type Polarity = 'shares' | 'consent' | 'denies';

export type Recipient =
  | 'affiliates'
  | 'partners'
  | 'advertisers'
  | 'sdk'
  | 'processors'
  | 'acquirer'
  | 'public'
  | 'authorities'
  | 'unspecified';

export type DataCategory =
  | 'phone'
  | 'contact'
  | 'contacts-list'
  | 'device-id'
  | 'location'
  | 'identity'
  | 'biometric'
  | 'financial'
  | 'usage'
  | 'account'
  | 'personal-info';

export type Purpose = 'marketing' | 'ads' | 'profiling' | 'service' | 'analytics' | 'security' | 'legal' | 'payment';

export type Mitigation = 'de-identified' | 'anonymised' | 'contract' | 'separate-consent' | 'minimum-necessary';

export type Severity = 'info' | 'low' | 'medium' | 'high' | 'severe';

export type Level = 'low' | 'medium' | 'high' | 'severe';

/** Half-open range [start, end) of UTF-16 code units into the ORIGINAL text given to audit(). */
export interface Span {
  start: number;
  end: number;
}

export interface LawRef {
  law: 'PIPL' | 'TW-PDPA' | 'GDPR' | 'CCPA';
  article: number;
}

export type FindingKind =
  /** a sentence that says personal information leaves the operator */
  | 'disclosure'
  /** an item under a sharing heading or an exception list: shares by context */
  | 'context'
  /** a row of an SDK directory or sharing list */
  | 'list-entry';

export interface Finding {
  /** stable within one report: `${rule}:${start}` */
  id: string;
  rule: string;
  kind: FindingKind;
  polarity: Polarity;
  recipients: Recipient[];
  data: DataCategory[];
  purposes: Purpose[];
  mitigations: Mitigation[];
  span: Span;
  quote: string;
  severity: Severity;
  /** the words of the original text that made the rule fire */
  triggers: string[];
  why: Localized;
  laws: LawRef[];
  /** where the policy states the same clause again (identical or near-identical words); absent when it does not */
  repeats?: Span[];
  /**
   * what the sentence does not name but the rest of the policy shows it carries (verdict.ts): 'phone' when it
   * shares "order information" the policy says holds the number, 'marketing' when it points back to an event;
   * 'term' with 'phone' when only an English term the policy defines as holding the number ("personal
   * information such as your telephone number") carries it: "your phone number" counts it, the score does not
   */
  carried?: Array<'phone' | 'marketing' | 'term'>;
}

export type ChecklistId =
  | 'named-recipients'
  | 'sharing-list'
  | 'separate-consent'
  | 'withdraw-consent'
  | 'personalisation-opt-out'
  | 'marketing-opt-out';

/** not-applicable: the policy gives the item no occasion (it shares with nobody, it personalises nothing) */
export type ChecklistStatus = 'met' | 'missing' | 'unclear' | 'not-applicable';

export interface ChecklistItem {
  id: ChecklistId;
  status: ChecklistStatus;
  evidence: Span[];
  laws: LawRef[];
  title: Localized;
}

/** One structured row of an SDK directory or third-party sharing list. */
export interface SharingEntry {
  party: string;
  purpose?: string;
  data?: string;
  link?: string;
  span: Span;
}

export interface ScorePart {
  /** what the points come from, e.g. 'phone-shared' */
  key: string;
  points: number;
  label: Localized;
  findings: string[];
}

/** A policy-level answer (../shared/corpus/POLICY-RUBRIC.md items 7–9) with the ids of the findings that show it. */
export interface VerdictAnswer {
  /** yes: some clause lets it happen without your consent; consent: only clauses that ask for it; no: not said */
  answer: 'yes' | 'consent' | 'no';
  findings: string[];
}

export interface Verdict {
  /** can your phone number / contact details go to anyone outside the operator */
  phone: VerdictAnswer;
  /** does personal information go out for marketing, ads or profiling */
  marketing: VerdictAnswer;
  /** may data be sold or rented (a merger is not a sale) */
  sale: VerdictAnswer;
}

export type AuditStatus = 'analysed' | 'not-a-policy' | 'empty';

export interface AuditReport {
  schema: 1;
  status: AuditStatus;
  /** why the text was not analysed; absent when analysed */
  reason?: Localized;
  lang: Lang;
  /** null unless analysed: never a made-up number */
  score: number | null;
  level: Level | null;
  breakdown: ScorePart[];
  findings: Finding[];
  checklist: ChecklistItem[];
  entries: SharingEntry[];
  /** absent in reports stored before issue 16 and in reports not analysed */
  verdict?: Verdict;
  stats: { chars: number; clauses: number; shares: number; consent: number; denies: number };
  /** FNV-1a 32-bit over the normalised text, hex: tells when a policy changed */
  textHash: string;
}

export interface AuditOptions {
  /** skip language detection */
  lang?: Lang;
  /** treat text as a policy even if it does not look like one (single sentences, tests) */
  assumePolicy?: boolean;
  /** false: the rules' verdict alone, without the learned second opinion (training its features needs that) */
  secondOpinion?: boolean;
}
