/**
 * Injected into a hidden tab holding a script-rendered policy (issue #4): waits until the app has put
 * enough text on the page, then extracts it. Resolves with what it has when the wait runs out.
 */
import { extractMainText, looksScriptRendered, type MainText } from '../extract';

const WAIT_MS = 4000;
const POLL_MS = 100;

export function run(): Promise<MainText> {
  const started = Date.now();
  return new Promise((resolve) => {
    const tick = () => {
      if (!looksScriptRendered(document) || Date.now() - started > WAIT_MS) {
        resolve(extractMainText(document, location.href));
      } else {
        setTimeout(tick, POLL_MS);
      }
    };
    tick();
  });
}
