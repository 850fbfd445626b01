/**
 * The ledger's eyes in the page (issue #6), part of the always-on watcher: when a phone field the user
 * filled is submitted with its form, or the page is left after it was filled (forms without <form>, SPAs
 * that post by script), tell the worker. Issue #18: evidence anyone can forge is no evidence, so a number
 * counts only if the user typed it — trusted `input` events on the field since it got focus, and the field
 * still holding those digits — and a submit only if the browser, not a script, fired it. The digits go to
 * the worker over the extension's own channel; it masks and hashes them there, with a salt no content
 * script can read, and drops them.
 */
import { isPhoneNumber, normalizeNumber } from '../../ledger/number';
import type { PhoneSubmitted } from '../../messages';
import { filledPhoneField } from './detect';

/** Phone fields that had focus on this page: what pagehide looks at when no form was submitted. */
const seen = new Set<HTMLInputElement>();
/** Per field, the digits as the user's own typing left them since the field got focus. */
const typed = new WeakMap<HTMLInputElement, string>();
const sent = new Set<string>();

/** The field's number, if the user typed exactly that; a script that changed it afterwards voids it. */
function userNumber(field: HTMLInputElement): string | null {
  const digits = normalizeNumber(field.value);
  return isPhoneNumber(digits) && typed.get(field) === digits ? digits : null;
}

function report(field: HTMLInputElement, trigger: PhoneSubmitted['trigger']): void {
  const digits = userNumber(field);
  // Submit then pagehide, or two submits: one message per number and page.
  if (!digits || sent.has(digits)) return;
  sent.add(digits);
  void chrome.runtime.sendMessage({ type: 'phone-submitted', payload: { digits, trigger } }).catch(() => undefined);
}

/** A trusted focus on a phone field: typing counts from here. */
export function remember(field: HTMLInputElement): void {
  seen.add(field);
  typed.delete(field);
}

export function watchSubmits(): void {
  const onInput = (e: Event) => {
    const field = e.target as HTMLInputElement;
    if (e.isTrusted && seen.has(field)) typed.set(field, normalizeNumber(field.value));
  };
  document.addEventListener('input', onInput, true);
  document.addEventListener(
    'submit',
    (e) => {
      const field = e.isTrusted && e.target instanceof HTMLFormElement ? filledPhoneField(e.target) : null;
      if (field) report(field, 'submit');
    },
    true,
  );
  addEventListener('pagehide', (e) => {
    if (e.isTrusted) for (const field of seen) report(field, 'pagehide');
  });
}
