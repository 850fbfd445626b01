/**
 * The grouped findings, kept readable on a huge policy (issue #17.4): a 5 MB policy rendered 3,407 cards and
 * a popup 299,310 px tall. Each group shows its first cards, most severe first, and a "show all N" button;
 * the context list renders nothing until it is opened, and then only its first cards too.
 */
import { useState } from 'preact/hooks';
import type { Finding } from '../engine/types';
import type { Connector } from '../shared/connector';
import { FindingItem } from './FindingItem';
import type { Grouped } from './groups';

/** Enough to see what a group is about; the most severe come first, so these are the ones that matter. */
export const FIRST_CARDS = 5;

interface CardsProps {
  findings: Finding[];
  connector: Connector;
  id: string;
  show?: (f: Finding) => void;
}

function Cards({ findings, connector, id, show }: CardsProps) {
  const [all, setAll] = useState(false);
  const shown = all ? findings : findings.slice(0, FIRST_CARDS);
  return (
    <>
      <ul class="findings">
        {shown.map((f) => (
          <FindingItem key={f.id} finding={f} connector={connector} {...(show ? { show } : {})} />
        ))}
      </ul>
      {shown.length < findings.length && (
        <button type="button" class="link show-all" data-testid="show-all" data-group={id} onClick={() => setAll(true)}>
          {connector.t('showAll', String(findings.length))}
        </button>
      )}
    </>
  );
}

interface Props {
  grouped: Grouped;
  connector: Connector;
  /** "show in page" for a finding (issue #17.9) */
  show?: (f: Finding) => void;
}

export function FindingGroups({ grouped, connector, show }: Props) {
  const { t } = connector;
  const { groups, context } = grouped;
  const [contextOpen, setContextOpen] = useState(false);
  return (
    <>
      {groups.map((g) => (
        <section key={g.id} class={`group group-${g.id}`} aria-labelledby={`group-${g.id}`}>
          <h2 id={`group-${g.id}`}>
            {t(g.title)} <span class="count">{g.findings.length}</span>
          </h2>
          <Cards findings={g.findings} connector={connector} id={g.id} {...(show ? { show } : {})} />
        </section>
      ))}
      {context.length > 0 && (
        <details
          class="group group-context"
          onToggle={(e) => setContextOpen((e.currentTarget as HTMLDetailsElement).open)}
        >
          <summary>{t('groupContext', String(context.length))}</summary>
          {contextOpen && <Cards findings={context} connector={connector} id="context" {...(show ? { show } : {})} />}
        </details>
      )}
    </>
  );
}
