/** Polls the worker for where the audit stands while the popup waits (issue #17.4). */
import { useEffect, useState } from 'preact/hooks';
import type { AuditProgress } from '../messages';
import type { Connector } from '../shared/connector';

const POLL_MS = 250;

export function useProgress(connector: Connector, tabId: number | null, waiting: boolean): AuditProgress | null {
  const [progress, setProgress] = useState<AuditProgress | null>(null);
  useEffect(() => {
    if (!waiting) return setProgress(null);
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const id = tabId ?? (await connector.activeTabId());
      const now = id === null ? null : await connector.auditProgress(id);
      if (!live) return;
      setProgress(now);
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    timer = setTimeout(() => void poll(), POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [connector, tabId, waiting]);
  return progress;
}
