import { pickStorePolicy } from './pick';
import { hostIs, type StoreAdapter } from './types';

/**
 * app.mi.com/details?id=…: the "详细信息" list pairs labels and values in sibling <li>s
 * (包名 / 权限详情 / 隐私政策：<a>查看</a>); the footer links Xiaomi's own privacy.mi.com.
 */
export const xiaomi: StoreAdapter = {
  id: 'xiaomi',
  name: '小米应用商店',
  matches: (url) => hostIs(url, ['app.mi.com'], /^\/details/),
  find: (doc, url) =>
    pickStorePolicy(doc, url, {
      scopes: ['.app-info', '.details', '[class*="app-details"]'],
      headings: /^(?:详细信息|应用信息|信息)$/,
      storeOwn: /^https?:\/\/(?:privacy\.mi\.com|[^/]*(?:mi|xiaomi)\.com\/[^?#]*(?:privacy|legal))/i,
    }),
};
