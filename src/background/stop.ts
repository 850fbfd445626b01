/** A pipeline step that cannot go on says why, as the reason code the popup turns into advice (issue #4). */
import type { NotAnalysedReason, PageInfo } from '../messages';

export class Stop extends Error {
  constructor(
    readonly reason: NotAnalysedReason,
    readonly detail?: string,
    readonly policy?: PageInfo,
  ) {
    super(reason);
  }
}
