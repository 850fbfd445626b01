import { describe, expect, test } from 'vitest';
import { discoverPolicies } from '../../src/extract';
import { ORIGIN, loadPage } from './extract-fixtures';

describe('discoverPolicies', () => {
  test.each([
    ['signup.html', null, false, '/policies/privacy-ads.html', 'consent-label'],
    ['agreement-only.html', null, false, '/policies/user-agreement.html', 'consent-label'],
    ['policies/privacy-ads.html', null, true, '/policies/privacy-ads.html', 'self'],
    ['stores/apple.html', 'apple', false, '/policies/apps/apple-app.html', 'store'],
    ['stores/google-play.html', 'google-play', false, '/policies/apps/google-play-app.html', 'store'],
    ['stores/huawei.html', 'huawei', false, '/policies/apps/huawei-app.html', 'store'],
    ['stores/tencent.html', 'tencent', false, '/policies/apps/tencent-app.html', 'store'],
    ['stores/xiaomi.html', 'xiaomi', false, '/policies/apps/xiaomi-app.html', 'store'],
  ])('%s → store %s, self %s, first %s (%s)', (file, store, self, first, source) => {
    const found = discoverPolicies(loadPage(file), `${ORIGIN}/${file}#top`);
    expect(found.store).toBe(store);
    expect(found.self.isPolicy).toBe(self);
    expect(found.candidates[0]).toMatchObject({ url: `${ORIGIN}${first}`, source });
  });

  test('a store page offers only the app’s policy, never the store’s footer links', () => {
    expect(discoverPolicies(loadPage('stores/tencent.html'), `${ORIGIN}/stores/tencent.html`).candidates).toHaveLength(
      1,
    );
  });

  test('a policy page is not listed twice though its footer links to itself', () => {
    const { candidates } = discoverPolicies(
      loadPage('policies/privacy-ads.html'),
      `${ORIGIN}/policies/privacy-ads.html`,
    );
    expect(candidates.filter((c) => c.url === `${ORIGIN}/policies/privacy-ads.html`)).toHaveLength(1);
  });

  test('no policy anywhere → no candidates, and the result is plain JSON for messaging', () => {
    const found = discoverPolicies(loadPage('no-policy.html'), `${ORIGIN}/no-policy.html`);
    expect(found.candidates).toEqual([]);
    expect(JSON.parse(JSON.stringify(found))).toEqual(found);
  });
});
