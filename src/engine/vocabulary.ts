import type { DataCategory, Lang, Mitigation, Purpose, Recipient } from './types';
import type { Lexicon } from './lexicon/types';
import { mergeLexicons } from './lexicon/types';
import { zhHans } from './lexicon/zh-Hans';
import { zhHant } from './lexicon/zh-Hant';
import { en } from './lexicon/en';
import { foldTerm } from './normalize';
import { TermIndex } from './words';

/**
 * Lexicons compiled once per language into ONE index of every term, in the text's folded script, so tagging a
 * sentence is a single scan however many categories there are. English terms are whole words, found by a regex
 * with word boundaries; Chinese ones are substrings, found by a term table many times faster than that regex.
 */

export interface Tags {
  recipients: Recipient[];
  data: DataCategory[];
  purposes: Purpose[];
  mitigations: Mitigation[];
}

type Table = keyof Tags;
type Meaning = Array<[Table, string]>;

const TABLES: readonly Table[] = ['recipients', 'data', 'purposes', 'mitigations'];

/**
 * A class, not an object literal with a closure per language: every language's vocabulary then shares one hidden
 * class and one `each`. Each literal, made once per language, got a hidden class of its own (--log-maps: V8 copied
 * the root class those literals start from instead of extending it), and tag() deoptimised at the first
 * Traditional policy, on the object ("wrong map") and then on its closure ("wrong call target").
 */
class Vocabulary {
  constructor(
    /** Chinese: the term table */
    private readonly terms: TermIndex | null,
    /** English: every term as a whole word, longest first, and each term's index */
    private readonly pattern: RegExp | null,
    private readonly index: ReadonlyMap<string, number> | null,
    /**
     * per term, what it means, flattened: term `t`'s meanings are `[from[t], from[t + 1])` of `table` (an index
     * into TABLES) and `key` — numbers and a plain array where a list of [table, key] tuples cost an iterator, a
     * destructuring and a property lookup by name for every term a sentence holds
     */
    readonly from: Int32Array,
    readonly table: Uint8Array,
    readonly key: string[],
    /** the lexicon's masks (Lexicon.masks), blanked before the terms are read */
    readonly masks: ReadonlyArray<readonly [string, RegExp]>,
  ) {}

  /** Calls `found` with the index of every term of the text, overlapping ones too. */
  each(text: string, found: (term: number) => void): void {
    if (this.terms) {
      const { found: ids, count } = this.terms.scan(text);
      for (let k = 0; k < count; k++) found(ids[k]!);
      return;
    }
    const pattern = this.pattern!;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const term = this.index!.get(m[0]);
      if (term !== undefined) found(term);
      pattern.lastIndex = m.index + 1;
    }
  }
}

const blankOut = (m: string) => ' '.repeat(m.length);

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function build(lexicon: Lexicon, lang: Lang): Vocabulary {
  const byTerm = new Map<string, Meaning>();
  for (const table of ['recipients', 'data', 'purposes', 'mitigations'] as const) {
    for (const [key, terms] of Object.entries(lexicon[table]) as Array<[string, readonly string[]]>) {
      for (const term of terms) {
        const folded = foldTerm(term, lang);
        const meaning = byTerm.get(folded) ?? [];
        if (!meaning.some(([t, k]) => t === table && k === key)) meaning.push([table, key]);
        byTerm.set(folded, meaning);
      }
    }
  }
  const meanings = [...byTerm.values()];
  const from = new Int32Array(meanings.length + 1);
  meanings.forEach((meaning, t) => (from[t + 1] = from[t]! + meaning.length));
  const table = Uint8Array.from(meanings.flat(), ([t]) => TABLES.indexOf(t));
  const key = meanings.flat().map(([, k]) => k);
  const masks = (lexicon.masks ?? []).map(([word, re]) => [foldTerm(word, lang), re] as const);
  if (lang !== 'en') return new Vocabulary(new TermIndex(byTerm.keys()), null, null, from, table, key, masks);
  const index = new Map([...byTerm.keys()].map((term, i) => [term, i]));
  const body = [...byTerm.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  return new Vocabulary(null, new RegExp(`\\b(?:${body})\\b`, 'g'), index, from, table, key, masks);
}

const cache = new Map<Lang, Vocabulary>();

function vocabularyFor(lang: Lang): Vocabulary {
  let vocabulary = cache.get(lang);
  if (!vocabulary) {
    const lexicon = lang === 'en' ? en : lang === 'zh-Hant' ? mergeLexicons(zhHans, zhHant) : zhHans;
    vocabulary = build(lexicon, lang);
    cache.set(lang, vocabulary);
  }
  return vocabulary;
}

/**
 * Builds the language's vocabulary if it is not built yet. audit() asks before it tags anything: a language's first
 * text then builds it there, not inside tag(), whose optimised code had never seen the building branch taken and
 * was thrown away at the corpus's first Traditional policy (--trace-deopt), then compiled again.
 */
export function loadVocabulary(lang: Lang): void {
  vocabularyFor(lang);
}

/** Every category the sentence's words name, in lexicon order within each table. */
export function tag(text: string, lang: Lang): Tags {
  const vocabulary = vocabularyFor(lang);
  const { from, table, key, masks } = vocabulary;
  for (const [word, mask] of masks) if (text.includes(word)) text = text.replace(mask, blankOut);
  // a handful of keys per table: a list with includes() beats four Sets and their copies
  const found: Tags = { recipients: [], data: [], purposes: [], mitigations: [] };
  // in TABLES order
  const lists: string[][] = [found.recipients, found.data, found.purposes, found.mitigations];
  // overlapping terms count too: 「精准营销」 is advertisers, and its 「营销」 a marketing purpose
  vocabulary.each(text, (term) => {
    for (let m = from[term]!; m < from[term + 1]!; m++) {
      const list = lists[table[m]!]!;
      if (!list.includes(key[m]!)) list.push(key[m]!);
    }
  });
  return found;
}
