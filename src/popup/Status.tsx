/** The popup's non-report states: no answer, and "not analysed" with what the user can do. */
import type { AuditTabResult, NotAnalysedReason } from '../messages';
import type { Connector, MessageKey } from '../shared/connector';
import { adviceFor } from './advice';
import { FoundIn } from './FoundIn';
import { shownUrl } from './url';

type T = Connector['t'];
type NotAnalysedResult = Extract<AuditTabResult, { kind: 'not-analysed' }>;

const REASON_KEYS: Record<NotAnalysedReason, MessageKey> = {
  'engine-missing': 'reasonEngineMissing',
  'no-tab': 'reasonNoTab',
  'restricted-page': 'reasonRestrictedPage',
  'no-policy': 'reasonNoPolicy',
  'fetch-failed': 'reasonFetchFailed',
  timeout: 'reasonTimeout',
  'not-html': 'reasonNotHtml',
  'not-a-policy': 'reasonNotAPolicy',
  'no-access': 'reasonNoAccess',
  'needs-permission': 'reasonNeedsPermission',
  'refused-link': 'reasonRefusedLink',
  'needs-render': 'reasonNeedsRender',
  'policy-behind-click': 'reasonPolicyBehindClick',
};

export function NoAnswer({ t, retry }: { t: T; retry(): void }) {
  return (
    <div class="status-error" role="alert">
      <p>{t('popupNoAnswer')}</p>
      <button type="button" onClick={retry}>
        {t('retry')}
      </button>
    </div>
  );
}

interface NotAnalysedProps {
  connector: Connector;
  result: NotAnalysedResult;
  /** runs the audit again (after a permission grant, or a timeout) */
  retry(): void;
  /** runs it again allowed to open the hidden rendering tab: only ever from the button's click (issue #18) */
  render(): void;
}

export function NotAnalysed({ connector, result, retry, render }: NotAnalysedProps) {
  const { t } = connector;
  const origin = result.reason === 'needs-permission' ? result.detail : undefined;
  const advice = adviceFor(result);
  const url = result.policy?.url;
  // requestOrigin is called synchronously in the click: the permission prompt needs the user gesture.
  const grant = () => origin && void connector.requestOrigin(origin).then((ok) => ok && retry());
  return (
    <section class="not-analysed level-card" data-testid="not-analysed" data-reason={result.reason}>
      <h2>{t('notAnalysedTitle')}</h2>
      <p data-testid="advice">{t(advice.reason ?? REASON_KEYS[result.reason])}</p>
      {advice.detail && <p class="detail">{t(advice.detail.key, t(advice.detail.arg))}</p>}
      {advice.detail === undefined && result.detail && result.reason !== 'refused-link' && (
        <p class="detail">{result.detail}</p>
      )}
      {url && <p class="url">{shownUrl(url)}</p>}
      {!result.policy && result.page?.url && <p class="url">{shownUrl(result.page.url)}</p>}
      {result.frame && <FoundIn t={t} frame={result.frame} />}
      <div class="actions">
        {origin && (
          <button type="button" class="primary" data-testid="grant-access" onClick={grant}>
            {t('grantAccess', origin)}
          </button>
        )}
        {result.reason === 'needs-render' && (
          <button type="button" class="primary" data-testid="render-policy" onClick={render}>
            {t('renderPolicy')}
          </button>
        )}
        {advice.retry && (
          <button type="button" data-testid="retry" onClick={retry}>
            {t('retry')}
          </button>
        )}
        {url && advice.open && (
          <button type="button" data-testid="open-plain" onClick={() => void connector.openPage(url)}>
            {t(advice.open === 'document' ? 'openDocument' : 'openPage')}
          </button>
        )}
      </div>
    </section>
  );
}
