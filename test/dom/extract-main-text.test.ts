import { describe, expect, test } from 'vitest';
import { blockText } from '../../src/extract/block-text';
import { extractMainText, looksScriptRendered } from '../../src/extract/main-text';
import { ORIGIN, loadPage, parse } from './extract-fixtures';

describe('extractMainText on policy fixtures', () => {
  test.each([
    {
      file: 'policies/privacy-ads.html',
      title: '青檬出行隐私政策',
      has: ['我们会将您的手机号码、设备标识符和出行偏好标签共享给我们的广告合作伙伴', '三、我们如何共享您的个人信息'],
      hasNot: ['下载App', '© 2026'],
    },
    {
      file: 'policies/no-sharing.html',
      title: '素笺日记隐私政策',
      has: ['我们不会向任何第三方共享、转让或公开披露您的手机号码'],
      hasNot: ['Fixture'],
    },
    {
      file: 'policies/user-agreement.html',
      title: '青檬出行用户服务协议',
      has: ['请阅读《青檬出行隐私政策》。'],
      hasNot: [],
    },
  ])('$file', ({ file, title, has, hasNot }) => {
    const out = extractMainText(loadPage(file), `${ORIGIN}/${file}`);
    expect(out.title).toBe(title);
    for (const s of has) expect(out.text).toContain(s);
    for (const s of hasNot) expect(out.text).not.toContain(s);
    expect(out.chars).toBe(out.text.length);
  });

  test('list items and headings stay on their own lines (the engine segments on newlines)', () => {
    const { text } = extractMainText(loadPage('policies/privacy-ads.html'), `${ORIGIN}/policies/privacy-ads.html`);
    const lines = text.split('\n');
    expect(lines).toContain('一、我们收集哪些个人信息');
    expect(lines).toContain('注册与登录：您需要提供手机号码并完成短信验证，我们据此为您创建账号。');
    expect(lines.every((l) => l === l.trim() && l !== '')).toBe(true);
  });

  test('the caller’s document is not modified (Readability runs on a clone)', () => {
    const doc = loadPage('policies/privacy-ads.html');
    const before = doc.documentElement.outerHTML;
    extractMainText(doc, `${ORIGIN}/policies/privacy-ads.html`);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test.each([
    ['class="supplemental"', 'supplemental'],
    ['class="gdpr"', 'gdpr'],
    ['class="remark"', 'remark'],
  ])('a section Readability drops by its %s is still audited', (_name, cls) => {
    const html = `<title>隐私政策</title><body><div class="policy"><h1>隐私政策</h1>
      ${'<p>我们收集您的手机号码用于登录和找回账号，并在您注销后删除。</p>'.repeat(12)}</div>
      <div class="${cls}"><p>补充说明：我们会将您的手机号码共享给第三方广告合作伙伴。</p></div>
      <footer><a href="/">首页</a></footer></body>`;
    const out = extractMainText(parse(html), 'https://example.cn/privacy');
    expect(out.text).toContain('补充说明：我们会将您的手机号码共享给第三方广告合作伙伴。');
    expect(out.method).toBe('body');
  });

  test('Readability is used when it keeps every policy line and only drops chrome', () => {
    const out = extractMainText(loadPage('policies/privacy-ads.html'), `${ORIGIN}/policies/privacy-ads.html`);
    expect(out.method).toBe('readability');
  });

  test('an empty document gives empty text, not an error', () => {
    expect(extractMainText(parse(''), 'https://example.cn/')).toMatchObject({ text: '', chars: 0, method: 'body' });
  });
});

describe('blockText', () => {
  test.each([
    ['paragraphs', '<p>第一段</p><p>第二段</p>', '第一段\n第二段'],
    ['list items', '<ul><li>手机号码</li><li>位置信息</li></ul>', '手机号码\n位置信息'],
    ['<br>', '甲<br>乙', '甲\n乙'],
    [
      'inline elements stay inline',
      '<p>我们会<strong>共享</strong>您的<a href="#">手机号</a>。</p>',
      '我们会共享您的手机号。',
    ],
    [
      'source line breaks between CJK vanish',
      '<p>我们会将您的个人\n      信息共享给第三方</p>',
      '我们会将您的个人信息共享给第三方',
    ],
    [
      'source line breaks between Latin words become spaces',
      '<p>share your\n  phone number</p>',
      'share your phone number',
    ],
    [
      'script, style, noscript, template skipped',
      '<p>正文</p><script>var x="隐藏";</script><style>p{}</style><noscript>无</noscript><template>模板</template>',
      '正文',
    ],
    ['hidden and display:none skipped', '<p>看得见</p><p hidden>藏</p><div style="display: none">藏</div>', '看得见'],
    ['form values skipped', '<label>手机号 <input value="13800000000"></label>', '手机号'],
    [
      'table cells separated',
      '<table><tr><td>数据</td><td>接收方</td></tr><tr><td>手机号</td><td>广告商</td></tr></table>',
      '数据 接收方\n手机号 广告商',
    ],
    ['pre keeps its lines', '<pre>第一行\n第二行</pre>', '第一行\n第二行'],
    ['blank lines collapse', '<div><p>甲</p>\n\n<p></p><div> </div><p>乙</p></div>', '甲\n乙'],
  ])('%s', (_name, html, expected) => {
    expect(blockText(parse(html).body)).toBe(expected);
  });
});

describe('looksScriptRendered', () => {
  test.each([
    ['policies/script-rendered.html', true],
    ['policies/privacy-ads.html', false],
    ['policies/no-sharing.html', false],
    ['signup.html', false],
  ])('%s → %s', (file, expected) => {
    expect(looksScriptRendered(loadPage(file))).toBe(expected);
  });

  test.each([
    ['empty React root', '<div id="root"></div>', true],
    ['Next.js shell', '<div id="__next"></div><script src="/_next/main.js"></script>', true],
    ['short static page', '<p>页面不存在</p>', false],
    ['JSON-LD only is not a renderer', '<p>短</p><script type="application/ld+json">{}</script>', false],
  ])('%s → %s', (_name, html, expected) => {
    expect(looksScriptRendered(parse(html))).toBe(expected);
  });

  test('after its scripts run, the script-rendered policy has its text (what the offscreen render will see)', async () => {
    // Vitest's jsdom window runs scripts; re-create the fixture's script there (parsed scripts never run)
    // and replay the load event it waits for. No @types/jsdom in the project, so no new JSDOM() here.
    const fixture = loadPage('policies/script-rendered.html');
    document.title = fixture.title;
    document.body.replaceChildren(
      ...[...fixture.body.children].filter((el) => el.tagName !== 'SCRIPT').map((el) => document.importNode(el, true)),
    );
    const script = document.createElement('script');
    script.textContent = fixture.querySelector('script')?.textContent ?? '';
    expect(looksScriptRendered(document)).toBe(true);
    document.body.append(script);
    window.dispatchEvent(new Event('load'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    script.remove();
    expect(looksScriptRendered(document)).toBe(false);
    const out = extractMainText(document, `${ORIGIN}/policies/script-rendered.html`);
    expect(out.title).toBe('云朵笔记隐私政策');
    expect(out.text).toContain('我们会将您的手机号码和设备标识符提供给合作的广告平台');
    expect(out.text).not.toContain('sections');
  });
});

describe('a web list’s items, numbered by the page and ending in no stop (written for this test)', () => {
  const PAGE =
    '<h2>三、我们如何共享您的个人信息</h2><p>在以下情形中，我们可能会共享您的个人信息：</p>' +
    '<ul><li>与关联公司共享您的手机号码</li><li>与授权合作伙伴共享您的设备信息</li><li>根据法律法规的要求进行提供</li></ul>' +
    '<h2>四、联系我们</h2><p>如有疑问，您可以通过以下方式联系我们：</p><ul><li>客服电话：400-000-0000</li><li>办公地址：北京市海淀区</li></ul>';

  test('are read as clauses: who gets the number, and which data', async () => {
    const { audit } = await import('../../src/engine');
    const text = blockText(parse(`<html><body>${PAGE}</body></html>`).body);
    expect(text).toContain('\n与关联公司共享您的手机号码\n');
    const report = audit(text);
    const quoted = (words: string) => report.findings.find((f) => f.quote === words);
    expect(quoted('与关联公司共享您的手机号码')?.data).toContain('phone');
    expect(quoted('与授权合作伙伴共享您的设备信息')?.recipients).toContain('partners');
    expect(report.verdict?.phone.answer).toBe('yes');
    // the contact list is read too, and says nothing of sharing
    expect(report.findings.some((f) => f.quote.includes('客服电话') || f.quote.includes('办公地址'))).toBe(false);
  });
});
