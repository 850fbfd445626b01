/** Which page-chosen links PolicyRadar requests (issue #18): table-driven, popup and guard apart. */
import { describe, expect, test } from 'vitest';
import { hostClass, refusal } from '../../src/background/reach';

describe('hostClass', () => {
  test.each([
    ['127.0.0.1', 'loopback'],
    ['127.9.8.7', 'loopback'],
    ['localhost', 'loopback'],
    ['admin.localhost', 'loopback'],
    ['[::1]', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['router', 'private'],
    ['nas.local', 'private'],
    ['[fd00::1]', 'private'],
    ['169.254.169.254', 'link-local'],
    ['[fe80::1]', 'link-local'],
    ['172.32.0.1', 'public'],
    ['shop.example.com', 'public'],
    ['8.8.8.8', 'public'],
  ])('%s → %s', (host, kind) => expect(hostClass(host)).toBe(kind));

  test.each(['http://0x7f.1/', 'http://2130706433/', 'http://[::ffff:127.0.0.1]/', 'http://[::ffff:c0a8:101]/'])(
    'the URL parser’s canonical form of %s is still caught',
    (url) => expect(hostClass(new URL(url).hostname)).not.toBe('public'),
  );
});

const PAGE = 'https://www.shop.example.com/signup';

describe('refusal', () => {
  test.each([
    // [target, by popup, by guard]
    ['https://www.shop.example.com/privacy', null, null],
    ['https://static.shop.example.com/privacy.html', null, null],
    ['https://privacy.other.example/p', null, 'other-site'],
    ['http://192.168.1.1/reboot', 'private', 'other-site'],
    ['http://127.0.0.1:8080/', 'loopback', 'other-site'],
    ['http://localhost/', 'loopback', 'other-site'],
    ['http://169.254.169.254/latest/meta-data/', 'link-local', 'other-site'],
    ['https://shop.example.com:8443/privacy', 'port', 'port'],
    ['javascript:alert(1)', 'not-http', 'not-http'],
    ['file:///etc/passwd', 'not-http', 'not-http'],
  ])('%s: popup %s, guard %s', (target, popup, guard) => {
    expect(refusal(PAGE, target, 'popup')).toBe(popup);
    expect(refusal(PAGE, target, 'guard')).toBe(guard);
  });

  test('a page on a local server may reach its own origin; the guard no other port or host', () => {
    const local = 'http://127.0.0.1:4000/signup';
    expect(refusal(local, 'http://127.0.0.1:4000/privacy', 'guard')).toBeNull();
    expect(refusal(local, 'http://127.0.0.1:5000/admin', 'guard')).toBe('loopback');
    expect(refusal(local, 'http://localhost:5000/admin', 'guard')).toBe('other-site');
    // A developer clicking the popup on a local page may read a policy on another local port.
    expect(refusal(local, 'http://localhost:5000/privacy', 'popup')).toBeNull();
    expect(refusal(local, 'http://192.168.1.1/', 'popup')).toBe('private');
  });
});
