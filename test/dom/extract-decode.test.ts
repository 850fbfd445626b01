import { describe, expect, test } from 'vitest';
import { decodeHtml, encodingFor } from '../../src/extract/decode';
import { extractMainText } from '../../src/extract/main-text';
import { ORIGIN, pageBytes, parse } from './extract-fixtures';

const enc = new TextEncoder();

/** The fixture with its ASCII <meta charset> blanked out, so only the bytes themselves can tell. */
function withoutMeta(rel: string): Uint8Array {
  const bytes = pageBytes(rel).slice();
  const ascii = new TextDecoder('windows-1252').decode(bytes);
  for (const m of ascii.matchAll(/charset=["']?[\w-]+/gi)) bytes.fill(0x20, m.index, m.index + m[0].length);
  return bytes;
}

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
};

describe('decodeHtml', () => {
  test.each([
    [
      'GBK by http-equiv meta',
      () => pageBytes('policies/gbk.html'),
      undefined,
      'gb18030',
      'meta',
      '墨点阅读个人信息保护政策',
    ],
    ['Big5 by meta charset', () => pageBytes('policies/big5.html'), undefined, 'big5', 'meta', '山嵐購物隱私權政策'],
    ['UTF-8 by meta charset', () => pageBytes('policies/privacy-ads.html'), undefined, 'utf-8', 'meta', '广告合作伙伴'],
    ['GBK by header', () => pageBytes('policies/gbk.html'), 'text/html; charset=GBK', 'gb18030', 'header', '关联公司'],
    [
      'GB2312 label by header',
      () => pageBytes('policies/gbk.html'),
      'text/html;charset="gb2312"',
      'gb18030',
      'header',
      '关联公司',
    ],
    ['Big5 by header', () => pageBytes('policies/big5.html'), 'text/html; charset=big5', 'big5', 'header', '行銷夥伴'],
    [
      'header beats meta',
      () => pageBytes('policies/privacy-ads.html'),
      'text/html; charset=utf-8',
      'utf-8',
      'header',
      '青檬出行',
    ],
    [
      'unknown header label falls through to meta',
      () => pageBytes('policies/gbk.html'),
      'text/html; charset=x-nonsense',
      'gb18030',
      'meta',
      '墨点阅读',
    ],
    [
      'utf-8 header over GBK bytes is not believed',
      () => pageBytes('policies/gbk.html'),
      'text/html; charset=utf-8',
      'gb18030',
      'meta',
      '墨点阅读',
    ],
    [
      'GBK without any declaration is guessed',
      () => withoutMeta('policies/gbk.html'),
      'text/html',
      'gb18030',
      'guess',
      '墨点阅读个人信息保护政策',
    ],
    [
      'Big5 without any declaration is guessed',
      () => withoutMeta('policies/big5.html'),
      undefined,
      'big5',
      'guess',
      '山嵐購物隱私權政策',
    ],
    [
      'UTF-8 without any declaration',
      () => withoutMeta('policies/privacy-ads.html'),
      undefined,
      'utf-8',
      'default',
      '青檬出行',
    ],
    [
      'UTF-8 BOM beats a GBK header',
      () => concat(new Uint8Array([0xef, 0xbb, 0xbf]), enc.encode('<p>隐私政策</p>')),
      'text/html; charset=gbk',
      'utf-8',
      'bom',
      '<p>隐私政策',
    ],
    [
      'UTF-16LE BOM',
      () => concat(new Uint8Array([0xff, 0xfe]), new Uint8Array(new Uint16Array([0x9690, 0x79c1]).buffer)),
      undefined,
      'utf-16le',
      'bom',
      '隐私',
    ],
    [
      'meta after 1 KB of comments and styles',
      () => enc.encode(`<!-- ${'x'.repeat(1500)} --><style>${' '.repeat(800)}</style><meta charset="utf-8"><p>好</p>`),
      undefined,
      'utf-8',
      'meta',
      '好',
    ],
  ])('%s', (_name, bytes, contentType, charset, from, contains) => {
    const out = decodeHtml(bytes(), contentType);
    expect(out).toMatchObject({ charset, from });
    expect(out.text).toContain(contains);
    expect(out.text.startsWith('\ufeff')).toBe(false);
  });

  test.each([
    ['policies/gbk.html', 'policies/src/gbk.utf8.html'],
    ['policies/big5.html', 'policies/src/big5.utf8.html'],
  ])('%s decodes to exactly its UTF-8 source %s', (encoded, source) => {
    expect(decodeHtml(pageBytes(encoded)).text).toBe(new TextDecoder().decode(pageBytes(source)));
  });

  test('decoded GBK and Big5 policies yield their text through extractMainText', () => {
    for (const [rel, phrase] of [
      ['policies/gbk.html', '第三方广告SDK'],
      ['policies/big5.html', '提供予合作之行銷夥伴'],
    ] as const) {
      const doc = parse(decodeHtml(pageBytes(rel)).text);
      expect(extractMainText(doc, `${ORIGIN}/${rel}`).text).toContain(phrase);
    }
  });
});

describe('encodingFor', () => {
  test.each([
    ['gbk', 'gb18030'],
    ['GB2312', 'gb18030'],
    ['"gb18030"', 'gb18030'],
    ['x-gbk', 'gb18030'],
    ['Big5', 'big5'],
    ['big5-hkscs', 'big5'],
    ['UTF-8', 'utf-8'],
    ['utf8', 'utf-8'],
    ['utf-16', 'utf-8'],
    ['latin1', 'windows-1252'],
    ['bogus', null],
    ['', null],
    [undefined, null],
  ])('%s → %s', (label, expected) => {
    expect(encodingFor(label)).toBe(expected);
  });
});
