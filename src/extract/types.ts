/**
 * Plain data returned by the extraction layer. Everything is structured-clone safe because the
 * content script finds candidates and the background/offscreen document fetches and audits them (issue 4).
 */

/** Where a candidate came from; the popup shows it and the background trusts consent labels most. */
export type PolicySource = 'link' | 'consent-label' | 'store' | 'self';

export interface PolicyCandidate {
  /** Absolute URL without its #fragment: two anchors into one policy are one fetch. */
  url: string;
  /** The words that made us pick it (link text, or the label it sits next to). */
  text: string;
  /** 0–100; higher is more policy-like. Only the order is meaningful across pages. */
  score: number;
  source: PolicySource;
}

export interface PolicyPageVerdict {
  isPolicy: boolean;
  /** 0–1; the sum of the signals below, capped. */
  confidence: number;
  /** Which signals fired, for debugging and the popup's "why not analysed". */
  signals: string[];
}
