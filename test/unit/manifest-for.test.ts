/** The builds differ only where a browser or a test needs it (scripts/manifest-for.ts, issue #15). */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { manifestFor } from '../../scripts/manifest-for';

const base = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

describe('manifestFor', () => {
  test('the Firefox e2e build is the Firefox build plus 127.0.0.1, and nothing else', () => {
    const { host_permissions: hosts, ...firefoxE2e } = manifestFor(base, 'e2e-firefox');
    expect(hosts).toEqual(['http://127.0.0.1/*']);
    expect(firefoxE2e).toEqual(manifestFor(base, 'firefox'));
  });

  test('both Firefox builds run background scripts, without the offscreen permission', () => {
    for (const target of ['firefox', 'e2e-firefox'] as const) {
      const m = manifestFor(base, target);
      expect(m.background).toMatchObject({ scripts: [expect.any(String)] });
      expect(m.permissions).not.toContain('offscreen');
      expect(m.browser_specific_settings).toMatchObject({ gecko: { id: 'policy-radar@policyradar.invalid' } });
    }
  });
});
