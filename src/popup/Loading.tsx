/** "Checking…", and on a policy that takes a while, which step it is on and how much text (issue #17.4). */
import type { AuditProgress } from '../messages';
import type { Connector, MessageKey } from '../shared/connector';

const STEPS: AuditProgress['stage'][] = ['discover', 'download', 'read', 'analyse'];

function megabytes(bytes: number, lang: string): string {
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
}

function words(t: Connector['t'], lang: string, p: AuditProgress): string {
  const size = p.size ?? 0;
  const keys: Record<AuditProgress['stage'], MessageKey> = {
    discover: 'progressDiscover',
    download: 'progressDownload',
    read: 'progressRead',
    analyse: 'progressAnalyse',
  };
  if (p.stage === 'read') return t(keys.read, megabytes(size, lang));
  if (p.stage === 'analyse') return t(keys.analyse, new Intl.NumberFormat(lang).format(size));
  return t(keys[p.stage]);
}

export function Loading({ t, lang, progress }: { t: Connector['t']; lang: string; progress: AuditProgress | null }) {
  return (
    <div class="status-loading-box">
      <p class="status-loading" role="status">
        <span class="spinner" aria-hidden="true" />
        {progress ? words(t, lang, progress) : t('popupLoading')}
      </p>
      {progress && (
        <progress
          data-testid="progress"
          data-stage={progress.stage}
          max={STEPS.length}
          value={STEPS.indexOf(progress.stage) + 1}
        />
      )}
    </div>
  );
}
