/** Content script → service worker, typed by the ContentToBG map; the worker checks sender and payload. */
import type { ContentToBG, ReqOf, ResOf } from '../messages';

export function send<K extends keyof ContentToBG & string>(
  type: K,
  payload: ReqOf<ContentToBG, K>,
): Promise<ResOf<ContentToBG, K>> {
  return chrome.runtime.sendMessage({ type, payload }) as Promise<ResOf<ContentToBG, K>>;
}
