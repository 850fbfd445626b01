import type { Polarity } from './types';

/** Negation scope for English: the same three answers as polarityZh, on lowercased text. */

const NEGATOR =
  /\b(?:not|never|no longer|cannot|can't|won't|don't|doesn't|didn't|neither|nor)\b|n't\b|\bno\b(?! (?:matter|more than|less than|later than|cost|charge))/g;
// "Such third parties do not collect …": the trigger names its actor, and the refusal follows it
const NEGATED_AFTER =
  /^(?:(?!\b(?:who|that|which|when|if)\b)[\w'’ -]){0,40}?\b(?:do|does|did|will|shall|would|can|could|may|is|are|was|were|has|have)(?: not|n't| never)\b/;
const EXCEPTION = /\b(?:except|unless|other than|apart from|with the exception|excluding)\b/;
const CONSENT =
  /\b(?:obtain|ask for|seek|request|get)(?:s|ing)? (?:your |the user's )?(?:prior |explicit |express |separate )?(?:consent|permission)|\b(?:with|without|upon|after obtaining|based on|subject to) (?:your |the user's )?(?:prior |explicit |express |separate |affirmative )?(?:consent|permission|authori[sz]ation|direction|instruction)|\bunless you (?:consent|agree|authori[sz]e|direct|instruct|ask)|\bif you (?:consent|agree|choose|opt in|authori[sz]e|direct)|\bat your (?:direction|request)|\byou (?:consent|agree|authori[sz]e|direct us|instruct us)\b/;
const CONSENT_ONLY_EXCEPTION = /\b(?:unless|except)\b[^.;]{0,30}?\b(?:consent|permission|agree|authori[sz]|direct|ask)/;
const OTHER_ROUTE = /\bor (?:as |when |where )?(?:required|permitted|necessary|to comply|by law|law)/;

function clauseStart(s: string, at: number): number {
  const cut = Math.max(
    s.lastIndexOf(';', at),
    // "Customer will not: (a) sell …": a colon after a refusal lists what is refused
    /\b(?:not|never)\s*:\s*$/.test(s.slice(0, s.lastIndexOf(':', at) + 1)) ? -1 : s.lastIndexOf(':', at),
    s.lastIndexOf(', but', at),
    ...[' and is ', ' and are ', ' and we ', ' and will ', ' and may '].map((w) => s.lastIndexOf(w, at)),
    s.lastIndexOf(' but ', at),
  );
  return cut < 0 ? 0 : cut + 1;
}

export function polarityEn(s: string, at: number): Polarity {
  const from = clauseStart(s, at);
  const before = s.slice(from, at);
  NEGATOR.lastIndex = 0;
  const negated = NEGATOR.test(before) || NEGATED_AFTER.test(s.slice(at, at + 60));
  const consent = CONSENT.test(s) && !OTHER_ROUTE.test(s);
  if (negated) {
    if (CONSENT_ONLY_EXCEPTION.test(s) || /\bwithout\b[^.;]{0,30}\b(?:consent|permission)/.test(s)) return 'consent';
    if (EXCEPTION.test(s.slice(from))) return 'shares';
    return 'denies';
  }
  if (consent) return 'consent';
  return 'shares';
}
