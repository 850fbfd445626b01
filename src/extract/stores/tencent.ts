import { pickStorePolicy } from './pick';
import { hostIs, type StoreAdapter } from './types';

/**
 * sj.qq.com/appdetail/<package> (腾讯应用宝): a Next.js page whose CSS-module class names carry a
 * readable prefix (AppInfo_…, DetailInfo_…) before the hash, so we match on the prefix. The footer
 * links Tencent's privacy.qq.com, which must not be taken for the app's policy.
 */
export const tencent: StoreAdapter = {
  id: 'tencent',
  name: '腾讯应用宝',
  matches: (url) => hostIs(url, ['sj.qq.com'], /^\/(?:appdetail\/|myapp\/detail)/),
  find: (doc, url) =>
    pickStorePolicy(doc, url, {
      scopes: ['[class*="AppInfo_"]', '[class*="DetailInfo_"]', '[class*="DeveloperInfo_"]', '.det-othinfo-container'],
      headings: /^(?:应用信息|开发者信息|详细信息)$/,
      storeOwn: /^https?:\/\/(?:privacy\.qq\.com|[^/]*tencent\.com\/[^?#]*(?:privacy|legal)|rule\.tencent\.com)/i,
    }),
};
