/** Issue #5: the <mark> fallback wraps the right text and removal gives the page back exactly as it was. */
import { describe, expect, test } from 'vitest';
import { audit } from '../../src/engine';
import { buildTextMap } from '../../src/content/highlight/text-map';
import { rangesOf, segmentsOf, squashed, textOf } from '../../src/content/highlight/ranges';
import { createPainter, type Paint } from '../../src/content/highlight/paint';
import { parse } from './extract-fixtures';

const PAGE = `<!doctype html><html><body><h1>隐私政策</h1>
<p>我们会将<b>您的<i>手机号码</i></b>共享给广告合作伙伴，用于营销推广。我们不会出售您的个人信息。</p>
<ul><li>未经您的单独同意，我们不会向第三方提供您的个人信息。</li></ul>
<table><tr><td>  我们会与关联公司共享您的设备信息。 </td><td>用于广告投放</td></tr></table>
<p>联系我们<span hidden>我们会将您的个人信息公开披露。</span></p></body></html>`;

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument?.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker?.nextNode(); n; n = walker?.nextNode()) out.push(n as Text);
  return out;
}

describe('mark fallback', () => {
  test('marks the quotes, then removal restores markup and the very same text nodes', () => {
    const doc = parse(PAGE);
    const before = doc.body.outerHTML;
    const nodesBefore = textNodes(doc.body);
    const map = buildTextMap(doc.body);
    const report = audit(map.text, { assumePolicy: true });
    expect(report.findings.length).toBeGreaterThanOrEqual(3);
    const items: Paint[] = report.findings.map((f) => {
      const segments = segmentsOf(map, f.span);
      return { tone: f.polarity === 'shares' ? 'high' : 'calm', segments, ranges: rangesOf(doc, segments) };
    });
    const painter = createPainter(doc, true);
    expect(painter.mode).toBe('mark');
    const painted = painter.paint(items);
    report.findings.forEach((f, i) => expect(squashed(textOf(painted[i] ?? []))).toBe(squashed(f.quote)));
    expect(doc.querySelectorAll('mark').length).toBeGreaterThan(report.findings.length);
    expect(doc.body.outerHTML).not.toBe(before);

    painter.setCurrent(painted[0] ?? []);
    expect(doc.querySelectorAll('mark.policy-radar-current').length).toBeGreaterThan(0);

    painter.clear();
    expect(doc.body.outerHTML).toBe(before);
    const nodesAfter = textNodes(doc.body);
    expect(nodesAfter.length).toBe(nodesBefore.length);
    nodesAfter.forEach((n, i) => expect(n).toBe(nodesBefore[i]));
  });

  test('two findings in one text node are both wrapped', () => {
    const doc = parse('<p>我们会将您的手机号码共享给广告合作伙伴。我们会将您的位置信息提供给第三方。</p>');
    const map = buildTextMap(doc.body);
    const report = audit(map.text, { assumePolicy: true });
    expect(report.findings.length).toBe(2);
    const painter = createPainter(doc, true);
    const painted = painter.paint(
      report.findings.map((f) => ({ tone: 'high', segments: segmentsOf(map, f.span), ranges: [] })),
    );
    expect(painted.map((r) => textOf(r))).toEqual(report.findings.map((f) => f.quote));
    painter.clear();
    expect(doc.body.childNodes[0]?.childNodes.length).toBe(1);
  });
});

describe('Chinese with spaces between its words', () => {
  test('is read as unspaced and highlighted where the page has it', () => {
    // inline tags with a space between them, as some CMS templates write each word
    const doc = parse(
      '<p><span>我们</span> <span>会</span> <span>将</span> <span>您的</span> <span>手机</span> <span>号码</span> ' +
        '<span>共享</span> <span>给</span> <span>广告</span> <span>合作</span> <span>伙伴</span>。</p>' +
        '<p>我们 不会 出售 您的 个人 信息。</p>',
    );
    const map = buildTextMap(doc.body);
    expect(map.text).toContain('手机 号码');
    const report = audit(map.text, { assumePolicy: true });
    const shared = report.findings.find((f) => f.polarity === 'shares')!;
    expect(shared.data).toContain('phone');
    expect(shared.recipients).toContain('advertisers');
    expect(report.findings.some((f) => f.polarity === 'denies')).toBe(true);
    const painter = createPainter(doc, true);
    const painted = painter.paint(
      report.findings.map((f) => ({ tone: 'high', segments: segmentsOf(map, f.span), ranges: [] })),
    );
    expect(painted.map((r) => squashed(textOf(r)))).toEqual(report.findings.map((f) => squashed(f.quote)));
    expect(squashed(textOf(painted[0] ?? []))).toContain('手机号码');
    painter.clear();
  });
});
