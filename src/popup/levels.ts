/** Level → locale key, shared by the popup and the history page. */
import type { Level } from '../engine/types';
import type { MessageKey } from '../shared/connector';

export const LEVEL_KEYS: Record<Level, MessageKey> = {
  low: 'levelLow',
  medium: 'levelMedium',
  high: 'levelHigh',
  severe: 'levelSevere',
};
