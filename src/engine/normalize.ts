import * as OpenCC from 'opencc-js/t2cn';
import type { Lang } from './types';

/**
 * Folding for matching only. Every function here keeps the string's length, so an index into the folded text is
 * the same index into the original: spans and quotes stay in the user's script and width.
 */

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

// (ignoreBOM: a text that starts with U+FEFF keeps it, and every offset after it stays where it was)
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

// Each loop over a whole text stands alone in a function that returns a plain local when the loop ends. V8
// optimizes such a loop while it runs (on-stack replacement) and, in Node 20, keeps re-entering that code on
// every later call; any comparison after the loop, never seen before that first optimization, throws it back
// to the interpreter each time (a "deopt loop", 100+ per bench run, seen with --trace-deopt).

// Full-width ASCII to half-width, A–Z to a–z, ideographic and no-break spaces to spaces: a table of every code
// unit, so folding reads one entry a character and never branches on what the character is.
const WIDTH_AND_CASE = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  let folded = c;
  if (c >= 0xff01 && c <= 0xff5e) folded -= 0xfee0;
  else if (c === 0x3000 || c === 0xa0) folded = 32;
  if (folded >= 65 && folded <= 90) folded += 32;
  WIDTH_AND_CASE[c] = folded;
}

// Per code unit, filled lazily: 0 = not looked up yet. Character-by-character folding keeps every length and
// offset, costs one table read a character (whole-text phrase conversion ran at ~6 MB/s), and is applied alike
// to the lexicon's terms, so both meet in the same script.
const SCRIPT_FOLD = new Uint16Array(0x10000);

function simplifiedUnit(code: number): number {
  let folded = SCRIPT_FOLD[code]!;
  if (folded === 0) {
    const converted = toSimplified(String.fromCharCode(code));
    folded = converted.length === 1 ? converted.charCodeAt(0) : code;
    SCRIPT_FOLD[code] = folded;
  }
  return folded;
}

/** Traditional → Simplified, one code unit at a time (CJK ideographs only), in place; non-zero if any changed. */
function foldScript(codes: Uint16Array): number {
  let changed = 0;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    if (c >= 0x3400 && c <= 0x9fff) {
      codes[i] = simplifiedUnit(c);
      changed |= codes[i]! ^ c;
    }
  }
  return changed;
}

// Taiwan and Hong Kong words for what the mainland says with other characters of the same length, folded to the
// mainland word once their characters are Simplified: 資訊 is 信息, 裝置 is 设备, 透過 is 通过 (a character map
// leaves 资讯 and 装置, which the rules, written for 信息 and 设备, do not read as data or a device). Only text read
// as Traditional is folded so: in Simplified text 资讯 is news and 装置 an apparatus.
const WORDS: readonly (readonly [string, string])[] = [
  ['资讯', '信息'],
  ['装置', '设备'],
  ['软体', '软件'],
  ['影片', '视频'],
  ['透过', '通过'],
  ['简讯', '短信'],
  ['伺服器', '服务器'],
  ['检视', '查看'],
  ['型别', '类型'],
  ['登入', '登录'],
  ['物件', '对象'],
  ['释出', '发布'],
  // characters a character map leaves as they are: 暱稱, 回覆 (回覆TD退訂), 瞭解, 藉由
  ['暱称', '昵称'],
  ['回覆', '回复'],
  ['答覆', '答复'],
  ['瞭解', '了解'],
  ['藉由', '通过'],
];
// per code unit, 1 where a word above starts
const WORD_START = new Uint8Array(0x10000);
for (const [from] of WORDS) WORD_START[from.charCodeAt(0)] = 1;

function foldWords(codes: Uint16Array): number {
  let changed = 0;
  for (let i = 0; i < codes.length; i++) {
    if (WORD_START[codes[i]!] !== 1) continue;
    for (const [from, to] of WORDS) {
      let j = 0;
      while (j < from.length && codes[i + j] === from.charCodeAt(j)) j++;
      if (j < from.length) continue;
      for (j = 0; j < to.length; j++) codes[i + j] = to.charCodeAt(j);
      changed = 1;
      break;
    }
  }
  return changed;
}

