/**
 * The report's stylesheet. Colours from the Okabe–Ito palette (readable with
 * every common colour-vision deficiency), and never colour alone: made
 * changes have a solid underline, suggestions a dashed outline.
 */
export const STYLE = `
:root { --made: #0072b2; --made-bg: #dcecf7; --suggested: #d55e00; --suggested-bg: #fbe3cf; --muted: #555; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, sans-serif; color: #111; background: #fff; margin: 0 auto; max-width: 70rem; padding: 1rem 1.5rem 4rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #ccc; } h3 { font-size: 1rem; display: inline; margin: 0; }
table { border-collapse: collapse; margin: .5rem 0; } th, td { padding: .2rem .6rem; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
dl.figures { display: grid; grid-template-columns: max-content max-content; gap: .1rem 1rem; } dl.figures dt { color: var(--muted); } dl.figures dd { margin: 0; font-weight: 600; }
code, pre, .text { font-family: ui-monospace, monospace; }
.legend span { margin-right: 1rem; }
.made, .c.made ins { background: var(--made-bg); border-bottom: 2px solid var(--made); text-decoration: none; }
.suggested, .c.suggested .orig { background: var(--suggested-bg); outline: 2px dashed var(--suggested); outline-offset: -1px; }
.c { position: relative; cursor: help; }
.c del { display: none; color: #444; background: #eee; text-decoration: line-through; }
.show-before .c del { display: inline; }
.show-before .c del::after { content: "→"; text-decoration: none; display: inline-block; padding: 0 .1em; }
.c.dim ins, .c.dim .orig { background: none; border: 0; outline: 0; }
.c:focus { outline: 3px solid #000; }
.c:focus::after { content: attr(data-tip); position: absolute; left: 0; top: 1.6em; z-index: 2; white-space: pre; background: #111; color: #fff; padding: .3rem .5rem; border-radius: 3px; font-size: .85rem; }
.text { white-space: pre-wrap; word-break: break-word; background: #fafafa; border: 1px solid #ddd; padding: .8rem; line-height: 1.7; }
fieldset { border: 1px solid #ccc; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; }
label { white-space: nowrap; } select, input, button { font: inherit; }
button { padding: .2rem .8rem; } button:focus, select:focus, input:focus, summary:focus { outline: 3px solid #000; outline-offset: 2px; }
#files details { border-bottom: 1px solid #eee; padding: .3rem 0; } #files summary { cursor: pointer; }
.meta { color: var(--muted); margin-left: .5rem; }
.pager { display: flex; gap: 1rem; align-items: center; margin: .5rem 0; }
svg text { font: 12px system-ui, sans-serif; fill: #111; }
`;
