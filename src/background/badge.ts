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

/** `clauses`: the report's one count (clauseCount), shown in the icon's tooltip beside the level. */
export async function setBadge(tabId: number, level: Level | null, clauses?: number): Promise<void> {
  // Chrome clears a per-tab badge when the tab navigates, so a stale level never outlives its page.
  if (!level) {
    await chrome.action.setBadgeText({ tabId, text: '' });
    await chrome.action.setTitle?.({ tabId, title: '' });
    return;
  }
  if (clauses !== undefined)
    await chrome.action.setTitle?.({
      tabId,
      title: `${chrome.i18n.getMessage('extName') || 'PolicyRadar'} · ${chrome.i18n.getMessage('findingsCount', String(clauses)) || clauses}`,
    });
  await chrome.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLORS[level] });
  await chrome.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
  await chrome.action.setBadgeText({ tabId, text: chrome.i18n.getMessage(KEYS[level]) || level[0]!.toUpperCase() });
}
