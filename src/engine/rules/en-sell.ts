import { hitsOf, type Rule } from './types';
import { WHY } from './why';
import { inOptOutLink, SELL_VERBS } from '../lexicon/en-verbs';

// What is sold must be data: "sell … personal information" or "rent your name", not "resell the Services"; or, passive, data sold:
// "personal information is not sold or rented to anyone". A marketplace's "bidding, buying, or selling information"
// is what its users do, not the operator selling data.
const SELL = new RegExp(
  `\\b(?:${SELL_VERBS})\\b(?<!\\b(?:buying|bidding|purchasing|listing),?\\s+(?:or\\s+|and\\s+)?(?:${SELL_VERBS}))(?=[^.;]{0,50}?\\b(?:data|information|pii|details|lists?|it|them|(?:e-?mail |postal )?address(?:es)?|(?:phone |mobile )?numbers?|names|(?:your|their|a user's|the user's|members'|donors'|customers') names?|statistics|records|recordings|(?:purchase |viewing |listening |browsing |search |location |medical |order )histor(?:y|ies)|photos|videos|footage|databases?)\\b)|\\b(?:sold|rented|traded|leased)\\b(?<=\\b(?:data|information|details|records|lists|address(?:es)?|numbers|names)\\b[^.;]{0,30}?\\b(?:is|are|be|been|being)\\b[^.;]{0,20}?\\b(?:sold|rented|traded|leased))|\\bsale of (?:your |personal )`,
  'g',
);

export const rule: Rule = {
  id: 'en-sell',
  lang: 'en',
  kind: 'disclosure',
  priority: 40,
  severity: 'high',
  laws: [
    { law: 'PIPL', article: 10 },
    { law: 'CCPA', article: 1798 },
  ],
  why: WHY.sale,
  // every SELL match holds one of these words: tested first, because V8 tries SELL's lookbehind alternative at
  // every position of every sentence (60 % of an English pass's rule time went there)
  gate: new RegExp(`\\b(?:${SELL_VERBS}|sold|rented|traded|leased)\\b|\\bsale of`),
  // (「Do Not Sell or Share My Personal Information」: the name of the opt-out link, in the user's words, is no promise)
  detect: (s) =>
    /\b(?:data|information|personal|pii|details|lists?|address(?:es)?|numbers?|names?|statistics|records|recordings|histor(?:y|ies)|photos|videos|footage|databases?)\b/.test(
      s,
    )
      ? hitsOf(SELL, s, ['unspecified']).filter((h) => !inOptOutLink(s, h.index))
      : [],
};
