/**
 * Colours by what a clause means to the reader (issue #5): refusals, consent-only clauses and met
 * checklist items calm; sharing from pale to strong by severity. ::highlight() accepts only colour and
 * decoration properties, which is why the page's layout cannot shift; the <mark> fallback copies them.
 */
import { highlightName, TONES, type Tone } from './paint';

const PAINT: Record<Tone, string> = {
  calm: 'background-color:rgba(16,185,129,.22);',
  low: 'background-color:rgba(250,204,21,.25);',
  medium: 'background-color:rgba(251,146,60,.30);',
  high: 'background-color:rgba(239,68,68,.28);',
  severe: 'background-color:rgba(220,38,38,.42);text-decoration:underline wavy rgba(185,28,28,.9) 1px;',
  current: 'background-color:rgba(37,99,235,.30);text-decoration:underline rgb(37,99,235) 2px;',
};

/** For the page document: one ::highlight rule and one mark rule per tone. */
export const PAGE_CSS = TONES.map((t) => {
  const name = highlightName(t);
  return `::highlight(${name}){${PAINT[t]}}\nmark.${name}{${PAINT[t]}color:inherit;padding:0;margin:0;font:inherit;}`;
}).join('\n');

/** For the shadow root holding the navigator and the card. */
export const UI_CSS = `
:host{all:initial}
*{box-sizing:border-box;font:13px/1.45 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif}
.nav{position:fixed;right:16px;bottom:16px;background:#fff;color:#111827;border:1px solid #d1d5db;border-radius:10px;
  box-shadow:0 6px 24px rgba(0,0,0,.18);padding:10px 12px;display:flex;flex-direction:column;gap:8px;min-width:220px}
.nav h2{margin:0;font-weight:600;font-size:13px}
.counts{display:flex;gap:10px;margin:0;padding:0;list-style:none}
.counts li{display:flex;align-items:center;gap:4px}
.dot{width:10px;height:10px;border-radius:50%;display:inline-block}
.shares{background:rgb(239,68,68)}.consent{background:rgb(16,185,129)}.denies{background:rgb(16,185,129);opacity:.6}
.row{display:flex;gap:6px;align-items:center}
button{cursor:pointer;border:1px solid #9ca3af;background:#f9fafb;color:#111827;border-radius:6px;padding:3px 8px}
button:focus-visible{outline:2px solid rgb(37,99,235);outline-offset:1px}
.pos{margin-left:auto;color:#4b5563}
.card{position:fixed;max-width:min(360px,calc(100vw - 24px));background:#fff;color:#111827;border:1px solid #d1d5db;
  border-left:4px solid var(--tone,#6b7280);border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18);padding:10px 12px}
.card[hidden]{display:none}
.card dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:4px 10px}
.card dt{color:#4b5563;white-space:nowrap}.card dd{margin:0}
@media (prefers-color-scheme:dark){
  .nav,.card{background:#1f2937;color:#f3f4f6;border-color:#4b5563}
  .card dt,.pos{color:#9ca3af}
  button{background:#374151;color:#f3f4f6;border-color:#6b7280}
}`;

export const TONE_COLOUR: Record<Tone, string> = {
  calm: 'rgb(16,185,129)',
  low: 'rgb(202,138,4)',
  medium: 'rgb(234,88,12)',
  high: 'rgb(239,68,68)',
  severe: 'rgb(185,28,28)',
  current: 'rgb(37,99,235)',
};
