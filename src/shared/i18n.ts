/** Turns engine data into words in the UI language: the `why` in the right variant and law articles. */
import type { LawRef, Localized, UiLang } from '../engine/types';
import type { Connector, MessageKey } from './connector';

/** zh-TW, zh-HK and zh-Hant read Traditional; every other Chinese reads Simplified; the rest English. */
export function uiLang(lang: string): UiLang {
  const l = lang.toLowerCase();
  if (!l.startsWith('zh')) return 'en';
  return /^zh-(tw|hk|mo|hant)/.test(l) ? 'zh-TW' : 'zh-CN';
}

export const pick = (text: Localized, lang: string): string => text[uiLang(lang)] || text.en;

const LAW_KEYS: Record<LawRef['law'], MessageKey> = {
  PIPL: 'lawPIPL',
  'TW-PDPA': 'lawTWPDPA',
  GDPR: 'lawGDPR',
  CCPA: 'lawCCPA',
};

export const lawLabel = (t: Connector['t'], ref: LawRef): string => t(LAW_KEYS[ref.law], String(ref.article));
