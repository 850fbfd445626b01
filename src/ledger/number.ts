/**
 * Phone numbers as the ledger may keep them (issue #6): never whole. This file ships in the guard's
 * always-on watcher, so it stays a few lines; the hash lives beside it in ./hash.
 */

/** Digits only, with China's country code (+86 / 0086) taken off a mobile number so both forms match. */
export function normalizeNumber(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  const cn = /^(?:0086|86)(1[3-9]\d{9})$/.exec(digits);
  return cn ? (cn[1] as string) : digits;
}

/** Plausible phone numbers only: a half-typed field or a six-digit SMS code is not a number given away. */
export const isPhoneNumber = (digits: string): boolean => /^\d{7,15}$/.test(digits);

/**
 * 138****5678 for a Chinese mobile (the convention Chinese sites use themselves); any other number keeps
 * only its last four digits, so a landline or a foreign number says no more than "ending 5678".
 */
export function maskNumber(digits: string): string {
  if (/^1[3-9]\d{9}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return `${'*'.repeat(Math.max(digits.length - 4, 0))}${digits.slice(-4)}`;
}

export const last4 = (digits: string): string => digits.slice(-4);
