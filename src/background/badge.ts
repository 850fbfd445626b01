/** The level on the toolbar icon of the audited tab (issue #4): a colour and one short word, per tab. */
import type { Level } from '../engine/types';

/** Tuned for contrast with the white badge text, the same hues as the popup's level colours. */
export const BADGE_COLORS: Record<Level, string> = {
  low: '#15803d',
  medium: '#b45309',
  high: '#c2410c',
  severe: '#b91c1c',
};

const KEYS = { low: 'badgeLow', medium: 'badgeMedium', high: 'badgeHigh', severe: 'badgeSevere' } as const;

export async function setBadge(tabId: number, level: Level | null): Promise<void> {
  // Chrome clears a per-tab badge when the tab navigates, so a stale level never outlives its page.
  if (!level) {
    await chrome.action.setBadgeText({ tabId, text: '' });
    return;
  }
  await chrome.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLORS[level] });
  await chrome.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
  await chrome.action.setBadgeText({ tabId, text: chrome.i18n.getMessage(KEYS[level]) || level[0]!.toUpperCase() });
}
