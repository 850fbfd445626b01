import type { FindingKind, LawRef, Localized, Recipient, Severity } from '../types';

export type RuleLang = 'zh' | 'en';

/** Where in the sentence a rule fired: offsets are into the sentence's folded text. */
export interface RuleHit {
  index: number;
  length: number;
  /** recipients the wording itself implies (转让 → acquirer), before the lexicon adds the ones it names */
  recipients?: Recipient[];
}

export interface Rule {
  id: string;
  lang: RuleLang;
  kind: FindingKind;
  /** higher wins when several rules fire on one sentence: the most specific names the finding */
  priority: number;
  severity: Severity;
  laws: LawRef[];
  why: Localized;
  /** a cheap test that must pass before detect() runs: most sentences name none of the rule's words */
  gate?: RegExp;
  /**
   * must-fire / must-not-fire sentences live in test/unit/rules.test.ts, keyed by id; `prefilters`: the bits of
   * the sentence scan (prefilter.ts), when the sentence was scanned
   */
  detect(sentence: string, prefilters?: number): RuleHit[];
}

const MAX_HITS = 8;

/**
 * The matches of a global regex whose clause names someone before them (Chinese text, folded): the clause up to the
 * match, from the last comma or semicolon, holds two characters or more and none of `notSubject` — once a possessive
 * that only says whose the subject is (`possessive`, e.g. 「您所在学院的」) is taken off its front.
 */
export function hitsAfterSubject(
  pattern: RegExp,
  sentence: string,
  notSubject: RegExp,
  recipients?: Recipient[],
  possessive?: RegExp,
): RuleHit[] {
  return hitsOf(pattern, sentence, recipients).filter((h) => {
    const before = sentence.slice(0, h.index);
    let clause = before.slice(
      Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；')) + 1,
    );
    if (possessive) clause = clause.replace(possessive, '');
    return clause.length >= 2 && !notSubject.test(clause);
  });
}

/** All matches of a global regex as hits. */
export function hitsOf(
  pattern: RegExp,
  sentence: string,
  recipients?: Recipient[],
  /** characters a match may not follow: the same as a leading lookbehind, which V8 would test at every position */
  notAfter?: ReadonlySet<number>,
): RuleHit[] {
  const out: RuleHit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    if (notAfter && m.index > 0 && notAfter.has(sentence.charCodeAt(m.index - 1))) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    out.push(
      recipients ? { index: m.index, length: m[0].length, recipients } : { index: m.index, length: m[0].length },
    );
    if (m[0].length === 0) pattern.lastIndex++;
    // one finding per polarity and sentence needs only a few hits; a flood of triggers must not cost more
    if (out.length >= MAX_HITS) break;
  }
  return out;
}

/** Each match's first group as the hit (a non-global pattern's one match): a refusal before the group still reads. */
export function groupHits(pattern: RegExp, sentence: string, recipients?: Recipient[]): RuleHit[] {
  const out: RuleHit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    const hit = { index: m.index + m[0].length - m[1]!.length, length: m[1]!.length };
    out.push(recipients ? { ...hit, recipients } : hit);
    if (!pattern.global || out.length >= MAX_HITS) break;
  }
  return out;
}

// a refusal between a party and its verb: 「合作伙伴不会收集」「第三方SDK均不得获取」 (not what it cannot do, 「无法获取」
// 「不能查看」, as often a safeguard's effect as a promise)
const REFUSED_VERB = /(?:都|均|也|亦|并|绝|从)?(?:不会|不得|不)(?:会|再)?(?:直接|主动|自行)?$/;
// (but any party at all unable to: 「除本平台外，任何机构都无法获取」 bars every one of them, a refusal)
const ANY_BARRED = /任何[^，,。；;]{0,12}?(?:都|均|也|亦)?无法$/;
/**
 * A hit that runs from a party to its verb, moved to the verb where a refusal stands just before it, so that the
 * polarity reads the refusal (it reads what comes before a hit): 「合作伙伴不会收集您的手机号码」 refuses. The same
 * verb again in a later clause, unrefused, is the party's act after all: 「不会收集您的通讯录，但会收集设备信息」 (a hit
 * there too).
 */
export function atRefusedVerb(sentence: string, hits: RuleHit[], verb: RegExp): RuleHit[] {
  const out: RuleHit[] = [];
  for (const h of hits) {
    const text = sentence.slice(h.index, h.index + h.length);
    if (!text.includes('不') && !text.includes('无法')) {
      out.push(h);
      continue;
    }
    // (the party's first verb: 「管理员可以查看…，但无法查看…」 acts before it refuses)
    verb.lastIndex = 0;
    const at = verb.exec(text)?.index ?? -1;
    if (
      at <= 0 ||
      !(REFUSED_VERB.test(text.slice(0, at)) || ANY_BARRED.test(sentence.slice(Math.max(0, h.index - 6), h.index + at)))
    ) {
      out.push(h);
      continue;
    }
    out.push({ ...h, index: h.index + at, length: h.length - at });
    const end = h.index + h.length;
    const comma = sentence.slice(end).search(/[，,]/);
    if (comma < 0) continue;
    const rest = sentence.slice(end + comma + 1);
    verb.lastIndex = 0;
    for (let m = verb.exec(rest); m; m = verb.exec(rest)) {
      const before = rest.slice(0, m.index);
      if (/[。；;]/.test(before)) break;
      if (!REFUSED_VERB.test(before)) {
        out.push({ ...h, index: end + comma + 1 + m.index, length: m[0].length });
        break;
      }
    }
  }
  return out;
}
