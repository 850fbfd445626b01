/** The chip's look: level as colour and as words, never colour alone; readable in dark mode too. */
export const CHIP_CSS = `
:host{all:initial}
.chip{position:fixed;display:inline-flex;align-items:center;gap:2px;max-width:260px;padding:2px 2px 2px 8px;
  border-radius:999px;border:1px solid #d1d5db;background:#fff;color:#111827;box-shadow:0 2px 10px rgba(0,0,0,.15);
  font:12px/1.4 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;white-space:nowrap}
button{all:unset;cursor:pointer;display:inline-flex;align-items:center;gap:6px;border-radius:999px;padding:2px 4px}
button:focus-visible{outline:2px solid rgb(37,99,235)}
.x{color:#6b7280;padding:0 6px;font-size:14px}
.dot{width:9px;height:9px;border-radius:50%;background:#9ca3af;flex:none}
.text{overflow:hidden;text-overflow:ellipsis}
[data-level=low] .dot{background:rgb(16,185,129)}
[data-level=medium] .dot{background:rgb(234,179,8)}
[data-level=high] .dot{background:rgb(234,88,12)}
[data-level=severe] .dot{background:rgb(220,38,38)}
[data-level=high],[data-level=severe]{border-color:rgba(220,38,38,.6)}
[data-state=loading] .dot{animation:pulse 1s ease-in-out infinite alternate}
@keyframes pulse{from{opacity:.3}to{opacity:1}}
@media (prefers-reduced-motion:reduce){[data-state=loading] .dot{animation:none}}
@media (prefers-color-scheme:dark){.chip{background:#1f2937;color:#f3f4f6;border-color:#4b5563}.x{color:#9ca3af}}
`;
