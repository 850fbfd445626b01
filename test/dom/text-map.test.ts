/**
 * Issue #5: engine offsets map back to the DOM through real markup. Each row is a page fragment and the
 * quotes it must yield; the highlighted text (ranges joined) must equal the engine's quote, blanks aside.
 */
import { readdirSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { audit } from '../../src/engine';
import { blockText } from '../../src/extract/block-text';
import { buildTextMap } from '../../src/content/highlight/text-map';
import { rangesOf, segmentsOf, squashed, textOf } from '../../src/content/highlight/ranges';
import { PAGES, loadPage, parse } from './extract-fixtures';

const SHARE = '我们会将您的手机号码共享给广告合作伙伴，用于营销推广。';
const DENY = '我们不会出售您的个人信息。';

const CASES: Array<{ name: string; html: string; quotes: string[] }> = [
  {
    name: 'nested inline elements split one sentence',
    html: `<p>我们会将<b>您的<i>手机号码</i></b>共享给<a href="#">广告<span>合作</span>伙伴</a>，用于营销推广。</p><p>${DENY}</p>`,
    quotes: [SHARE, DENY],
  },
  {
    name: 'list items are lines of their own',
    html: `<h2>隐私政策</h2><ul><li>${SHARE}</li><li>我们不会<em>出售</em>您的个人信息。</li></ul>`,
    quotes: [SHARE, DENY],
  },
  {
    name: 'table cells with whitespace and line breaks in the source',
    html: `<table><tr><td>
        ${SHARE}
      </td><td>  ${DENY}  </td></tr></table>`,
    quotes: [SHARE, DENY],
  },
  {
    name: 'hidden elements inside a sentence are neither read nor highlighted',
    html: `<p>我们会将您的手机号码<span style="display:none">（隐藏的注释）</span>共享给广告合作伙伴，<span hidden>不显示</span>用于营销推广。</p><script>var x = "共享给广告合作伙伴";</script><p>${DENY}</p>`,
    quotes: [SHARE, DENY],
  },
  {
    name: 'a source line break between Chinese characters renders as nothing',
    html: `<p>我们会将您的手机号码共享给
      广告合作伙伴，用于营销推广。</p><p>我们不会出售您的&nbsp;个人信息。</p>`,
    quotes: [SHARE, '我们不会出售您的 个人信息。'],
  },
  {
    name: 'pre keeps its blanks and still maps',
    html: `<pre>  ${SHARE}\n\n${DENY}</pre>`,
    quotes: [SHARE, DENY],
  },
];

describe('text map → ranges', () => {
  test.each(CASES)('$name', ({ html, quotes }) => {
    const doc = parse(`<!doctype html><html><body><h1>隐私政策</h1>${html}</body></html>`);
    const map = buildTextMap(doc.body);
    expect(map.text).toBe(blockText(doc.body));
    const report = audit(map.text, { assumePolicy: true });
    const found = report.findings.map((f) => {
      const text = textOf(rangesOf(doc, segmentsOf(map, f.span)));
      expect(squashed(text)).toBe(squashed(f.quote));
      return squashed(text);
    });
    for (const q of quotes) expect(found).toContain(squashed(q));
  });

  test('a span of synthetic line breaks only yields no ranges', () => {
    const doc = parse('<div><p>一</p><p>二</p></div>');
    const map = buildTextMap(doc.body);
    expect(map.text).toBe('一\n二');
    expect(segmentsOf(map, { start: 1, end: 2 })).toEqual([]);
    expect(textOf(rangesOf(doc, segmentsOf(map, { start: 0, end: 3 })))).toBe('一二');
  });

  test('surrogate pairs map unit by unit', () => {
    const doc = parse('<p>表情😀在<b>这里</b></p>');
    const map = buildTextMap(doc.body);
    const at = map.text.indexOf('在');
    expect(textOf(rangesOf(doc, segmentsOf(map, { start: 2, end: at + 3 })))).toBe('😀在这里');
  });
});

/** Every page fixture the extraction tests use: the map's text is block-text's text, unit for unit. */
function htmlFixtures(dir: string): string[] {
  return readdirSync(PAGES + dir).flatMap((name) => {
    const rel = dir + name;
    if (statSync(PAGES + rel).isDirectory()) return htmlFixtures(`${rel}/`);
    return name.endsWith('.html') && !/gbk|big5/.test(name) ? [rel] : [];
  });
}

describe('the text map never drifts from block-text', () => {
  test.each(htmlFixtures(''))('%s', (rel) => {
    const doc = loadPage(rel);
    const map = buildTextMap(doc.body);
    expect(map.text).toBe(blockText(doc.body));
    expect(map.nodes.length).toBe(map.text.length);
    // Every non-synthetic unit points at the character it stands for (or a blank that collapsed into it).
    // Checked in a plain loop and asserted once: an expect() per unit made the 69 KB page take 7 s of its 5 s
    // limit with a second `npm test` beside it (issue #15).
    const drifted = map.nodes.flatMap((node, i): { i: number; unit: string; src: string | null }[] => {
      const unit = map.text[i] ?? '';
      // Synthetic units: block breaks, and the blank a table cell's tab collapses into.
      if (!node) return unit === '\n' || unit === ' ' ? [] : [{ i, unit, src: null }];
      const src = node.data[map.offsets[i] ?? -1] ?? '';
      const ok = /\s/.test(unit) ? /\s/.test(src) : src === unit;
      return ok ? [] : [{ i, unit, src }];
    });
    expect(drifted.slice(0, 5)).toEqual([]);
  });
});
