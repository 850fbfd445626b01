import { describe, expect, test } from 'vitest';
import { decodeHtml } from '../../src/extract/decode';
import { findPolicyLinks, isPolicyPage } from '../../src/extract/find-policy';
import { ORIGIN, loadPage, pageBytes, parse } from './extract-fixtures';

const at = (path: string) => `${ORIGIN}${path}`;

describe('findPolicyLinks on signup fixtures', () => {
  test.each([
    ['signup.html', '/policies/privacy-ads.html', 'consent-label'],
    ['signup-gbk-policy.html', '/policies/gbk.html', 'consent-label'],
    ['signup-big5-policy.html', '/policies/big5.html', 'consent-label'],
    ['signup-script-policy.html', '/policies/script-rendered.html', 'consent-label'],
    ['signup-no-sharing.html', '/policies/no-sharing.html', 'consent-label'],
    ['signup-en.html', '/policies/apps/google-play-app.html', 'consent-label'],
    ['agreement-only.html', '/policies/user-agreement.html', 'consent-label'],
  ])('%s → %s', (file, expected, source) => {
    const [first] = findPolicyLinks(loadPage(file), at(`/${file}`));
    expect(first).toMatchObject({ url: at(expected), source });
  });

  test('a page without any policy or agreement link yields nothing', () => {
    expect(findPolicyLinks(loadPage('no-policy.html'), at('/no-policy.html'))).toEqual([]);
  });

  test('a user agreement alone is only a low-score fallback', () => {
    const [only] = findPolicyLinks(loadPage('agreement-only.html'), at('/agreement-only.html'));
    expect(only?.score).toBeLessThan(40);
  });

  test('signup.html: main policy over children/settings/agreement, de-duplicated, unfetchable links dropped', () => {
    const found = findPolicyLinks(loadPage('signup.html'), at('/signup.html'));
    const urls = found.map((c) => c.url);
    expect(urls.filter((u) => u === at('/policies/privacy-ads.html'))).toHaveLength(1);
    expect(urls.indexOf(at('/policies/children.html'))).toBeGreaterThan(0);
    expect(urls.indexOf(at('/policies/user-agreement.html'))).toBeGreaterThan(
      urls.indexOf(at('/policies/children.html')),
    );
    expect(urls.some((u) => /^(?:javascript|mailto):/.test(u))).toBe(false);
    const settings = found.find((c) => c.url === at('/settings/privacy'));
    expect(settings?.score ?? 0).toBeLessThan(found[0]?.score ?? 0);
    expect([...found].sort((a, b) => b.score - a.score)).toEqual(found);
  });
});

