/** The worker never answers with a score it did not compute (issue #2: no fake scores). */
import { describe, expect, test } from 'vitest';
import { auditTab, createHandlers, type TabInfo } from '../../src/background/handlers';

const deps = (tab: TabInfo | null) => ({ version: '9.9.9', getTab: async () => tab });

describe('audit-tab', () => {
  test.each([
    ['a closed tab', null, 'no-tab'],
    ['a browser settings page', { url: 'chrome://settings/', title: 'Settings' }, 'restricted-page'],
    ['the extension store', { url: 'https://chromewebstore.google.com/detail/x', title: '' }, 'restricted-page'],
    ['a web page, engine not wired yet', { url: 'https://shop.example/signup', title: 'Sign up' }, 'engine-missing'],
    ['a tab whose URL we may not see', {}, 'engine-missing'],
  ] as const)('%s → not analysed: %s', async (_name, tab, reason) => {
    const result = await auditTab(deps(tab), 1);
    expect(result).toMatchObject({ kind: 'not-analysed', reason });
  });

  test('keeps the page it looked at', async () => {
    const result = await auditTab(deps({ url: 'https://shop.example/signup', title: 'Sign up' }), 1);
    expect(result).toMatchObject({ page: { url: 'https://shop.example/signup', title: 'Sign up' } });
  });
});

test('ping answers with the version', async () => {
  await expect(createHandlers(deps(null)).ui.ping({}, {})).resolves.toEqual({ version: '9.9.9' });
});
