/**
 * The service worker's answers, with the browser passed in (PipelineDeps) so they run under Node tests too.
 */
import type { ContentToBG, Handlers, UIToBG } from '../messages';
import { inpageHandlers, type InpageBrowser } from './inpage';
import { chromeInpage } from './inpage-browser';
import { auditTab, type PipelineDeps } from './pipeline';

export { auditTab, type TabInfo } from './pipeline';

export interface BackgroundDeps extends PipelineDeps {
  version: string;
}

export function createHandlers(
  deps: BackgroundDeps,
  inpageBrowser: InpageBrowser = chromeInpage,
): { ui: Handlers<UIToBG>; content: Handlers<ContentToBG> } {
  const ping = async () => ({ version: deps.version });
  // Highlights and the phone-field guard (issue #5) audit through the same pipeline and cache.
  const inpage = inpageHandlers({ audit: deps.audit, auditTab: (tabId) => auditTab(deps, tabId) }, inpageBrowser);
  return {
    ui: { ping, 'audit-tab': ({ tabId }) => auditTab(deps, tabId), ...inpage.ui },
    content: { ping, ...inpage.content },
  };
}
