/** The report's only styling: inlined, so the page needs nothing from the network. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5a5a5a; --rule: #d0d7de; --head: #1f4e79; --total: #eef3f8; --neg: #a4262c; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 1120px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; padding-bottom: 18px; border-bottom: 3px solid var(--head); }
h1 { font-size: 24px; margin: 0 0 4px; color: var(--head); }
h2 { font-size: 17px; margin: 28px 0 8px; }
.meta { color: var(--muted); margin: 0 0 14px; }
.notes { background: #fff8e1; border-left: 4px solid #f2c200; padding: 8px 14px; margin: 18px 0 0; }
.notes ul { margin: 4px 0; padding-left: 20px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; min-width: 50%; }
caption { text-align: left; font-weight: 600; padding: 0 0 6px; }
th, td { padding: 4px 10px; border-bottom: 1px solid var(--rule); white-space: nowrap; }
thead th { background: var(--head); color: #fff; font-weight: 600; text-align: right; }
thead th:first-child, tbody th { text-align: left; }
tbody th { font-weight: normal; }
td { text-align: right; }
tr.total th, tr.total td { font-weight: 600; background: var(--total); }
tr.ratio th, tr.ratio td { font-style: italic; }
td.neg { color: var(--neg); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(460px, 1fr)); gap: 18px; }
figure { margin: 0; border: 1px solid var(--rule); padding: 6px; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 12px; padding: 4px 6px 0; }
footer { color: var(--muted); font-size: 12px; margin: 36px auto 24px; border-top: 1px solid var(--rule); padding-top: 10px; }
@media print { .charts { grid-template-columns: 1fr; } figure, table { break-inside: avoid; } }
`;
