/**
 * The phone-field guard's always-on part (issue #5), registered for every page only after the user
 * granted the optional host permission. It must cost nearly nothing where there is no phone field, so it
 * never scans or observes the DOM: one focusin listener at the document sees every field, including
 * ones an SPA or a modal adds later. On the first phone field it asks the worker to load the chip
 * (a second, heavier file) and hands the field over.
 */
import { remember, watchSubmits } from './capture';
import { isPhoneField } from './detect';

/** Set by the chip script (inject/guard-chip.js) in this isolated world once it has loaded. */
export interface ChipApi {
  show(field: HTMLInputElement): void;
}
const scope = globalThis as { policyRadarChip?: ChipApi; policyRadarGuard?: boolean };

let loading: Promise<boolean> | null = null;

function consider(field: EventTarget | null): void {
  if (!isPhoneField(field)) return;
  remember(field);
  if (scope.policyRadarChip) return scope.policyRadarChip.show(field);
  loading ??= chrome.runtime.sendMessage({ type: 'guard-chip', payload: {} }).then(
    (r: { show?: boolean } | undefined) => r?.show === true,
    // A worker that did not answer is asked again at the next focus, not written off for the page.
    () => ((loading = null), false),
  );
  void loading.then((show) => show && scope.policyRadarChip?.show(field));
}

// Inside an open shadow root the event is retargeted to the host; the path still starts at the input.
// Issue #18: a focusin the page dispatched itself is not the user's; it must not start an audit.
const onFocus = (e: Event): void => {
  if (e.isTrusted) consider(e.composedPath()[0] ?? null);
};

export function run(): void {
  // Registered scripts can be injected again (permission re-granted, extension updated): listen once.
  if (scope.policyRadarGuard) return;
  scope.policyRadarGuard = true;
  document.addEventListener('focusin', onFocus, true);
  // A field focused before we arrived (autofocus) gets no focusin of its own.
  consider(document.activeElement);
  // Issue #6: a submitted (or left) phone number goes to the ledger, masked and hashed.
  watchSubmits();
}
