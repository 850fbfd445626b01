import * as OpenCC from 'opencc-js/t2cn';
import type { Lang } from './types';

/**
 * Folding for matching only. Every function here keeps the string's length, so an index into the folded text is
 * the same index into the original: spans and quotes stay in the user's script and width.
 */

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const charCache = new Map<string, string>();

function foldWidthAndCase(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000A-Z\u00A0]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x3000 || code === 0xa0) return ' ';
    if (code >= 0xff01) return String.fromCharCode(code - 0xfee0).toLowerCase();
    return ch.toLowerCase();
  });
}

/** Traditional → Simplified, phrase-aware where that keeps the length, else one character at a time. */
export function foldScript(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    let folded = charCache.get(ch);
    if (folded === undefined) {
      const converted = toSimplified(ch);
      folded = converted.length === ch.length ? converted : ch;
      charCache.set(ch, folded);
    }
    out += folded;
  }
  return out;
}

export function fold(text: string, lang: Lang): string {
  const narrow = foldWidthAndCase(text);
  return lang === 'zh-Hant' ? foldScript(narrow) : narrow;
}

/** Folds a lexicon term the way text of that language is folded, so both meet in one script. */
export function foldTerm(term: string, lang: Lang): string {
  return fold(term, lang);
}

// Characters common in policies whose forms differ between the scripts.
const HANT = /[們個與資於這將對關會說為時東車處門開們權隱傳義務證據號碼聯絡業廣銷蒐護廠夥揭露網產經營務條應裝]/g;
const HANS = /[们个与资于这将对关会说为时东车处门开们权隐传义务证据号码联络业广销护厂伙网产经营务条应装]/g;
const CJK = /[\u3400-\u9fff]/g;
const LATIN = /[A-Za-z]+/g;

export function detectLang(text: string): Lang {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const cjk = sample.match(CJK)?.length ?? 0;
  const words = sample.match(LATIN)?.length ?? 0;
  if (cjk < words) return 'en';
  const hant = sample.match(HANT)?.length ?? 0;
  const hans = sample.match(HANS)?.length ?? 0;
  return hant > hans ? 'zh-Hant' : 'zh-Hans';
}

/** FNV-1a, 32 bit, over the text with runs of white space folded: cosmetic reflows do not count as changes. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 13 || code === 9 || code === 0x3000 || code === 0xa0;
    if (space) {
      if (lastSpace) continue;
      lastSpace = true;
      hash = Math.imul(hash ^ 32, 0x01000193);
      continue;
    }
    lastSpace = false;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
