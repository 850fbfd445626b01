/**
 * Field checks for imported files (issue #18): a file can come from anywhere, so every field is checked
 * for type, size and known values before it is stored or rendered. A record that fails is left out, not
 * half-kept, so one bad field can no longer blank the history or ledger view.
 */
export const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export const str = (x: unknown, max = 2_000): x is string => typeof x === 'string' && x.length <= max;

/** http(s) only: a `javascript:` or `data:` URL from a file must never become a link. */
export const httpUrl = (x: unknown): x is string => str(x, 4_096) && /^https?:\/\/[^\s]+$/i.test(x) && canParse(x);

function canParse(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** An origin as the extension writes it: scheme, host and port, nothing else. */
export const httpOrigin = (x: unknown): x is string => httpUrl(x) && new URL(x).origin === x;

export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (x: unknown): x is T =>
    typeof x === 'string' && (values as readonly string[]).includes(x);

export const hex64 = (x: unknown): x is string => typeof x === 'string' && /^[0-9a-f]{64}$/.test(x);

export const int = (x: unknown, min: number, max: number): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

/** An ISO date that parses, and not in the future (a day's slack for clocks): future dates sort first forever. */
export const pastDate = (x: unknown, now: Date): x is string =>
  str(x, 40) && /^\d{4}-\d{2}-\d{2}T/.test(x) && Date.parse(x) <= now.getTime() + 86_400_000;

export const arrayOf = <T>(x: unknown, item: (y: unknown) => y is T, max: number): x is T[] =>
  Array.isArray(x) && x.length <= max && x.every((y) => item(y));

export const LEVELS = ['low', 'medium', 'high', 'severe'] as const;
export const SEVERITIES = ['info', 'low', 'medium', 'high', 'severe'] as const;

/** Files larger than this are refused before JSON.parse: a real export of a full history or ledger is smaller. */
export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;
