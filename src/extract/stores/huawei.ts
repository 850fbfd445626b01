import { pickStorePolicy } from './pick';
import { hostIs, type StoreAdapter } from './types';

/**
 * appgallery.huawei.com/app/C…: the app-info block lists 开发者 / 版本 / 隐私政策 as key–value rows
 * whose value link often says only "查看" — linkWords reads the key beside it.
 */
export const huawei: StoreAdapter = {
  id: 'huawei',
  name: '华为应用市场 AppGallery',
  matches: (url) => hostIs(url, ['appgallery.huawei.com', 'appgallery.cloud.huawei.com'], /\/app\//),
  find: (doc, url) =>
    pickStorePolicy(doc, url, {
      scopes: ['.app-info', '[class*="detail-info"]', '[class*="appinfo"]', '[class*="app_info"]'],
      headings: /^(?:应用信息|应用详情|App info|App details)$/i,
      storeOwn: /^https?:\/\/[^/]*huawei\.com\/[^?#]*(?:privacy|legal|statement)/i,
    }),
};
