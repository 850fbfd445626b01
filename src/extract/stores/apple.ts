import { pickStorePolicy } from './pick';
import { hostIs, type StoreAdapter } from './types';

/**
 * apps.apple.com: the link is "Developer's Privacy Policy" / "开发者隐私政策" in the App Privacy
 * section, repeated as "Privacy Policy" in the Information list; the footer links Apple's own policy.
 */
export const apple: StoreAdapter = {
  id: 'apple',
  name: 'App Store',
  matches: (url) => hostIs(url, ['apps.apple.com', 'itunes.apple.com'], /\/app\//),
  find: (doc, url) =>
    pickStorePolicy(doc, url, {
      scopes: ['section.app-privacy', '[class*="app-privacy"]', 'section.information', '[class*="information-list"]'],
      headings: /^(?:App Privacy|App 隐私|App 隱私權|Information|信息|資訊)$/i,
      storeOwn: /^https?:\/\/(?:www\.)?apple\.com(?:\.cn)?\/(?:[a-z_-]+\/)?(?:legal\/)?privacy/i,
    }),
};
