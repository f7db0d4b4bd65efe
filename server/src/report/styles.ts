/** The report's style sheet: system fonts, no external resource; readable printed and in a dark editor's view. */
export const reportStyles = `
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 78rem; padding: 0 1rem; color: #1f2328; background: #ffffff; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.2rem; margin-top: 2.5rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1.4rem 0 .4rem; }
h5 { font-size: .85rem; margin: .5rem 0 .2rem; color: #59636e; }
.summary { font-weight: 600; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .3rem .6rem; border-bottom: 1px solid #eaeef2; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
.files { margin-top: 2rem; }
figure.chart { margin: 0; padding: .5rem; width: fit-content; border: 1px solid #d0d7de; border-radius: 6px; max-width: 100%; overflow-x: auto; background: #ffffff; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figcaption { color: #59636e; font-size: .85rem; margin-top: .3rem; }
/* The caption and the folded numbers wrap to the chart's width instead of widening it. */
figure.chart figcaption, figure.chart details { width: 0; min-width: 100%; }
details { font-size: .85rem; margin-top: .3rem; }
table.numbers { width: auto; font-variant-numeric: tabular-nums; }
.facts, .none, .empty { color: #59636e; margin: .25rem 0 .75rem; }
ul.evidence { margin: .2rem 0; padding-left: 1.2rem; }
ul.evidence li { margin-bottom: .25rem; }
ul.evidence li.more { list-style: none; color: #59636e; }
q { quotes: "“" "”"; }
.line { color: #59636e; font: inherit; font-size: .85rem; font-variant-numeric: tabular-nums; white-space: nowrap; }
button.reveal { background: none; border: 0; padding: 0; color: #0969da; text-decoration: underline; cursor: pointer; }
table.scorecard { margin-top: 1.5rem; }
table.scorecard th[scope="row"] { width: 14rem; }
table.scorecard .standard { display: block; font-weight: 400; color: #59636e; font-size: .8rem; }
table.scorecard td.verdict { white-space: nowrap; font-weight: 600; width: 8rem; }
table.scorecard td p { margin: 0 0 .3rem; }
tr.verdict-met td.verdict { color: #1a7f37; } tr.verdict-partly td.verdict { color: #9a6700; }
tr.verdict-not-met td.verdict { color: #cf222e; } tr.verdict-not-found td.verdict { color: #59636e; }
ol.findings { padding-left: 1.5rem; }
ol.findings li { margin-bottom: .8rem; }
.severity { font-weight: 600; text-transform: uppercase; font-size: .75rem; padding: 0 .3rem; border-radius: 3px; }
li.error .severity { background: #ffebe9; color: #cf222e; } li.warning .severity { background: #fff8c5; color: #7d4e00; }
li.info .severity, li.hint .severity { background: #ddf4ff; color: #0969da; }
pre { background: #f6f8fa; padding: .4rem .6rem; overflow-x: auto; margin: .3rem 0 0; white-space: pre-wrap; }
.gutter { color: #6e7781; margin-right: .8rem; user-select: none; }
mark { background: #fff1a8; }
li.error mark { background: #ffd7d5; }
code { font-size: .85em; color: #59636e; }
footer { margin-top: 3rem; color: #6e7781; font-size: .85rem; }
`;
