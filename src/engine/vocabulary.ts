import type { DataCategory, Lang, Mitigation, Purpose, Recipient } from './types';
import type { Lexicon } from './lexicon/types';
import { mergeLexicons } from './lexicon/types';
import { zhHans } from './lexicon/zh-Hans';
import { zhHant } from './lexicon/zh-Hant';
import { en } from './lexicon/en';
import { foldTerm } from './normalize';

/** Lexicons compiled once per language into one alternation per category, in the text's folded script. */
export interface Vocabulary {
  recipients: Array<[Recipient, RegExp]>;
  data: Array<[DataCategory, RegExp]>;
  purposes: Array<[Purpose, RegExp]>;
  mitigations: Array<[Mitigation, RegExp]>;
}

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile<K extends string>(table: Partial<Record<K, readonly string[]>>, lang: Lang): Array<[K, RegExp]> {
  const out: Array<[K, RegExp]> = [];
  for (const [key, terms] of Object.entries(table) as Array<[K, readonly string[]]>) {
    const folded = [...new Set(terms.map((t) => foldTerm(t, lang)))].sort((a, b) => b.length - a.length);
    const body = folded.map(escape).join('|');
    out.push([key, new RegExp(lang === 'en' ? `\\b(?:${body})\\b` : body)]);
  }
  return out;
}

function build(lexicon: Lexicon, lang: Lang): Vocabulary {
  return {
    recipients: compile(lexicon.recipients, lang),
    data: compile(lexicon.data, lang),
    purposes: compile(lexicon.purposes, lang),
    mitigations: compile(lexicon.mitigations, lang),
  };
}

const cache = new Map<Lang, Vocabulary>();

export function vocabularyFor(lang: Lang): Vocabulary {
  let vocabulary = cache.get(lang);
  if (!vocabulary) {
    const lexicon = lang === 'en' ? en : lang === 'zh-Hant' ? mergeLexicons(zhHans, zhHant) : zhHans;
    vocabulary = build(lexicon, lang);
    cache.set(lang, vocabulary);
  }
  return vocabulary;
}

export function tagsIn<K extends string>(table: Array<[K, RegExp]>, text: string): K[] {
  const out: K[] = [];
  for (const [key, pattern] of table) if (pattern.test(text)) out.push(key);
  return out;
}
