/**
 * The ledger's eyes in the page (issue #6), part of the always-on watcher: when a phone field the user
 * filled is submitted with its form, or the page is left after it was filled (forms without <form>, SPAs
 * that post by script), tell the worker — with the number masked and hashed here, in the isolated world,
 * so the digits never cross into the extension's process. Plain-http pages have no crypto.subtle; there
 * the digits go to the worker over the extension's own channel, which hashes and drops them.
 */
import { SALT_KEY, numberHash } from '../../ledger/hash';
import { isPhoneNumber, last4, maskNumber, normalizeNumber } from '../../ledger/number';
import type { PhoneSubmitted } from '../../messages';
import { filledPhoneField } from './detect';

type Prepared = Omit<PhoneSubmitted, 'trigger'>;

/** Phone fields that had focus on this page: what pagehide looks at when no form was submitted. */
const seen = new Set<HTMLInputElement>();
/** Per field, the value last prepared and its payload, so the hash is ready before pagehide needs it. */
const ready = new WeakMap<HTMLInputElement, { value: string; payload: Promise<Prepared> }>();
const sent = new Set<string>();

async function prepare(digits: string): Promise<Prepared> {
  const base = { masked: maskNumber(digits), last4: last4(digits) };
  const got: Record<string, unknown> = crypto.subtle ? await chrome.storage.local.get(SALT_KEY).catch(() => ({})) : {};
  const salt = got[SALT_KEY];
  return typeof salt === 'string' ? { ...base, hash: await numberHash(salt, digits) } : { ...base, digits };
}

function prime(field: HTMLInputElement): Promise<Prepared> | null {
  const digits = normalizeNumber(field.value);
  if (!isPhoneNumber(digits)) return null;
  const cached = ready.get(field);
  if (cached?.value === field.value) return cached.payload;
  const payload = prepare(digits);
  ready.set(field, { value: field.value, payload });
  return payload;
}

function report(field: HTMLInputElement, trigger: PhoneSubmitted['trigger']): void {
  void prime(field)?.then((p) => {
    // Submit then pagehide, or two submits: one message per number and page.
    const key = p.hash ?? p.digits ?? '';
    if (sent.has(key)) return;
    sent.add(key);
    void chrome.runtime.sendMessage({ type: 'phone-submitted', payload: { ...p, trigger } }).catch(() => undefined);
  });
}

export function remember(field: HTMLInputElement): void {
  seen.add(field);
}

export function watchSubmits(): void {
  // Hashing starts as the number is typed, so pagehide (which cannot wait for a promise) finds it ready.
  const early = (e: Event) => {
    const field = e.target as HTMLInputElement;
    if (seen.has(field)) void prime(field);
  };
  document.addEventListener('input', early, true);
  document.addEventListener('change', early, true);
  document.addEventListener(
    'submit',
    (e) => {
      const field = e.target instanceof HTMLFormElement ? filledPhoneField(e.target) : null;
      if (field) report(field, 'submit');
    },
    true,
  );
  addEventListener('pagehide', () => {
    for (const field of seen) report(field, 'pagehide');
  });
}
