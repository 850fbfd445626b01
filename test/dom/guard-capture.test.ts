/**
 * Issue #18: a ledger entry needs the user's own typing. A page that fills the phone field by script and
 * submits by script (25 times, or with requestSubmit, or by leaving) sends the worker nothing. jsdom's
 * dispatchEvent makes untrusted events, as a page's scripts do; the trusted path is covered in Chromium
 * (test/e2e/ledger.e2e.ts types the number with the keyboard).
 */
import { beforeAll, expect, test, vi } from 'vitest';
import { remember, watchSubmits } from '../../src/content/guard/capture';

const sendMessage = vi.fn(async () => ({ ok: true }));

beforeAll(() => {
  // storage answers as it did for the watcher before issue #18 (no salt there: the digits path).
  Object.assign(globalThis, { chrome: { runtime: { sendMessage }, storage: { local: { get: async () => ({}) } } } });
  watchSubmits();
});

test('script-set numbers and script-made submits never reach the worker', async () => {
  document.body.innerHTML = '<form id="f"><input id="phone" type="tel" name="phone"></form>';
  const form = document.getElementById('f') as HTMLFormElement;
  form.addEventListener('submit', (e) => e.preventDefault());
  const field = document.getElementById('phone') as HTMLInputElement;
  remember(field); // the field got a (trusted) focus
  for (let i = 0; i < 25; i++) {
    field.value = `1381234${String(i).padStart(4, '0')}`;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  }
  form.requestSubmit();
  dispatchEvent(new PageTransitionEvent('pagehide'));
  await new Promise((r) => setTimeout(r, 20));
  expect(sendMessage).not.toHaveBeenCalled();
});
