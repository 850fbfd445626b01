/** Level → locale key, shared by the popup and the history page. */
import type { Level } from '../engine/types';
import type { MessageKey } from '../shared/connector';

/** What each band means in the rubric's terms (issue 16): who gets what, for what, with or without consent. */
export const LEVEL_MEANS: Record<Level, MessageKey> = {
  low: 'levelMeansLow',
  medium: 'levelMeansMedium',
  high: 'levelMeansHigh',
  severe: 'levelMeansSevere',
};

export const LEVEL_KEYS: Record<Level, MessageKey> = {
  low: 'levelLow',
  medium: 'levelMedium',
  high: 'levelHigh',
  severe: 'levelSevere',
};
