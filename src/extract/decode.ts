/**
 * Bytes → text for fetched policy pages. Chinese sites still serve GBK/GB2312 and Big5, often with
 * no charset in the Content-Type, and MV3 workers have no DOMParser to sniff for us (issue 4).
 * Order follows the HTML spec's encoding sniffing: BOM, transport header, <meta> prescan, then a
 * guess. (The spec puts the BOM before the header: a BOM is the bytes speaking for themselves.)
 */

export interface Decoded {
  text: string;
  /** The WHATWG encoding name actually used, e.g. "utf-8", "gb18030", "big5". */
  charset: string;
  /** Which evidence decided it. */
  from: 'bom' | 'header' | 'meta' | 'guess' | 'default';
}

/** How far into the document the <meta> prescan looks; the spec says 1024, real pages put it later. */
const PRESCAN_BYTES = 4096;

/** Labels normalised before TextDecoder: GB18030 is a superset of GBK and GB2312, so decode as it. */
const ALIASES: Record<string, string> = {
  gbk: 'gb18030',
  gb2312: 'gb18030',
  'gb_2312-80': 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  cp950: 'big5',
};

export function encodingFor(label: string | null | undefined): string | null {
  if (!label) return null;
  const clean = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  const name = ALIASES[clean] ?? clean;
  try {
    const enc = new TextDecoder(name).encoding;
    // A page cannot declare itself UTF-16 from inside an ASCII-compatible prescan (HTML spec 13.2.3.2).
    return enc.startsWith('utf-16') ? 'utf-8' : enc === 'gbk' ? 'gb18030' : enc;
  } catch {
    return null;
  }
}

function bom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

export function charsetFromContentType(contentType: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return m ? encodingFor(m[2]) : null;
}

/** <meta charset=…> or <meta http-equiv="Content-Type" content="…; charset=…">, read as ASCII. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    const enc = m ? encodingFor(m[1]) : null;
    if (enc) return enc;
  }
  return null;
}

export function decodeHtml(bytes: Uint8Array, contentType?: string): Decoded {
  const fromBom = bom(bytes);
  if (fromBom) return { text: new TextDecoder(fromBom).decode(bytes), charset: fromBom, from: 'bom' };
  const header = charsetFromContentType(contentType);
  if (header && header !== 'utf-8')
    return { text: new TextDecoder(header).decode(bytes), charset: header, from: 'header' };
  const utf8 = strictUtf8(bytes);
  // A "charset=utf-8" header over bytes that are not UTF-8 is a server default (nginx charset utf-8)
  // in front of a GBK page; believing it would audit mojibake, so the <meta> and the guess get a say.
  if (header && utf8 !== null) return { text: utf8, charset: header, from: 'header' };
  const meta = charsetFromMeta(bytes);
  if (meta) return { text: new TextDecoder(meta).decode(bytes), charset: meta, from: 'meta' };
  return utf8 !== null ? { text: utf8, charset: 'utf-8', from: 'default' } : guess(bytes);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Not valid UTF-8 and undeclared: almost certainly GBK or Big5. Nearly every Big5 byte pair is also
 * valid GBK, so replacement characters alone cannot tell them apart; frequent characters can.
 */
function guess(bytes: Uint8Array): Decoded {
  let bestText = new TextDecoder('utf-8').decode(bytes);
  let bestCharset = 'utf-8';
  let bestScore = plausibility(bestText);
  for (const charset of ['gb18030', 'big5']) {
    const text = new TextDecoder(charset).decode(bytes);
    const score = plausibility(text);
    if (score > bestScore) [bestText, bestCharset, bestScore] = [text, charset, score];
  }
  return { text: bestText, charset: bestCharset, from: 'guess' };
}

/** Very frequent characters of Simplified and Traditional prose, policy vocabulary included. */
const COMMON = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经之进着等部度家力里如化自理起小现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政日那社事平形相全表间样与关重新内数正心反你明看原又么利比或但第向道此变条只没结解问意建月公无系很情者最立代想已通并提直题程展五果料象员位入常文总次品式活设及管特件长求老头基资边流路级少图接知较将组见计别手期根论运指区强放决西被做必战先回则任取据处府研信息隐私政策共享收集個們這說會對時為與資隱權個應經',
);

function plausibility(text: string): number {
  let score = 0;
  for (const ch of text) {
    if (ch === '\ufffd') score -= 3;
    else if (COMMON.has(ch)) score += 1;
  }
  return score;
}
