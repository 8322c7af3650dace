/** The report's own stylesheet (KaTeX's comes separately, with its fonts). */
export const REPORT_CSS = `
:root { --fg: #1b1b1b; --muted: #5a5a5a; --rule: #d0d0d0; --accent: #1f3fbf; --agree: #1a7f37; --disagree: #b2182b; --sel: #eef2ff; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); font: 15px/1.5 "DejaVu Sans", Helvetica, Arial, sans-serif; background: #fff; }
header { padding: 16px 28px 10px; border-bottom: 1px solid var(--rule); position: sticky; top: 0; background: #fff; z-index: 2; }
header h1 { margin: 0 0 4px; font-size: 20px; }
nav a { color: var(--accent); text-decoration: none; }
main { padding: 0 28px 40px; max-width: 1400px; }
section, .face-detail, article { scroll-margin-top: 90px; }
h2 { margin-top: 32px; border-bottom: 2px solid var(--fg); padding-bottom: 4px; }
h3 { margin-top: 26px; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { border: 1px solid var(--rule); padding: 4px 10px; vertical-align: middle; text-align: left; }
th { background: #f5f5f5; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.formula { overflow-x: auto; max-width: 1100px; }
table.series .katex-display { margin: 4px 0; text-align: left; }
table.series .katex-display > .katex { text-align: left; }
button.copy { font: inherit; font-size: 13px; padding: 2px 8px; cursor: pointer; border: 1px solid var(--rule); border-radius: 4px; background: #fafafa; white-space: nowrap; }
button.copy:hover { background: var(--sel); }
.panels { display: flex; flex-wrap: wrap; gap: 12px 28px; }
figure.panel { margin: 0; display: flex; gap: 10px; align-items: flex-start; flex: 0 1 560px; }
figure.panel figcaption { font-size: 14px; max-width: 280px; }
figure.panel figcaption p { margin: 6px 0; }
.verdict.agree strong, strong.agree { color: var(--agree); }
.verdict.disagree strong, strong.disagree { color: var(--disagree); }
.verdict.na { color: var(--muted); }
table.regimes tr.face-row { cursor: pointer; }
table.regimes tr.face-row:hover { background: #f7f7fb; }
table.regimes tr.face-row[aria-selected="true"] { background: var(--sel); outline: 2px solid var(--accent); outline-offset: -2px; }
table.regimes tr.band td { text-align: center; font-weight: bold; background: #fafafa; }
td.face { font-weight: bold; white-space: nowrap; }
.face-detail { border-left: 3px solid var(--accent); padding: 2px 16px 8px; margin: 8px 0 20px; background: #fcfcff; }
.face-detail h4 { margin: 8px 0; }
.note, .source { color: var(--muted); }
code { font-family: "DejaVu Sans Mono", Menlo, monospace; font-size: 13px; }
.svg svg { display: block; max-width: 100%; height: auto; }
.svg.wide { overflow-x: auto; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
dt { font-weight: bold; }
dd { margin: 0; }
code.tex-error { color: var(--disagree); }
@media print { header { position: static; } button.copy { display: none; } .face-detail[hidden] { display: block; } }
`;
