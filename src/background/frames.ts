/**
 * Discovery ran in every frame the grant reaches (issue #17.1): many Chinese sites put the phone login, and
 * its consent line, in an iframe. The top page still speaks first; a frame is read only when the top page
 * offers nothing, and the answer then names the frame it came from.
 */
import type { PageDiscovery } from '../inject/types';

export interface FrameDiscovery {
  frameId: number;
  found: PageDiscovery | null;
}

const linked = (d: PageDiscovery) => d.candidates.some((c) => c.source !== 'self');
const offers = (d: PageDiscovery) => Boolean(d.main?.chars || d.dialog?.chars || linked(d));
const best = (d: PageDiscovery) => Math.max(0, ...d.candidates.map((c) => c.score));

/** The top frame's discovery, or a frame's in its stead; null when the top frame could not be read. */
export function mergeFrames(frames: FrameDiscovery[]): PageDiscovery | null {
  const top = frames.find((f) => f.frameId === 0)?.found;
  if (!top) return null;
  if (offers(top)) return top;
  const inner = frames
    .filter((f): f is { frameId: number; found: PageDiscovery } => f.frameId !== 0 && f.found !== null)
    .map((f) => f.found);
  // What a frame shows on screen (its own policy text, an open dialog) beats what it only links to.
  const shown = inner.find((d) => d.main?.chars || d.dialog?.chars);
  const withLink = inner.filter(linked).sort((a, b) => best(b) - best(a))[0];
  const pick = shown ?? withLink;
  const behindClick = top.behindClick ?? inner.find((d) => d.behindClick)?.behindClick;
  if (!pick) return behindClick ? { ...top, behindClick } : top;
  // The page stays the top page (its URL and title are where the user is); the policy comes from the frame.
  return {
    ...top,
    candidates: pick.candidates.filter((c) => c.source !== 'self'),
    main: pick.main,
    dialog: pick.dialog ?? null,
    frame: pick.url,
  };
}
