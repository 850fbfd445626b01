/** What the guard toggle needs from the browser, as a small facade so the component is tested without one. */
import type { GuardState, ReqOf, ResOf, UIToBG } from '../messages';

export interface GuardApi {
  state(): Promise<GuardState>;
  /** asks for <all_urls>; must be called from the click itself (a user gesture) */
  requestAllSites(): Promise<boolean>;
  set(enabled: boolean): Promise<GuardState>;
}

const ALL = { origins: ['<all_urls>'] };

function send<K extends keyof UIToBG & string>(type: K, payload: ReqOf<UIToBG, K>): Promise<ResOf<UIToBG, K>> {
  return chrome.runtime.sendMessage({ type, payload }) as Promise<ResOf<UIToBG, K>>;
}

export const browserGuardApi: GuardApi = {
  state: () => send('guard-state', {}),
  requestAllSites: () => chrome.permissions.request(ALL).catch(() => false),
  set: (enabled) => send('guard-set', { enabled }),
};