/** Typographic apostrophes to the plain one in English (「we don’t share」 reads as "we don't share"), where the text holds one. */
function foldApostrophes(text: string, codes: Uint16Array): number {
  if (!text.includes('’') && !text.includes('‘')) return 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] === 0x2019 || codes[i] === 0x2018) codes[i] = 0x27;
  return 1;
}

/**
 * Writes, over each match of `pattern` in `text`, the word `replace` gives for it, then spaces to the match's end, so
 * every offset holds (compaction keeps one space of an English run and drops one between two Chinese characters:
 * compact.ts). Non-zero if anything matched.
 */
function foldEach(pattern: RegExp, text: string, codes: Uint16Array, replace: (m: RegExpExecArray) => string): number {
  let changed = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const word = replace(m);
    for (let k = 0; k < m[0].length; k++) codes[m.index + k] = k < word.length ? word.charCodeAt(k) : 0x20;
    changed = 1;
  }
  return changed;
}

const possessive = (m: RegExpExecArray) => /['’]s$/.test(m[0]);

/**
 * A policy written in the third person is read as one written to "you": 「if the user does not wish to have the
 * user's information shared」 is the same refusal as 「if you do not wish to have your information shared」, and the
 * rules' words for the reader (「provide you with」, 「with you」, 「you may share」 as the user's own act) are written
 * with "you". With "the user" for every "you", 11 of 15 OPP-115 tune segments that changed answer changed for the
 * worse. "the user's" → "your", "the user" → "you" (not "the users", not "the user-agent").
 */
const THE_USER = /\bthe user(?:['’]s)?(?![\w-])/gi;

/**
 * A policy that calls its operator "the Company" (a defined term, capitalised) or "our company" says what one
 * written with "we" says: 「providing the Company with your information」 is the user giving it to the operator, 「on the Company's behalf」 a
 * processor's work. With "the Company" for every we, us and our, 25 OPP-115 tune segments changed answer, 22 for
 * the worse ("our company" for "we": 11, 10). Folded to "our", or to "us" after a preposition or a verb that takes it as
 * object, else "we".
 */
// (not an attribute: 「claiming our company affiliation」「the Company website」)
const THE_COMPANY =
  /\b(?:[Tt]he Company|[Oo]ur [Cc]ompany)(?:['’]s(?![\w-])|(?![\w-])(?!\s+(?:affiliations?|websites?|sites?|names?|logos?|brands?|polic(?:y|ies)|accounts?|e-?mails?|address(?:es)?|group|family|premises|records|networks?|systems?|servers?|employees|personnel|staff|products?|pages?)\b))/g;
const OBJECT_BEFORE =
  /\b(?:with|to|from|by|for|of|at|about|contact(?:s|ed|ing)?|provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|send(?:s|ing)?|sent|tell(?:s|ing)?|told|inform(?:s|ed|ing)?|allow(?:s|ed|ing)?|help(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|permit(?:s|ted|ting)?|authori[sz](?:e|es|ed|ing)|ask(?:s|ed|ing)?|notify(?:ing)?|notifie[sd]|submit(?:s|ted|ting)?)\s+$/;
const companyWord = (text: string) => (m: RegExpExecArray) =>
  possessive(m)
    ? 'our'
    : OBJECT_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index).toLowerCase())
      ? 'us'
      : 'we';

/**
 * The operator named as "this company" is the operator: 「本公司会将您的信息提供给合作伙伴」 says what 「我们会…」 says. The
 * rules read 我们 as the operator, and the 公司 of 本公司 or the 平台 of 本平台 as a party: with 我们 written 本公司 in
 * the tune half's sentences, 17 of CAPP-130's 832 were answered otherwise (15 for the worse), 本平台 23, 本网站 20.
 * Simplified text only: Taiwan's policies say 本公司 throughout and its rules were written with it (folded there too,
 * four written zh-Hant check sets fell).
 */
const OPERATOR = /本公司|我司|本平台|本网站|本站/g;

/**
 * A policy written of 用户 is read as one written to 您: 「未经用户同意，我们不会…」 is the refusal 「未经您同意…」 is, and
 * the rules' words for the reader (consent routes, 「向您…」, the user's own act) are written with 您. With 用户 for
 * every 您 the written tune halves' sentences were answered otherwise 14 of 170 times (zh-8), 8 of 141 (zh-7). Only
 * where 用户 is the reader: whose data it is (用户的, 用户本人), who consents or acts (用户同意, 用户可以), or to whom
 * (经用户, 向用户) — not other users or users as a kind (其他用户, 注册用户, 关注您的用户可见), nor a word 用户 begins
 * (用户名, 用户协议, 用户画像). Folded to 您 and a space (compaction drops it).
 */
// (opens with the word itself: a pattern that opens with a lookbehind is tried at every position of the text)
const THE_USER_ZH =
  /用户(?:(?<!(?:其他|其它|所有|全体|每位|每个|每一|任何|别的|其余|新|老|注册|普通|付费|会员|个人|企业|机构|平台|第三方|该|此|这些|这类|上述|对方|相关|目标|终端|最终|单个|同一|多个|非|本|各|广大|部分|少数|多数|真实|特定|他|她|某|app|qq|微信|的)用户)(?=的|之|本人|同意|授权|许可|允许|确认|选择|主动|自行|自愿|明确|单独|事先|书面|可以|可|需|须|应|点击|勾选|开启|打开|关闭|申请|要求|请求|使用|注册|登录|提供|设置|指定|在|于|不|未|拒绝)|(?<=(?:经过?|经由|征得|征求|取得|获得|得到|没有|未有|如|若|如果|只要|只有|向|给|予|请)用户)(?!名|协议|服务协议|体验|画像|群|量|数|规模|之间|间|们|id|编号|标识|中心|须知|手册|指南|等级|类型|社区|账号|帐号|账户|帐户|隐私|权益|增长|留存|活跃))/g;

/**
 * Taiwan's formal "you", 台端 (a bank's or an insurer's notice: 「非經台端同意」「台端之個人資料」), is the 您 the rules
 * read for the user. Not the 台端 of 平台端 or 后台端 (a platform's side).
 */
const FORMAL_YOU = /(?<![平后後前柜櫃舞站吧讲講阳陽灶电電])台端/g;

/**
 * What is folded after the text hash is taken, so a stored policy's hash stays what it was when these lists grow:
 * Taiwan's words and its formal 台端 in Traditional text, typographic apostrophes, "the user" and "the Company" in
 * English, the operator's "this company" in Simplified. Non-zero if any code unit changed.
 */
function foldAfterHash(text: string, lang: Lang, codes: Uint16Array): number {
  if (lang === 'zh-Hant') {
    const changed = foldWords(codes) | (text.includes('台端') ? foldEach(FORMAL_YOU, text, codes, () => '您') : 0);
    // 用戶 asked of the text as folded to Simplified, where the pattern's words are
    return /用[戶户]/.test(text) ? changed | foldEach(THE_USER_ZH, utf16.decode(codes), codes, () => '您') : changed;
  }
  if (lang !== 'en')
    return (
      foldEach(OPERATOR, text, codes, () => '我们') |
      (text.includes('用户') ? foldEach(THE_USER_ZH, text, codes, () => '您') : 0)
    );
  return (
    foldApostrophes(text, codes) |
    foldEach(THE_USER, text, codes, (m) => (possessive(m) ? 'your' : 'you')) |
    (/company/i.test(text) ? foldEach(THE_COMPANY, text, codes, companyWord(text)) : 0)
  );
}

/** Width and case of `text` folded into `codes` from `from` on; non-zero if any code unit changed. */
function foldWidthAndCase(text: string, codes: Uint16Array, from = 0): number {
  let changed = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = WIDTH_AND_CASE[c]!;
    changed |= codes[i]! ^ c;
  }
  return changed;
}

function foldInto(text: string, lang: Lang, codes: Uint16Array): number {
  const changed = foldWidthAndCase(text, codes);
  return lang === 'zh-Hant' ? changed | foldScript(codes) : changed;
}

/** The text folded for matching: one pass over its code units, and a second for Traditional script. */
export function fold(text: string, lang: Lang): string {
  const codes = new Uint16Array(text.length);
  const changed = foldInto(text, lang, codes) | foldAfterHash(text, lang, codes);
  return changed !== 0 ? utf16.decode(codes) : text;
}

/** fold() and the textHash() of its result, the hash read from the folded code units rather than the string. */
export function foldAndHash(text: string, lang: Lang): { folded: string; hash: string } {
  const codes = scratchOf(text.length);
  let changed = foldInto(text, lang, codes);
  const hash = hashOf(codes);
  changed |= foldAfterHash(text, lang, codes);
  return { folded: changed !== 0 ? utf16.decode(codes) : text, hash };
}

/** Folds a lexicon term the way text of that language is folded, so both meet in one script. */
export function foldTerm(term: string, lang: Lang): string {
  return fold(term, lang);
}

// Characters common in policies whose forms differ between the scripts.
// (a sentence alone holds few of them: 「客服紀錄可能提供給本公司委託的客服中心」 was read as Simplified with the first
// sixty, its Traditional words then unfolded; the next eighty are the commonest in Taiwan and Hong Kong policies)
const HANT =
  '們個與資於這將對關會說為時東車處門開權隱傳義務證據號碼聯絡業廣銷蒐護廠夥揭露網產經營條應裝' +
  '訊設戶動體來機請選連過電識當覽語瀏驗該儲協擇類進尋閱讓發錄統線項員郵適組斷啟戲間檔視況記診則問結從輸許頁話區刪檢單詳確規術聲軟細節標隨題給織運實執';
const HANS =
  '们个与资于这将对关会说为时东车处门开权隐传义务证据号码联络业广销护厂伙网产经营条应装' +
  '讯设户动体来机请选连过电识当览语浏验该储协择类进寻阅让发录统线项员邮适组断启戏间档视况记诊则问结从输许页话区删检单详确规术声软细节标随题给织运实执';
const SCRIPT = new Int8Array(0x10000);
for (const ch of HANT) SCRIPT[ch.charCodeAt(0)] = 1;
for (const ch of HANS) SCRIPT[ch.charCodeAt(0)] = -1;

// Per code unit: 1 for a Latin letter, 2 for a CJK ideograph, so counting reads a table instead of branching.
const KIND = new Uint8Array(0x10000);
for (let c = 65; c <= 122; c++) if (c <= 90 || c >= 97) KIND[c] = 1;
KIND.fill(2, 0x3400, 0xa000);

interface Counts {
  cjk: number;
  words: number;
  /** Traditional minus Simplified characters */
  script: number;
}

const DETECT_CHARS = 20000;

function langOf({ cjk, words, script }: Counts): Lang {
  if (cjk < words) return 'en';
  return script > 0 ? 'zh-Hant' : 'zh-Hans';
}

// What a folding loop leaves for the next, written once a call after its loop. Plain module variables, not a
// typed array: V8 can replace a loop's code while the loop runs (on-stack replacement) before the first call has
// reached a keyed store after it, and that store, without feedback, then threw the code away at the end of
// every later call (--trace-deopt: foldAndHashFrom deoptimised 60+ times in one bench run). A variable's store
// needs no feedback.
// cjk, words, script of the counted characters
let countedCjk = 0;
let countedWords = 0;
let countedScript = 0;
// the FNV-1a state of the units folded so far, and whether the last unit was white space
let carriedHash = 0;
let carriedWhite = 0;
// per code unit, 1 for the white space fnv1a() folds runs of
const WHITE = new Uint8Array(0x10000);
for (const c of [32, 10, 13, 9, 0x3000, 0xa0]) WHITE[c] = 1;

/**
 * Characters that show nothing inside a word: a soft hyphen (U+00AD, a page's hyphenation), the zero-width space,
 * non-joiner and joiner (U+200B–U+200D), the word joiner (U+2060) and a BOM inside the text (U+FEFF). They keep a
 * Latin word whole when the language is counted, and compact.ts drops them before anything reads the text.
 */
export const INVISIBLE_UNITS: readonly number[] = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

// Everything the folding loops read of a code unit, in one entry: its folded unit (bits 0–15), whether that is
// white space (16), Latin (17), CJK (18), its script + 1 (19–20), and whether it is invisible (21: a soft hyphen or
// a zero-width character, which leaves a word whole — compact.ts drops them). One table read a character instead
// of four tables of 64–128 KB each, which together missed the L1 cache on the ideographs a policy spreads over.
const UNIT = new Int32Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const folded = WIDTH_AND_CASE[c]!;
  const invisible = INVISIBLE_UNITS.includes(c) ? 1 : 0;
  UNIT[c] =
    folded |
    (WHITE[folded]! << 16) |
    ((KIND[c]! & 1) << 17) |
    ((KIND[c]! >> 1) << 18) |
    ((SCRIPT[c]! + 1) << 19) |
    (invisible << 21);
}

/**
 * Folds width and case of `text`'s first `n` code units into `codes` and counts them (countedCjk…); non-zero if
 * any changed. A loop of its own: inlined into detectAndFold, its on-stack-replaced code met the calls after it
 * without feedback and was thrown away on every audit (--trace-deopt: one "insufficient type feedback" a call).
 */
function countAndFold(text: string, codes: Uint16Array, n: number): number {
  let cjk = 0;
  let words = 0;
  let script = 0;
  let inWord = 0;
  let changed = 0;
  let hash = FNV_OFFSET;
  let white = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const unit = UNIT[c]!;
    const latin = (unit >> 17) & 1;
    // a word starts where a Latin letter follows anything else (an invisible character keeps the word it is in)
    words += latin & (inWord ^ 1);
    inWord = latin | (inWord & (unit >> 21));
    cjk += (unit >> 18) & 1;
    script += ((unit >> 19) & 3) - 1;
    const folded = unit & 0xffff;
    codes[i] = folded;
    changed |= folded ^ c;
    // fnv1a() of the folded units, in the same pass (a run of white space counts once, as one space)
    const w = (unit >> 16) & 1;
    if ((w & white) === 0) hash = Math.imul(hash ^ (w === 1 ? 32 : folded), FNV_PRIME);
    white = w;
  }
  countedCjk = cjk;
  countedWords = words;
  countedScript = script;
  carriedHash = hash;
  carriedWhite = white;
  return changed;
}

/** foldWidthAndCase() from `from` on, going on with the hash countAndFold() left. */
function foldAndHashFrom(text: string, codes: Uint16Array, from: number): number {
  let changed = 0;
  let hash = carriedHash;
  let white = carriedWhite;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const unit = UNIT[c]!;
    const folded = unit & 0xffff;
    codes[i] = folded;
    changed |= folded ^ c;
    const w = (unit >> 16) & 1;
    if ((w & white) === 0) hash = Math.imul(hash ^ (w === 1 ? 32 : folded), FNV_PRIME);
    white = w;
  }
  carriedHash = hash;
  return changed;
}

