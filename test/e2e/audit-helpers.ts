/** Helpers for the issue #4 audit e2e tests: fixture routes with real charsets, and reading the popup's answer. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Route } from './serve';

/** Served with the Content-Type a legacy Chinese server sends, so decoding is tested by header. */
export function policyRoutes(pages: string): Record<string, Route> {
  return {
    '/policies/gbk.html': { body: readFileSync(pages + 'policies/gbk.html'), type: 'text/html; charset=gbk' },
    '/policies/big5.html': { body: readFileSync(pages + 'policies/big5.html'), type: 'text/html; charset=big5' },
    '/policies/manual.pdf': { body: '%PDF-1.7\n%fake\n', type: 'application/pdf' },
    '/policies/slow.html': { body: '<html><body>late</body></html>', delay: 15_000 },
  };
}

export type Outcome = { kind: 'score'; score: number; level: string } | { kind: 'not-analysed'; reason: string };

/** Waits for either answer the popup can give and returns it. */
export async function scoreOf(popup: Page, timeout = 20_000): Promise<Outcome> {
  const score = popup.getByTestId('risk-score');
  const none = popup.getByTestId('not-analysed');
  await score.or(none).first().waitFor({ timeout });
  if (await score.count()) {
    const level = (await popup.getByTestId('risk-level').getAttribute('data-level')) ?? '';
    return { kind: 'score', score: Number(await score.textContent()), level };
  }
  return { kind: 'not-analysed', reason: (await none.getAttribute('data-reason')) ?? '' };
}

/** A minimal signup form with a phone field whose consent label links the given policy URL. */
export function signupLinking(href: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>注册</title></head><body>
<form><label>手机号 <input type="tel" name="phone"></label>
<label><input type="checkbox"> 我已阅读并同意<a href="${href}">《隐私政策》</a></label>
<button>获取验证码</button></form></body></html>`;
}
