/**
 * What a "not analysed" answer tells the user and lets them do (issue #17.5): only actions that can help.
 * "Open with highlights" needs a policy page to paint, which a PDF, a 404, a timeout or a page that is not
 * a policy never is; a broken link is not fixed by opening it; and a MIME type is not a word people use.
 */
import type { AuditTabResult } from '../messages';
import type { MessageKey } from '../shared/connector';

type NotAnalysed = Extract<AuditTabResult, { kind: 'not-analysed' }>;

export interface Advice {
  /** replaces the reason's own text when the detail says more (a 404 is a broken link, not a download hiccup) */
  reason?: MessageKey;
  /** the detail as words, or null to hide the raw detail */
  detail?: { key: MessageKey; arg: MessageKey } | null;
  retry: boolean;
  /** open the policy URL in a plain tab: the browser may show what we could not read */
  open: 'document' | 'page' | null;
}

/** A link that is gone: the site says so itself, and asking again or opening it shows the same error page. */
const GONE = /^HTTP (?:404|410)$/;

export function fileKind(mime: string): MessageKey {
  if (mime === 'application/pdf') return 'kindPdf';
  if (/msword|officedocument|opendocument\.text/.test(mime)) return 'kindWord';
  if (mime.startsWith('image/')) return 'kindImage';
  return 'kindFile';
}

export function adviceFor(result: NotAnalysed): Advice {
  const hasUrl = Boolean(result.policy?.url);
  switch (result.reason) {
    case 'not-html':
      return {
        detail: { key: 'notHtmlKind', arg: fileKind(result.detail ?? 'application/pdf') },
        retry: false,
        open: hasUrl ? 'document' : null,
      };
    case 'fetch-failed':
      if (GONE.test(result.detail ?? '')) return { reason: 'reasonBrokenLink', retry: false, open: null };
      return { retry: true, open: hasUrl ? 'page' : null };
    case 'timeout':
      return { retry: true, open: hasUrl ? 'page' : null };
    case 'not-a-policy':
      return { retry: false, open: hasUrl ? 'page' : null };
    // The detail of these is for the popup's own use: a store id, an origin, the link's words.
    case 'no-policy':
    case 'needs-permission':
      return { detail: null, retry: false, open: null };
    default:
      return { retry: false, open: null };
  }
}
