/**
 * Splits a policy into sentences with offsets, and marks what a reader sees at a glance: headings (with their
 * numbering style, for section nesting) and list items (「1、」「（2）」「①」, bullets).
 */

/**
 * A class rather than object literals: every sentence is made by one constructor, so all share one hidden class
 * from one place. Made by the loop's literal, the corpus pass's 33,000 sentences cost the audit ~5 % more in
 * steady state (both engines in one process, interleaved per policy, both orders: 0.940 and 0.952), though
 * %HaveSameMap found one hidden class with fast properties either way; each reader of a sentence pays.
 */
export class Sentence {
  // (declared, not defined: a defined field is first made undefined, then assigned, a second store and a
  // hidden class per step; tsconfig targets ES2022, where class fields have define semantics)
  declare start: number;
  declare end: number;
  /** index of the line it stands on */
  declare line: number;
  /** first sentence of its line: the only one that can carry a marker or be a heading */
  declare first: boolean;
  declare heading: boolean;
  /** numbering style of the line's marker, e.g. 'cn', 'cnp', 'n1', 'n2', 'np', 'circ', 'bullet' */
  declare marker: string | null;
  /** ends with a colon: introduces a list */
  declare lead: boolean;

  constructor(
    start: number,
    end: number,
    line: number,
    first: boolean,
    heading: boolean,
    marker: string | null,
    lead: boolean,
  ) {
    this.start = start;
    this.end = end;
    this.line = line;
    this.first = first;
    this.heading = heading;
    this.marker = marker;
    this.lead = lead;
  }
}

