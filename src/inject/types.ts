/** What the scripts injected into a tab hand back to the service worker: plain, structured-clone safe data. */
import type { Discovery, MainText } from '../extract';

export interface PageDiscovery extends Discovery {
  url: string;
  title: string;
  /** Set when the page is itself a policy: its text, taken from the live (already rendered) DOM. */
  main: MainText | null;
}