describe('findPolicyLinks on snippets', () => {
  const page = 'https://www.example.cn/account/register';
  test.each([
    [
      '《隐私政策》 over 《用户协议》',
      '<a href="/agreement">《用户协议》</a><a href="/privacy">《隐私政策》</a>',
      'https://www.example.cn/privacy',
    ],
    ['隐私权政策', '<a href="/a">帮助</a><a href="/p/1">隐私权政策</a>', 'https://www.example.cn/p/1'],
    ['个人信息保护政策', '<a href="/x">个人信息保护政策</a>', 'https://www.example.cn/x'],
    ['隐私保护指引', '<a href="/x">隐私保护指引</a><a href="/t">服务条款</a>', 'https://www.example.cn/x'],
    ['个人信息处理规则', '<a href="/t">用户协议</a><a href="/r">个人信息处理规则</a>', 'https://www.example.cn/r'],
    ['隱私權政策 (Traditional)', '<a href="/t">服務條款</a><a href="/p">隱私權政策</a>', 'https://www.example.cn/p'],
    ['個人資料保護', '<a href="/t">會員條款</a><a href="/p">個人資料保護</a>', 'https://www.example.cn/p'],
    ['個資', '<a href="/faq">常見問題</a><a href="/p">個資聲明</a>', 'https://www.example.cn/p'],
    [
      'Privacy Notice',
      '<a href="/terms">Terms of Use</a><a href="/pn">Privacy Notice</a>',
      'https://www.example.cn/pn',
    ],
    ['Privacy Statement', '<a href="/pn">privacy statement</a>', 'https://www.example.cn/pn'],
    ['aria-label on an icon link', '<a href="/p" aria-label="隐私政策"><svg></svg></a>', 'https://www.example.cn/p'],
    ['title attribute', '<a href="/p" title="Privacy Policy">ⓘ</a>', 'https://www.example.cn/p'],
    [
      '"查看" value beside a 隐私政策 key (dt/dd)',
      '<dl><dt>权限</dt><dd><a href="/perm">查看</a></dd><dt>隐私政策</dt><dd><a href="/pp">查看</a></dd></dl>',
      'https://www.example.cn/pp',
    ],
    ['image-map area with alt', '<map name="m"><area href="/pp" alt="隐私政策"></map>', 'https://www.example.cn/pp'],
    [
      'URL hint alone',
      '<a href="/about">关于</a><a href="https://m.example.cn/yinsi.html">点击查看</a>',
      'https://m.example.cn/yinsi.html',
    ],
    [
      '<base href> resolution',
      '<base href="https://cdn.example.cn/legal/"><a href="privacy.html">隐私政策</a>',
      'https://cdn.example.cn/legal/privacy.html',
    ],
    [
      'fragment stripped',
      '<a href="https://www.example.cn/privacy#share">隐私政策</a>',
      'https://www.example.cn/privacy',
    ],
    [
      'main policy over 儿童隐私政策',
      '<a href="/kids">《儿童隐私政策》</a><a href="/p">《隐私政策》</a>',
      'https://www.example.cn/p',
    ],
    [
      'policy over "Do Not Sell"',
      '<a href="/dns">Do Not Sell My Personal Information</a><a href="/pp">Privacy Policy</a>',
      'https://www.example.cn/pp',
    ],
    [
      'consent label outranks a footer link with the same words',
      '<footer><a href="/group-privacy">隐私政策</a></footer><label><input type="checkbox">同意<a href="/app-privacy">隐私政策</a></label>',
      'https://www.example.cn/app-privacy',
    ],
    [
      'consent text without a checkbox (登录即同意)',
      '<a href="/privacy-old">隐私政策</a><p>登录即表示同意《<a href="/privacy-new">隐私政策</a>》</p>',
      'https://www.example.cn/privacy-new',
    ],
  ])('%s', (_name, html, expected) => {
    expect(findPolicyLinks(parse(html), page)[0]?.url).toBe(expected);
  });

  test.each([
    ['javascript:', '<a href="javascript:void(0)">隐私政策</a>'],
    ['mailto:', '<a href="mailto:dpo@example.cn">隐私政策</a>'],
    ['tel:', '<a href="tel:10086">隐私政策</a>'],
    ['in-page anchor', '<a href="#privacy">隐私政策</a>'],
    ['empty href', '<a href="">隐私政策</a>'],
    ['no policy words', '<a href="/help">帮助中心</a><a href="/about">关于我们</a>'],
    [
      'an icon link next to a policy link',
      '<p><a href="mailto:x@example.cn">隐私政策</a><a href="https://weibo.example/x"><img src="w.png"></a></p>',
    ],
    ['a "查看" link next to another link', '<li><a href="javascript:;">隐私政策</a><a href="/more">查看</a></li>'],
  ])('ignores %s', (_name, html) => {
    expect(findPolicyLinks(parse(html), page)).toEqual([]);
  });
});

describe('isPolicyPage', () => {
  const big5 = () => parse(decodeHtml(pageBytes('policies/big5.html')).text);
  const gbk = () => parse(decodeHtml(pageBytes('policies/gbk.html')).text);
  test.each([
    ['policies/privacy-ads.html', true, () => loadPage('policies/privacy-ads.html')],
    ['policies/no-sharing.html (short)', true, () => loadPage('policies/no-sharing.html')],
    ['policies/gbk.html', true, gbk],
    ['policies/big5.html', true, big5],
    ['policies/apps/google-play-app.html (English)', true, () => loadPage('policies/apps/google-play-app.html')],
    ['signup.html', false, () => loadPage('signup.html')],
    ['no-policy.html', false, () => loadPage('no-policy.html')],
    ['policies/user-agreement.html', false, () => loadPage('policies/user-agreement.html')],
    ['policies/script-rendered.html before scripts run', false, () => loadPage('policies/script-rendered.html')],
    ['stores/apple.html', false, () => loadPage('stores/apple.html')],
  ])('%s → %s', (_name, expected, load) => {
    const verdict = isPolicyPage(load());
    expect(verdict.isPolicy).toBe(expected);
    expect(verdict.confidence).toBeGreaterThanOrEqual(0);
    expect(verdict.confidence).toBeLessThanOrEqual(1);
  });

  test('a long policy scores higher than a short one', () => {
    const long = isPolicyPage(loadPage('policies/privacy-ads.html'));
    const short = isPolicyPage(loadPage('policies/no-sharing.html'));
    expect(long.confidence).toBeGreaterThan(short.confidence);
    expect(long.signals).toContain('long-text');
  });

  test('a news article about privacy policies is not one', () => {
    const html = `<title>三款App因隐私政策不合规被下架</title><h1>三款App因隐私政策不合规被下架</h1>
      <p>${'记者获悉，监管部门近日通报了三款应用。'.repeat(80)}</p>`;
    expect(isPolicyPage(parse(html)).isPolicy).toBe(false);
  });
});