// Each marker with the characters it can begin with: a line tries only the markers its first character allows.
const MARKERS: ReadonlyArray<[pattern: RegExp, style: string, first: RegExp]> = [
  [/^第[一二三四五六七八九十百零\d]+[章节条部分]/, 'chap', /第/],
  [/^[一二三四五六七八九十]+(?:[、.,]|\s(?=\S))/, 'cn', /[一二三四五六七八九十]/],
  [/^[(（][一二三四五六七八九十]+[)）]/, 'cnp', /[(（]/],
  // Taiwan's formal numerals over a policy's chapters: 「壹、蒐集之目的」「柒、資料之分享與揭露」
  [/^[壹贰叁参肆伍陆柒捌玖拾]+(?:[、.,]|\s(?=\S))/, 'cnf', /[壹贰叁参肆伍陆柒捌玖拾]/],
  // 「【一】共享和转让」「【3】…」: a heading's number in lenticular brackets
  [/^【(?:[一二三四五六七八九十]+|\d{1,2})】/, 'cnb', /【/],
  [/^\d{1,2}(?:\.\d{1,2}){2,}/, 'n3', /\d/],
  [/^\d{1,2}\.\d{1,2}(?![\d])/, 'n2', /\d/],
  [/^\d{1,2}(?:[.、](?!\d)|\s|,)/, 'n1', /\d/],
  [/^[(（]\d{1,2}[)）]|^\d{1,2}[)）]/, 'np', /[(（\d]/],
  [/^[\u2460-\u2473]/, 'circ', /[\u2460-\u2473]/],
  [/^[(（]?[a-z][.、)）]/, 'alpha', /[(（a-z]/],
  [/^[\u2160-\u217f]+[.、,]?/, 'roman', /[\u2160-\u217f]/],
  [/^[-*•·▪●◆■◇□>+]/, 'bullet', /[-*•·▪●◆■◇□>+]/],
];

// Every marker starts with one of these: a cheap gate before the patterns.
const MARKER_START = /^[第一二三四五六七八九十壹贰叁参肆伍陆柒捌玖拾(（【\d\u2460-\u2473a-z\u2160-\u217f\-*•·▪●◆■◇□>+]/;

// per first code unit, 1 + the index in `markerLists` of the markers that can begin with it, in MARKERS order (an
// empty list where the gate says no); 0 until a line starting with it comes, so a line reads a table instead of
// running the gate's regex or hashing its first code unit
const markerIndex = new Uint16Array(0x10000);
const markerLists: Array<ReadonlyArray<readonly [RegExp, string, RegExp]>> = [];

function markersFor(line: string): ReadonlyArray<readonly [RegExp, string, RegExp]> {
  const code = line.charCodeAt(0);
  let index = markerIndex[code]!;
  if (index === 0) {
    const ch = line.charAt(0);
    markerLists.push(MARKER_START.test(ch) ? MARKERS.filter(([, , first]) => first.test(ch)) : []);
    index = markerLists.length;
    markerIndex[code] = index;
  }
  return markerLists[index - 1]!;
}

export function markerOf(line: string): string | null {
  for (const [pattern, style] of markersFor(line)) if (pattern.test(line)) return style;
  return null;
}

// What a Chinese line's one scan notes, per code unit: 1 a sentence end, 2 a sentence end that a table row's
// fields use as their separator (「；」), 3 a colon, 4 the line break. The line's end, its colon (for the row test)
// and its sentence ends come from one loop over its characters instead of an indexOf, an includes and a loop.
const LINE_SCAN = new Uint8Array(0x10000);
for (const ch of '。！？!?') LINE_SCAN[ch.charCodeAt(0)] = 1;
for (const ch of '；;') LINE_SCAN[ch.charCodeAt(0)] = 2;
LINE_SCAN[58] = 3;
LINE_SCAN[10] = 4;
// the sentence ends the last scanLine() found, each as its offset × 2 + 1 when it is a row's field separator
let endsFound = new Int32Array(256);
let endCount = 0;
let colonFound = 0;

/** Scans a Chinese line from `from` to its line break (or the text's end), which it returns; notes its ends. */
function scanLine(folded: string, from: number): number {
  let count = 0;
  let colon = 0;
  let ends = endsFound;
  let i = from;
  for (; i < folded.length; i++) {
    const kind = LINE_SCAN[folded.charCodeAt(i)]!;
    if (kind === 0) continue;
    if (kind === 4) break;
    if (kind === 3) {
      colon = 1;
      continue;
    }
    if (count === ends.length) {
      const grown = new Int32Array(count * 2);
      grown.set(ends);
      ends = grown;
    }
    ends[count++] = i * 2 + kind - 1;
  }
  endsFound = ends;
  endCount = count;
  colonFound = colon;
  return i;
}
const EN_END = /[.!?;](?=\s+["'([]?[A-Z0-9]|\s*$)/g;
// (a vendor or cookie table's row flattened to "Vendor: X; Purpose: …; Data: …" is one entry: its ";" separate fields)
const EN_ROW_END = /[.!?](?=\s+["'([]?[A-Z0-9]|\s*$)/g;
const EN_ROW = /^[A-Z][\w -]{1,24}: [^;]{1,120}; [A-Z][\w -]{1,24}: /;
export const MAX_SENTENCE = 600;
const isSpace = (c: number) =>
  c === 32 || c === 9 || c === 13 || c === 10 || c === 0x3000 || c === 0xa0 || c === 0xfeff;

// A line ending in one of these is a clause, a list's lead or a sentence going on past a line break, never a heading.
const CLAUSE_END = new Uint8Array(0x10000);
for (const ch of '。；;：:，,、') CLAUSE_END[ch.charCodeAt(0)] = 1;

// Character tests before regexes: a regex call costs more than its scan on a line this short, and every line asks.
function isHeading(line: string, marker: string | null, english: boolean): boolean {
  if (line.charCodeAt(0) === 35 && /^#{1,6}\s/.test(line)) return true;
  const limit = english ? 90 : 50;
  if (line.length === 0 || line.length > limit) return false;
  if (CLAUSE_END[line.charCodeAt(line.length - 1)] === 1) return false;
  if (english)
    return marker !== null || (!/[.,]$/.test(line) && /^[A-Z0-9]/.test(line) && line.split(' ').length <= 10);
  if (/[。；;]/.test(line)) return false;
  return marker !== null || line.length <= 30;
}

// A row's field labels, each followed by white space (\s) and a colon: (?:名称|目的|…|功能)\s*[:：], as the two code
// units of the label.
const ROW_LABELS = new Set(
  ['名称', '目的', '用途', '类型', '主体', '方式', '场景', '字段', '范围', '链接', '信息', '数据', '功能'].map(
    (label) => (label.charCodeAt(0) << 16) | label.charCodeAt(1),
  ),
);

/**
 * Whether two of the line's colons follow a label: what a global regex of the labels found when asked twice (no
 * label holds a colon, so two matches are two colons), read back from each colon instead of trying every position
 * of the line.
 */
function twoLabels(line: string): boolean {
  let labels = 0;
  for (let at = 0; at < line.length; at++) {
    const c = line.charCodeAt(at);
    if (c !== 58 && c !== 0xff1a) continue;
    let i = at;
    do i--;
    while (i >= 0 && JS_SPACE[line.charCodeAt(i)] === 1);
    if (i >= 1 && ROW_LABELS.has((line.charCodeAt(i - 1) << 16) | line.charCodeAt(i)) && ++labels === 2) return true;
  }
  return false;
}

// per code unit, 1 for what the regex class \s holds
const JS_SPACE = new Uint8Array(0x10000);
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) JS_SPACE[c] = 1;
JS_SPACE.fill(1, 0x2000, 0x200b);

/** `/[：:]\s*$/.test(folded.slice(from, end))`, read backwards from the end without a slice. */
function endsWithColon(folded: string, from: number, end: number): boolean {
  // (the decrement runs on every call: one that ran only on a line ending in white space had no feedback in
  // optimised code, which a rare such line then threw away)
  let i = end;
  do i--;
  while (i >= from && JS_SPACE[folded.charCodeAt(i)] === 1);
  if (i < from) return false;
  const c = folded.charCodeAt(i);
  return c === 58 || c === 0xff1a;
}

/** Cuts a sentence that runs past MAX_SENTENCE at a comma or space, so one clause never grows without bound. */
function pushCapped(out: Sentence[], folded: string, s: Sentence): void {
  if (s.end - s.start <= MAX_SENTENCE) {
    out.push(s);
    return;
  }
  let start = s.start;
  while (s.end - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    for (let i = start + MAX_SENTENCE; i > start + MAX_SENTENCE / 2; i--) {
      const ch = folded[i];
      if (ch === '，' || ch === ',' || ch === ' ' || ch === '、') {
        cut = i + 1;
        break;
      }
    }
    out.push(piece(s, start, cut, s.first && start === s.start, false, false));
    start = cut;
  }
  out.push(piece(s, start, s.end, s.first && start === s.start, s.heading, s.lead));
}

/** A piece of `s` (a spread of it made a hidden class of its own). */
const piece = (s: Sentence, start: number, end: number, first: boolean, heading: boolean, lead: boolean): Sentence =>
  new Sentence(start, end, s.line, first, heading, s.marker, lead);

// a modal or negation makes a short numbered line a claim (「1. 我们不会出售您的信息」), not a title
// 「与网域管理员分享」 names who receives: a title that asserts
// (「个人资料之提供与揭露」: 与 joining two names of a topic claims nothing)
const CLAIM =
  /会|将|可能(?!的)|不|需|应|得|可以|我们(?!可能的)|本公司|与(?!(?:揭露|披露|转让|公开|共享|提供|分享|转移))|向|给|予|[:：,，]/;
// a title that ends in a noun of its topic claims nothing, whoever it names (「我们共享、转让或公开披露个人信息的方式及原因」
// 「2.1 实现微博的服务及功能的信息共享」)
const TOPIC_END =
  /[的之](?:个人)?(?:信息|资料)?(?:共享|分享|转让|披露|提供)$|的(?:方式|原因|目的|情形|范围)(?:(?:及|和|与)(?:方式|原因|目的|情形|范围))?$/;
// a Markdown heading (「###### 3.1.4 Sharing with our group」) is a title by its mark: it claims only with a subject,
// a modal or a negation of its own
const MARKDOWN_CLAIM_ZH = /会|将|可能|不|需|应(?![商用])|得|可以|我们|本公司|[:：,，]/;
const MARKDOWN_CLAIM_EN = /\b(?:we|may|might|will|can|do|does|did|not|never|is|are|was|were)\b|[:,]/;

function bareTitle(s: Sentence, folded: string, english: boolean): boolean {
  if (!s.heading) return false;
  if (folded.charCodeAt(s.start) === 35 && /^#{1,6}\s/.test(folded.slice(s.start, s.start + 7))) {
    const title = folded
      .slice(s.start, s.end)
      .replace(/^#+\s*/, '')
      .replace(/\*/g, '');
    return title.length <= (english ? 80 : 32) && !(english ? MARKDOWN_CLAIM_EN : MARKDOWN_CLAIM_ZH).test(title);
  }
  if (english || s.marker === null) return false;
  // (the width a reader sees: runs of spaces after a number do not make a title longer)
  // (「三，对外提供信息」: a comma that closes the marker is no clause's)
  const title = folded.slice(s.start, s.end).replace(/\s+/g, '').replace(MARKER_COMMA, '');
  return (title.length <= 24 && !CLAIM.test(title)) || (title.length <= 32 && TOPIC_END.test(title));
}

const MARKER_COMMA = /^(?:[一二三四五六七八九十壹贰叁参肆伍陆柒捌玖拾]+|\d{1,2}|[\u2160-\u217f]+)[,，]/;

// a table of contents names topics: 「三、我们如何共享、转让、公开披露您的个人信息」
const TOC_ENTRY = /如何|怎样/;

/** A title's words past its marker: 「三、对外提供信息」 and 「3 、对外提供信息」 → 「对外提供信息」. */
const titleWords = (s: Sentence, folded: string) => {
  // (Markdown's emphasis and heading marks are no words: 「**六、对第三方的责任声明**」)
  const title = folded.slice(s.start, s.end).replace(/^[#*_\s]+|[*_\s]+$/g, '');
  return s.marker === null ? title : title.replace(/^\S{0,6}?\s*[、.．)）]\s*|^\S+\s+/, '').trim();
};

/** The words of every heading, counted: an entry of a table of contents stands again as a heading of its own. */
function headingWords(out: readonly Sentence[], folded: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of out) {
    if (!s.heading) continue;
    const words = titleWords(s, folded);
    counts.set(words, (counts.get(words) ?? 0) + 1);
  }
  return counts;
}

/**
 * The items of a list a lead-in opens are clauses, with or without a final stop: 「在以下情形中，我们可能会共享您的个人信息：」
 * then 「（1）与关联公司共享您的手机号码」「（2）与授权合作伙伴共享您的设备信息」 are read by the rules as they are ending in 「。」
 * (without it, each was a title and read as nothing). Two lines or more right after the lead-in, each starting with
 * the same marker, or each unnumbered and short (a web page's <li> items: the page draws their numbers), are items;
 * headed sub-sections (a title, then its body) are not in a row, and a table of contents keeps its titles. An item
 * stays a heading for the outline: made plain sentences, bulleted lists that are no titles (「• 個人資訊的數量、性質及
 * 敏感性」) let a sharing chapter run on past them over text about something else. The items' indices, not a field
 * of every sentence (a ninth field cost the corpus pass ~4 %).
 */
export function listItems(out: readonly Sentence[], folded: string): Set<number> {
  const items = new Set<number>();
  let headings: Map<string, number> | undefined;
  for (let i = 0; i + 1 < out.length; i++) {
    if (!out[i]!.lead || out[i + 1]!.line === out[i]!.line) continue;
    const style = out[i + 1]!.marker;
    const run: number[] = [];
    let j = i + 1;
    // (unnumbered, as a web page's <li> items are: the short lines that look like titles, one after another)
    while (j < out.length && out[j]!.first && out[j]!.marker === style && (style !== null || out[j]!.heading)) {
      run.push(j);
      const line = out[j]!.line;
      while (j < out.length && out[j]!.line === line) j++;
    }
    // (most items end in a stop and are no titles: only a run with a title in it is searched for its words)
    if (run.length < 2 || !run.some((k) => out[k]!.heading)) continue;
    headings ??= headingWords(out, folded);
    const titles = headings;
    // (an entry's words past its marker standing as a heading elsewhere: the entry and its chapter)
    if (run.some((k) => (titles.get(titleWords(out[k]!, folded)) ?? 0) > (out[k]!.heading ? 1 : 0))) continue;
    for (const k of run) if (out[k]!.heading && !TOC_ENTRY.test(folded.slice(out[k]!.start, out[k]!.end))) items.add(k);
  }
  return items;
}

/** `original` is the unfolded text: English sentence ends need its capitals ("… data. We share …"). */
// Plain-text English policies are often hard-wrapped at ~80 columns: a break inside a sentence is a space.
const SOFT_BREAK = /(?<=[^\s.!?:;])[ \t]*\n(?=[ \t]*[a-z(])/g;

/**
 * The original's soft breaks, each as its start and end: found once, they blank a text and its fold alike. They are
 * found in the original: the folded text is lower-cased, so there every line after a heading ("Transferring your
 * information\nPinterest is …") looked like a wrapped sentence going on (issue #17.10). Folding keeps offsets.
 */
export function softBreaks(original: string): number[] {
  const breaks: number[] = [];
  for (const m of original.matchAll(SOFT_BREAK)) breaks.push(m.index, m.index + m[0].length);
  return breaks;
}

/** `text` (the original or its fold: the same offsets) with each soft break made spaces of its length. */
export function blankBreaks(text: string, breaks: readonly number[]): string {
  if (breaks.length === 0) return text;
  let out = '';
  let at = 0;
  for (let k = 0; k < breaks.length; k += 2) {
    out += text.slice(at, breaks[k]) + ' '.repeat(breaks[k + 1]! - breaks[k]!);
    at = breaks[k + 1]!;
  }
  return out + text.slice(at);
}

/** English text comes unwrapped (blankBreaks(), as audit() reads it): a soft break is already a space. */
export function segment(folded: string, english: boolean, original: string = folded): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  let line = 0;
  while (lineStart <= folded.length) {
    let lineEnd = english ? folded.indexOf('\n', lineStart) : scanLine(folded, lineStart);
    if (lineEnd < 0) lineEnd = folded.length;
    // (each step below runs at least once a call, so optimised code has feedback for it; a step that ran only
    // on the rare line with white space at its edges deoptimised segment at the first such line)
    let s = lineStart - 1;
    do s++;
    while (s < lineEnd && isSpace(folded.charCodeAt(s)));
    let e = lineEnd + 1;
    do e--;
    while (e > s && isSpace(folded.charCodeAt(e - 1)));
    if (e > s) {
      const text = folded.slice(s, e);
      const marker = markerOf(text);
      const cased = english ? original.slice(s, e) : '';
      // (an English heading is known by its capitals, which only the original has: folding lower-cases them)
      const heading = isHeading(english ? cased : text, marker, english);
      let first = true;
      let from = s;
      const enEnd = english && cased.includes('; ') && EN_ROW.test(cased) ? EN_ROW_END : EN_END;
      enEnd.lastIndex = 0;
      // the next of the line's sentence ends (scanLine()) to read; every one lies between s and e, none is a space
      let next = 0;
      // a table row flattened to 「SDK名称：…；使用目的：…；收集信息：…」 is one entry: its 「；」 separate fields
      // (0 or 1: the low bit of an end that is a field separator)
      const row = !english && colonFound === 1 && twoLabels(text) ? 1 : 0;
      for (;;) {
        // one past the next sentence end on the line; EN_END matches exactly one character, so the end is where
        // test() stopped, without a match array for every sentence
        let to = -1;
        if (english) {
          if (enEnd.test(cased)) to = s + enEnd.lastIndex;
        } else {
          while (next < endCount) {
            const end = endsFound[next++]!;
            if ((end & row) === 0) {
              to = (end >> 1) + 1;
              break;
            }
          }
        }
        if (to < 0) break;
        if (to - from > 1) {
          pushCapped(out, folded, new Sentence(from, to, line, first, heading && first, first ? marker : null, false));
          first = false;
        }
        from = to - 1;
        // (the character is read before the bound, on every call: at e it is a sentence's end or NaN past the text)
        do from++;
        while (folded.charCodeAt(from) === 32 && from < e);
      }
      if (from < e)
        pushCapped(
          out,
          folded,
          new Sentence(from, e, line, first, heading && first, first ? marker : null, endsWithColon(folded, from, e)),
        );
    }
    line++;
    lineStart = lineEnd + 1;
  }
  // A heading heads something: the last line of a text (and so a one-line text) is never one.
  // Except a numbered title that asserts nothing (「2.1 个人信息共享」「（一）共享和转让」): read alone it is still a title.
  const last = out.length > 0 ? out[out.length - 1]!.line : -1;
  for (let i = out.length - 1; i >= 0 && out[i]!.line === last; i--)
    if (!bareTitle(out[i]!, folded, english)) out[i]!.heading = false;
  return out;
}
