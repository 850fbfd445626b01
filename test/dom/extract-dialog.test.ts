/** Issue #17.2: the policy shown in an open dialog is read in place; a policy link that only opens by script is named. */
import { describe, expect, test } from 'vitest';
import { openDialogPolicy, policyBehindClick } from '../../src/extract/dialog';
import { loadPage, parse } from './extract-fixtures';

const LINES = [
  '更新日期：2026年3月1日',
  '一、我们如何收集您的个人信息',
  '当您注册账号时，我们会收集您的手机号码、设备信息和位置信息，用于完成注册和保障账号安全。',
  '二、我们如何共享您的个人信息',
  '我们会将您的手机号码和购买记录共享给我们的广告合作伙伴，用于向您推送个性化广告和营销短信。',
  '三、您的权利',
  '您可以在设置中撤回同意、删除个人信息或注销账号，也可以随时联系我们的个人信息保护负责人。',
];
const box = (attrs: string, title = '青禾优选隐私政策') =>
  `<div ${attrs}><div class="modal-title">${title}</div>${LINES.map((l) => `<p>${l}</p>`).join('')}` +
  `<a href="/files/%E9%9A%90%E7%A7%81.html">下载本版隐私政策</a></div>`;

describe('openDialogPolicy', () => {
  test.each([
    ['a UI kit modal by class name', 'class="modal-box"'],
    ['role=dialog', 'role="dialog"'],
    ['aria-modal', 'aria-modal="true" class="x"'],
  ])('%s → its text, titled by its heading', (_name, attrs) => {
    const found = openDialogPolicy(parse(`<body><form>注册</form>${box(attrs)}</body>`));
    expect(found?.title).toBe('青禾优选隐私政策');
    expect(found?.text).toContain('广告合作伙伴');
    expect(found?.chars).toBe(found?.text.length);
  });

  test.each([
    ['a closed dialog', box('class="modal-box" hidden')],
    ['a dialog inside a hidden wrapper', `<div style="display:none">${box('role="dialog"')}</div>`],
    ['a dialog about something else', box('role="dialog"', '领取新人优惠券').replace(/隐私政策/g, '活动规则')],
    ['a short notice', '<div role="dialog"><h2>隐私政策</h2><p>我们更新了隐私政策。</p></div>'],
  ])('%s → nothing', (_name, html) => {
    expect(openDialogPolicy(parse(`<body>${html}</body>`))).toBeNull();
  });
});

describe('policyBehindClick', () => {
  test('the fixture’s javascript:void(0) consent link', () => {
    expect(policyBehindClick(loadPage('real/modal.html'))).toBe('《隐私政策》');
  });

  test.each([
    ['a button', '<button type="button">隐私政策</button>', '隐私政策'],
    ['an anchor to #', '<a href="#">Privacy Policy</a>', 'Privacy Policy'],
    ['a fetchable link', '<a href="/privacy">隐私政策</a>', undefined],
    [
      'a sentence, not a label',
      '<a href="#">点击这里阅读我们最新修订的隐私政策以及用户协议的全部条款和附件内容以及更多</a>',
      undefined,
    ],
    ['other words', '<a href="javascript:void(0)">忘记密码</a>', undefined],
  ])('%s → %s', (_name, html, words) => {
    expect(policyBehindClick(parse(`<body>${html}</body>`))).toBe(words);
  });
});
