/**
 * The phone-field guard is a dynamically registered content script (issue #5): it exists only while the
 * user has it switched on, and only for the origins the user granted. Without the optional host
 * permission nothing runs on pages. The e2e build's loopback host permissions count as granted origins,
 * which is how tests switch it on without clicking a permission prompt.
 */
import type { GuardState } from '../messages';
import { FILES } from './inpage';

const ID = 'policy-radar-guard';
/** The user's choice, kept apart from the registration, which Chrome drops when the extension is updated. */
const ON_KEY = 'guardOn';

/** Origins we may script, as content-script match patterns; <all_urls> once the user granted it. */
async function grantedMatches(): Promise<string[]> {
  const { origins = [] } = await chrome.permissions.getAll();
  if (origins.includes('<all_urls>')) return ['<all_urls>'];
  return origins.filter((o) => /^(?:https?|\*):\/\//.test(o));
}

export async function guardState(): Promise<GuardState> {
  const [script] = await chrome.scripting.getRegisteredContentScripts({ ids: [ID] });
  const granted = await grantedMatches();
  return { enabled: script !== undefined, matches: script?.matches ?? [], granted };
}

export async function setGuard(enabled: boolean): Promise<GuardState> {
  const [script] = await chrome.scripting.getRegisteredContentScripts({ ids: [ID] });
  if (script) await chrome.scripting.unregisterContentScripts({ ids: [ID] });
  const matches = enabled ? await grantedMatches() : [];
  if (matches.length > 0) {
    await chrome.scripting.registerContentScripts([
      {
        id: ID,
        js: [FILES.guardWatch],
        matches,
        runAt: 'document_idle',
        allFrames: true,
        persistAcrossSessions: true,
      },
    ]);
  }
  await chrome.storage.local.set({ [ON_KEY]: matches.length > 0 });
  return guardState();
}

/**
 * Registered scripts survive a browser restart but not an extension update (or an unpacked reload), which
 * would switch the guard — and with it the phone-number ledger's capture (issue #6) — off without a word.
 * At start-up, put it back if the user had it on.
 */
export async function restoreGuard(): Promise<void> {
  const { [ON_KEY]: on } = await chrome.storage.local.get(ON_KEY);
  if (on !== true) return;
  const [script] = await chrome.scripting.getRegisteredContentScripts({ ids: [ID] });
  if (!script) await setGuard(true);
}

/** A permission taken back in the browser's settings shrinks (or ends) the guard with it. */
export function followPermissionChanges(): void {
  chrome.permissions.onRemoved.addListener(() => {
    void guardState().then((s) => (s.enabled ? setGuard(true) : s));
  });
}
