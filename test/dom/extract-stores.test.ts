import { describe, expect, test } from 'vitest';
import { STORES, findStorePolicy, storeFor } from '../../src/extract/stores';
import { ORIGIN, loadPage } from './extract-fixtures';

/** fixture, the store's real URL for that listing, expected store id. */
const LISTINGS = [
  ['apple', 'https://apps.apple.com/us/app/xinghe-ledger/id6400000001'],
  ['google-play', 'https://play.google.com/store/apps/details?id=example.pockettide&hl=en_US'],
  ['huawei', 'https://appgallery.huawei.com/app/C100000001'],
  ['tencent', 'https://sj.qq.com/appdetail/com.example.doudou'],
  ['xiaomi', 'https://app.mi.com/details?id=com.example.mili'],
] as const;

describe('findStorePolicy on store fixtures', () => {
  test.each(LISTINGS)('%s (at its real URL) → its own policy, not the store footer', (store, url) => {
    const match = findStorePolicy(loadPage(`stores/${store}.html`), url);
    expect(match?.store).toBe(store);
    expect(match?.candidate).toMatchObject({
      url: new URL(`/policies/apps/${store}-app.html`, url).href,
      source: 'store',
    });
  });

  test.each(LISTINGS)('%s (served on loopback) is recognised by its canonical URL', (store) => {
    const page = `${ORIGIN}/stores/${store}.html`;
    const match = findStorePolicy(loadPage(`stores/${store}.html`), page);
    expect(match?.store).toBe(store);
    expect(match?.candidate?.url).toBe(`${ORIGIN}/policies/apps/${store}-app.html`);
  });

  test.each(LISTINGS)('%s without the app’s link → null, never the store’s own policy', (store, url) => {
    const doc = loadPage(`stores/${store}.html`);
    for (const a of doc.querySelectorAll('a[href*="/policies/apps/"]')) a.remove();
    expect(findStorePolicy(doc, url)).toEqual({ store, candidate: null });
  });

  test('a page that is not a store listing → null', () => {
    expect(findStorePolicy(loadPage('signup.html'), `${ORIGIN}/signup.html`)).toBeNull();
  });
});

describe('adapter matches()', () => {
  test.each([
    ['apple', 'https://apps.apple.com/cn/app/id414478124', true],
    ['apple', 'https://apps.apple.com/cn/developer/x/id1', false],
    ['apple', 'https://www.apple.com/app-store/', false],
    ['google-play', 'https://play.google.com/store/apps/details?id=com.x', true],
    ['google-play', 'https://play.google.com/store/games', false],
    ['huawei', 'https://appgallery.huawei.com/app/C10000', true],
    ['huawei', 'https://consumer.huawei.com/cn/', false],
    ['xiaomi', 'https://app.mi.com/details?id=com.x', true],
    ['xiaomi', 'https://app.mi.com/topList', false],
    ['tencent', 'https://sj.qq.com/appdetail/com.tencent.mm', true],
    ['tencent', 'https://sj.qq.com/game', false],
    ['tencent', 'not a url', false],
  ])('%s matches %s → %s', (id, url, expected) => {
    expect(STORES.find((s) => s.id === id)?.matches(url)).toBe(expected);
  });

  test('storeFor prefers the page URL, then canonical / og:url', () => {
    const doc = new DOMParser().parseFromString(
      '<meta property="og:url" content="https://app.mi.com/details?id=com.x">',
      'text/html',
    );
    expect(storeFor(doc, 'http://127.0.0.1/x.html')?.id).toBe('xiaomi');
    expect(storeFor(doc, 'https://sj.qq.com/appdetail/com.x')?.id).toBe('tencent');
    expect(storeFor(null, 'http://127.0.0.1/x.html')).toBeNull();
  });
});

describe('registry', () => {
  test('ids are unique and sorted', () => {
    const ids = STORES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  test('every store has a fixture and names itself', () => {
    expect(STORES.map((s) => s.id)).toEqual(LISTINGS.map(([id]) => id));
    for (const s of STORES) expect(s.name.length).toBeGreaterThan(0);
  });
});