/**
 * The language of a text (from its first 20,000 characters) and foldAndHash() of it: those characters are
 * counted in the same loop that folds them, instead of in a pass of their own.
 */
export function detectAndFold(text: string): { lang: Lang; folded: string; hash: string } {
  const codes = scratchOf(text.length);
  const n = Math.min(text.length, DETECT_CHARS);
  let changed = countAndFold(text, codes, n);
  changed |= foldAndHashFrom(text, codes, n);
  const lang = langOf({ cjk: countedCjk, words: countedWords, script: countedScript });
  // the hash read while folding holds unless Traditional script changed units after it
  const script = lang === 'zh-Hant' ? foldScript(codes) : 0;
  changed |= script;
  const hash = script !== 0 ? hashOf(codes) : hex(carriedHash);
  changed |= foldAfterHash(text, lang, codes);
  return { lang, folded: changed !== 0 ? utf16.decode(codes) : text, hash };
}

// The code units a text is folded into, reused from one text to the next (up to a megabyte): a fresh typed array
// a text was memory outside the V8 heap, asked of the allocator and zeroed for every audit, and read once by the
// decoder. In the bench's timed pass, after its one warm-up pass, that made detectAndFold take 15–19 ms a corpus
// pass against 9 ms warmed up; reused, 9–13 ms (4 alternated runs each, detectAndFold alone).
const SCRATCH_MAX = 1 << 20;
let scratch = new Uint16Array(1 << 14);
function scratchOf(length: number): Uint16Array {
  if (length > SCRATCH_MAX) return new Uint16Array(length);
  if (scratch.length < length) scratch = new Uint16Array(Math.min(SCRATCH_MAX, Math.max(length, scratch.length * 2)));
  return scratch.subarray(0, length);
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function fnv1a(codes: Uint16Array): number {
  let hash = 0x811c9dc5;
  let lastSpace = false;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
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
  return hash;
}

const hex = (hash: number) => (hash >>> 0).toString(16).padStart(8, '0');

function hashOf(codes: Uint16Array): string {
  return hex(fnv1a(codes));
}

/** FNV-1a, 32 bit, over the text with runs of white space folded: cosmetic reflows do not count as changes. */
export function textHash(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return hashOf(codes);
}
