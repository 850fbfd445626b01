/** Issue #17.5: a dead end offers no "open with highlights", speaks of files in words, and a 404 is a broken link. */
import { describe, expect, test } from 'vitest';
import { adviceFor, fileKind } from '../../src/popup/advice';
import type { AuditTabResult } from '../../src/messages';

type NotAnalysed = Extract<AuditTabResult, { kind: 'not-analysed' }>;
const policy = { url: 'https://shop.example/%E9%9A%90%E7%A7%81.html', title: '' };
const r = (over: Partial<NotAnalysed>): NotAnalysed => ({
  kind: 'not-analysed',
  reason: 'fetch-failed',
  policy,
  ...over,
});

describe('adviceFor', () => {
  test.each([
    ['a PDF', r({ reason: 'not-html', detail: 'application/pdf' }), { retry: false, open: 'document' }],
    ['HTTP 404', r({ detail: 'HTTP 404' }), { reason: 'reasonBrokenLink', retry: false, open: null }],
    ['HTTP 410', r({ detail: 'HTTP 410' }), { reason: 'reasonBrokenLink', retry: false, open: null }],
    ['HTTP 503', r({ detail: 'HTTP 503' }), { retry: true, open: 'page' }],
    ['a timeout', r({ reason: 'timeout' }), { retry: true, open: 'page' }],
    ['not a policy', r({ reason: 'not-a-policy' }), { retry: false, open: 'page' }],
    ['no policy link', r({ reason: 'no-policy', policy: undefined, detail: 'apple' }), { retry: false, open: null }],
  ])('%s', (_name, result, expected) => {
    expect(adviceFor(result)).toMatchObject(expected);
  });

  test('a MIME type becomes words', () => {
    expect(adviceFor(r({ reason: 'not-html', detail: 'application/pdf' })).detail).toEqual({
      key: 'notHtmlKind',
      arg: 'kindPdf',
    });
    expect(
      ['application/msword', 'image/png', 'application/zip', 'application/vnd.oasis.opendocument.text'].map(fileKind),
    ).toEqual(['kindWord', 'kindImage', 'kindFile', 'kindWord']);
  });
});
