/**
 * The service worker's answers, with the browser passed in (PipelineDeps) so they run under Node tests too.
 */
import type { ContentToBG, Handlers, UIToBG } from '../messages';
import { auditTab, type PipelineDeps } from './pipeline';

export { auditTab, type TabInfo } from './pipeline';

export interface BackgroundDeps extends PipelineDeps {
  version: string;
}

export function createHandlers(deps: BackgroundDeps): { ui: Handlers<UIToBG>; content: Handlers<ContentToBG> } {
  const ping = async () => ({ version: deps.version });
  return {
    ui: { ping, 'audit-tab': ({ tabId }) => auditTab(deps, tabId) },
    content: { ping },
  };
}
