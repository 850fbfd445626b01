import { pickStorePolicy } from './pick';
import { hostIs, type StoreAdapter } from './types';

/**
 * play.google.com/store/apps/details: "Privacy Policy" sits in the collapsible "App support"
 * section (#developer-contacts) beside the developer's email and website. Class names are
 * generated, so the section is found by id or heading, never by class.
 */
export const googlePlay: StoreAdapter = {
  id: 'google-play',
  name: 'Google Play',
  matches: (url) => hostIs(url, ['play.google.com'], /^\/store\/apps\/details/),
  find: (doc, url) =>
    pickStorePolicy(doc, url, {
      scopes: ['#developer-contacts', '[data-section="app-support"]'],
      headings: /^(?:App support|应用支持|應用程式支援|開發人員聯絡資訊|开发者联系信息)$/i,
      storeOwn:
        /^https?:\/\/(?:policies\.google\.com|(?:www\.)?google\.com\/(?:intl\/[^/]+\/)?policies|play\.google\.com\/about)/i,
    }),
};
