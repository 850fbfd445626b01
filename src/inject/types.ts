/** What the scripts injected into a tab hand back to the service worker: plain, structured-clone safe data. */
import type { Discovery, MainText } from '../extract';

export interface PageDiscovery extends Discovery {
  url: string;
  title: string;
  /** Set when the page is itself a policy: its text, taken from the live (already rendered) DOM. */
  main: MainText | null;
  /** The text of an open dialog that reads as a policy: what the user is looking at (issue #17.2). */
  dialog?: MainText | null;
  /** The words of a policy link that only opens by script (javascript:void(0), a button): nothing to fetch. */
  behindClick?: string;
  /**
   * Set when the answer came from an iframe rather than the top page (issue #17.1): that frame's URL, which
   * is also the policy's when `main` or `dialog` is set.
   */
  frame?: string;
}
