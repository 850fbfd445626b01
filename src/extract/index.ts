/** The DOM-side extraction layer (issue 4). No extension APIs here: content scripts, the offscreen document and tests all call it. */
export { discoverPolicies, type Discovery } from './discover';
export { findPolicyLinks, isPolicyPage } from './find-policy';
export { decodeHtml, encodingFor, type Decoded } from './decode';
export { extractMainText, looksScriptRendered, type MainText } from './main-text';
export { findStorePolicy, storeFor, STORES, type StoreAdapter, type StoreId, type StoreMatch } from './stores';
export type { PolicyCandidate, PolicyPageVerdict, PolicySource } from './types';
