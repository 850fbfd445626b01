/** The popup's "your phone number" answer and what the level means (issue 16), from real audits. */
import { afterEach, expect, test } from 'vitest';
import { audit } from '../../src/engine';
import { App } from '../../src/popup/App';
import { fakeConnector, format } from './fake-connector';
import { all, mount } from './render';

const page = { url: 'https://shop.example/signup', title: 'Sign up' };
const policy = { url: 'https://shop.example/privacy', title: '青檬隐私政策' };
const HEAD = '青檬隐私政策\n本政策说明我们如何处理您的个人信息。\n';
let unmount = () => undefined as void;
afterEach(() => unmount());

async function popupFor(text: string) {
  const report = audit(HEAD + text);
  const fake = fakeConnector(async () => ({ kind: 'analysed', page, policy, report }));
  const m = await mount(<App connector={fake.connector} tabId={3} />);
  unmount = m.unmount;
  return m.root;
}

test.each([
  ['yes', '下单时您需提供收货人手机号码。\n我们会将您的订单信息共享给商家，以便其为您发货。', '订单信息共享给商家'],
  ['consent', '未经您的单独同意，我们不会向第三方提供您的手机号码。', '单独同意'],
  ['no', '我们会与关联公司共享您的设备信息，用于提供服务。', null],
] as const)('%s: the answer, and the clause that shows it', async (answer, text, words) => {
  const root = await popupFor(text);
  const verdict = all(root, 'phone-verdict')[0]!;
  expect(verdict.getAttribute('data-answer')).toBe(answer);
  const key = answer === 'yes' ? 'phoneVerdictYes' : answer === 'consent' ? 'phoneVerdictConsent' : 'phoneVerdictNo';
  expect(verdict.textContent).toContain(format(key, []));
  if (words) expect(verdict.querySelector('blockquote')?.textContent).toContain(words);
  else expect(verdict.querySelector('blockquote')).toBeNull();
});

test('the level says what it means in the rubric’s terms', async () => {
  const root = await popupFor('我们会将您的手机号码共享给广告合作伙伴，用于营销推广。');
  const level = all(root, 'risk-level')[0]!.getAttribute('data-level')!;
  const key = `levelMeans${level[0]!.toUpperCase()}${level.slice(1)}` as const;
  expect(all(root, 'level-means')[0]?.textContent).toBe(format(key as Parameters<typeof format>[0], []));
});
