/**
 * The salted number hash (issue #6): groups entries by number without storing it. Computed in the worker
 * and our own pages only (issue #18). With the mask showing 7 of 11 digits, the hash is only as secret as
 * the salt: whoever has both can try the 10,000 remaining numbers. So the salt stays in this install, out
 * of content scripts' reach (./salt.ts), and is never exported.
 */
export const SALT_KEY = 'ledgerSalt';

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const numberHash = (salt: string, digits: string): Promise<string> => sha256Hex(`${salt}:${digits}`);
