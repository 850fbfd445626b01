/**
 * Discovery in every frame of the clicked tab that the grant reaches (issue #17.1). Frames the extension may
 * not script are skipped by the browser; the top frame must answer, else the page is out of reach.
 */
import type { PageDiscovery } from '../inject/types';
import { mergeFrames } from './frames';
import { scriptError, timeout } from './tab-scripts';

/** A page busy in a long task (or a frozen background tab) can hold executeScript indefinitely: cap it. */
const DISCOVER_TIMEOUT_MS = 5_000;

export async function discoverInFrames(tabId: number): Promise<PageDiscovery> {
  const run = chrome.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['inject/discover.js'] });
  const results = await timeout(run, DISCOVER_TIMEOUT_MS);
  const merged = mergeFrames(
    results.map((r) => ({ frameId: r.frameId, found: (r.result as PageDiscovery | null | undefined) ?? null })),
  );
  if (!merged) {
    // Firefox answers a script that threw with { error } rather than rejecting (issue #15): say what happened.
    const error = scriptError(results.find((r) => r.frameId === 0));
    throw new Error(`inject/discover.js ${error ? `threw: ${error}` : 'returned nothing'} in the top frame`);
  }
  return merged;
}
