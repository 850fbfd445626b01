/** Derives each build's manifest from the one manifest.json, so the builds differ only where a browser needs it. */
export type BuildTarget = 'chrome' | 'firefox' | 'e2e' | 'e2e-firefox';

type Manifest = Record<string, unknown>;

export function manifestFor(base: Manifest, target: BuildTarget): Manifest {
  const manifest: Manifest = structuredClone(base);
  if (target === 'firefox' || target === 'e2e-firefox') {
    const background = base.background as { service_worker: string };
    manifest.background = { scripts: [background.service_worker], type: 'module' };
    // Firefox's background page has a DOMParser and no chrome.offscreen; the permission would be unknown there.
    manifest.permissions = (base.permissions as string[]).filter((p) => p !== 'offscreen');
    // data_collection_permissions needs Firefox 140 (the current ESR) and Firefox for Android 142;
    // an older minimum makes web-ext lint warn that the key would be ignored there.
    manifest.browser_specific_settings = {
      gecko: {
        id: 'policy-radar@policyradar.invalid',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  if (target === 'e2e') {
    // Stands in for the activeTab grant a toolbar click gives, which a test cannot click (issue #4).
    manifest.host_permissions = ['http://127.0.0.1/*', 'http://localhost/*'];
  }
  if (target === 'e2e-firefox') {
    // The same stand-in, for the page's host only: localhost stays another origin the test grants at run time
    // through the popup's button, as a Firefox user would (issue #15).
    manifest.host_permissions = ['http://127.0.0.1/*'];
  }
  return manifest;
}
