/**
 * Injected into every frame of the tab the user clicked on (activeTab grant). Only reads the DOM: finds the
 * policy candidates, the text of an open policy dialog, and, when the page is itself the policy, its text.
 * No engine here — it runs in the extension.
 */
import { discoverPolicies, extractMainText } from '../extract';
import { openDialogPolicy, policyBehindClick } from '../extract/dialog';
import type { PageDiscovery } from './types';

export function run(): PageDiscovery {
  const url = location.href;
  const found = discoverPolicies(document, url);
  const main = found.self.isPolicy ? extractMainText(document, url) : null;
  const dialog = openDialogPolicy(document);
  const behindClick = policyBehindClick(document);
  return { ...found, url, title: document.title, main, dialog, ...(behindClick ? { behindClick } : {}) };
}
