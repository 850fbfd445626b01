/** Which iframe the policy was found in (issue #17.1): the user sees one page, the consent line lives in a frame. */
import type { Connector } from '../shared/connector';
import { shownUrl } from './url';

export function FoundIn({ t, frame }: { t: Connector['t']; frame: string }) {
  return (
    <p class="url found-in" data-testid="policy-frame" data-frame={frame}>
      {t('foundInFrame', shownUrl(frame))}
    </p>
  );
}
