/**
 * "I gave my number here" (issue #6): what the user types — the last four digits, or the whole number,
 * which is masked and hashed at once and never kept — becomes the same fields a captured entry has.
 */
import { numberHash } from './hash';
import { isPhoneNumber, last4, maskNumber, normalizeNumber } from './number';

export interface ManualNumber {
  masked: string;
  last4: string;
  hash: string | null;
}

export async function manualNumber(raw: string, salt: () => Promise<string>): Promise<ManualNumber | null> {
  const digits = normalizeNumber(raw);
  if (/^\d{4}$/.test(digits)) return { masked: `*******${digits}`, last4: digits, hash: null };
  if (!isPhoneNumber(digits)) return null;
  return { masked: maskNumber(digits), last4: last4(digits), hash: await numberHash(await salt(), digits) };
}
