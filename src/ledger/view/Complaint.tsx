/**
 * The complaint draft for one entry (issue #6), shown in a textarea the user can edit and copied to the
 * clipboard from the click that opened it. PolicyRadar never files it: the text says so, and so does the UI.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Connector } from '../../shared/connector';
import { uiLang } from '../../shared/i18n';
import { complaintDraft, type Incident } from '../complaint';
import type { Chosen } from './Ledger';

export const draftOf = (connector: Connector, chosen: Chosen, incident: Incident): string =>
  complaintDraft(chosen.entry, chosen.clauses, incident, uiLang(connector.lang));

interface Props {
  connector: Connector;
  chosen: Chosen;
  incident: Incident;
  /** whether the click that chose the entry got the draft onto the clipboard */
  copied: boolean | null;
  onClose(): void;
}

export function Complaint({ connector, chosen, incident, copied: copiedFirst, onClose }: Props) {
  const { t } = connector;
  const draft = draftOf(connector, chosen, incident);
  const [text, setText] = useState(draft);
  const [copied, setCopied] = useState<boolean | null>(copiedFirst);
  const copy = async (value: string) => setCopied(await connector.copyText(value));
  // Another entry, or the incident edited in the trace form, rewrites the draft (the user's edits go with it).
  useEffect(() => setText(draft), [draft]);
  useEffect(() => setCopied(copiedFirst), [copiedFirst]);
  // Chosen from the timeline far below: bring the draft into view (jsdom has no scrollIntoView).
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.scrollIntoView?.({ block: 'nearest' }), [chosen.entry.id]);
  return (
    <section ref={box} class="panel complaint" data-testid="ledger-complaint" aria-labelledby="complaint-title">
      <h3 id="complaint-title">{t('ledgerComplaintTitle')}</h3>
      <textarea
        data-testid="complaint-text"
        rows={16}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p class="hint">{t('ledgerComplaintNote')}</p>
      <p class="actions">
        <button type="button" data-testid="complaint-copy" onClick={() => void copy(text)}>
          {t('ledgerCopy')}
        </button>
        <button type="button" class="link" onClick={onClose}>
          {t('ledgerClose')}
        </button>
        <span role="status" data-testid="complaint-status">
          {copied === true && t('ledgerCopied')}
          {copied === false && t('ledgerCopyFailed')}
        </span>
      </p>
    </section>
  );
}
