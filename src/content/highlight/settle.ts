/**
 * Single-page apps fill their policy in after load (issue #17.3): highlights read on the loading skeleton
 * painted nothing while the popup had scored the full text. So the page is read once its text has arrived
 * and stopped growing, and read again if much more text appears later.
 */

/** A skeleton says "加载中…"; even the shortest policy says more. Matches the pipeline's MIN_POLICY_CHARS. */
const MIN_CHARS = 200;
const POLL_MS = 150;
/** Apps that never settle (tickers, live chat) are read as they are after this. */
const MAX_WAIT_MS = 8_000;
/** Text that grows by this share after the highlights were painted is content they missed. */
const GROWTH = 0.25;
/** How long after painting late content is still looked for. */
const WATCH_MS = 20_000;

/** Rendered text where there is layout (innerText skips scripts and hidden text), textContent elsewhere. */
export function textLength(doc: Document): number {
  const body = doc.body as HTMLElement | null;
  if (!body) return 0;
  return (typeof body.innerText === 'string' ? body.innerText : (body.textContent ?? '')).trim().length;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when the page holds enough text and two reads in a row agree, or after MAX_WAIT_MS. */
export async function settled(doc: Document, maxMs = MAX_WAIT_MS): Promise<void> {
  const started = Date.now();
  let last = textLength(doc);
  while (Date.now() - started < maxMs) {
    await sleep(POLL_MS);
    const now = textLength(doc);
    if (now >= MIN_CHARS && now === last) return;
    last = now;
  }
}

/**
 * Calls `grew` once when the page's text grows well past `baseline` (throttled to one read per poll),
 * then stops; the returned function stops it earlier. Our own UI lives in a shadow root: its text never counts.
 */
export function watchGrowth(doc: Document, baseline: number, grew: () => void, windowMs = WATCH_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (textLength(doc) > baseline * (1 + GROWTH) + MIN_CHARS / 2) {
        stop();
        grew();
      }
    }, POLL_MS);
  });
  const expire = setTimeout(() => stop(), windowMs);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(expire);
  };
  if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  return stop;
}
