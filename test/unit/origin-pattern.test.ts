/**
 * Host permissions are asked by scheme and hostname (issue #15): Firefox's permissions.contains answers false
 * for a pattern with a port even when the host is granted, so the worker fell back to the in-page fetch.
 */
import { describe, expect, test } from 'vitest';
import { holdsOrigin, originPattern } from '../../src/shared/origin-pattern';

/** permissions.contains as Firefox answers it: a pattern with a port matches no granted pattern. */
function firefoxPermissions(granted: string[]) {
  return {
    contains: async ({ origins }: { origins: string[] }) =>
      origins.every((pattern) => {
        const host = /^[a-z]+:\/\/([^/]*)\//.exec(pattern)?.[1] ?? '';
        return !/:\d+$/.test(host) && granted.includes(pattern);
      }),
  };
}

describe('originPattern', () => {
  test.each([
    ['http://127.0.0.1:8080', 'http://127.0.0.1/*'],
    ['https://example.com', 'https://example.com/*'],
    ['https://example.com:443', 'https://example.com/*'],
    ['http://[::1]:3000', 'http://[::1]/*'],
    ['https://隐私.example', 'https://xn--5lzy30d.example/*'],
  ])('%s → %s', (origin, pattern) => {
    expect(originPattern(origin)).toBe(pattern);
  });
});

describe('holdsOrigin', () => {
  const permissions = firefoxPermissions(['http://127.0.0.1/*']);
  test('a granted host is held on any port', async () => {
    expect(await holdsOrigin(permissions, 'http://127.0.0.1:41234')).toBe(true);
    expect(await holdsOrigin(permissions, 'http://127.0.0.1')).toBe(true);
  });
  test('another host is not', async () => {
    expect(await holdsOrigin(permissions, 'http://localhost:41234')).toBe(false);
    expect(await holdsOrigin(permissions, 'https://127.0.0.1:41234')).toBe(false);
  });
});
