/**
 * The Month-N pack as one self-contained HTML page, for people without Excel: the pack's tables
 * and its charts as inline SVG, inline CSS, no script and nothing fetched (a Content-Security-Policy
 * that forbids every fetch makes sure of it). Every workbook string passes through escapeHtml.
 * Pure string building apart from ECharts, so the browser preview can reuse it.
 */
import type { Pack, PackRow, PackTable } from "../domain/pack/model";
import { packChartData } from "./chartSeries";
import { type ChartSize, DEFAULT_CHART_SIZE } from "./chartOption";
import { renderChartSvg } from "./chartSvg";
import { escapeHtml } from "./escapeHtml";
import { formatPackValue } from "./formatValue";
import { REPORT_CSS } from "./reportStyles";

export interface PackReportOptions {
  /** The workbook the pack was built from, as the user named it (shown, escaped). */
  readonly source?: string;
  /** Shown in the footer when given; left out by default so the page is reproducible. */
  readonly generatedAt?: Date;
  readonly chartSize?: ChartSize;
}

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function rowHtml(row: PackRow): string {
  const cls = row.role === "total" || row.role === "ratio" ? ` class="${row.role}"` : "";
  const cells = row.cells
    .map((cell) => {
      const text = formatPackValue(cell.value, cell.format);
      const neg =
        cell.value !== null && cell.value < 0 && text.startsWith("-") ? ' class="neg"' : "";
      return `<td${neg}>${escapeHtml(text)}</td>`;
    })
    .join("");
  return `<tr${cls}><th scope="row">${escapeHtml(row.label)}</th>${cells}</tr>`;
}

/** One pack table as an HTML table; its id lets the page link to it. */
export function tableHtml(table: PackTable): string {
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("");
  const body = table.rows.map(rowHtml).join("\n");
  return (
    `<section id="${escapeHtml(table.name)}"><h2>${escapeHtml(table.title)}</h2>` +
    `<div class="table-wrap"><table><caption>Excel table ${escapeHtml(table.name)}</caption>` +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div></section>`
  );
}

function chartsHtml(pack: Pack, size: ChartSize): string {
  const figures = pack.charts
    .map((chart, i) => {
      const data = packChartData(pack, chart);
      if (!data) return "";
      return (
        `<figure>${renderChartSvg(data, size, `llr-chart${i + 1}`)}` +
        `<figcaption>Data: table ${escapeHtml(chart.table)} above (a native chart beside it in the Excel pack).</figcaption></figure>`
      );
    })
    .filter((f) => f !== "");
  if (figures.length === 0) return "";
  return `<section id="charts"><h2>Charts</h2><div class="charts">\n${figures.join("\n")}\n</div></section>`;
}

function notesHtml(messages: readonly string[]): string {
  if (messages.length === 0) return "";
  const items = messages.map((m) => `<li>${escapeHtml(m)}</li>`).join("");
  return `<aside class="notes" aria-label="Notes"><strong>Notes</strong><ul>${items}</ul></aside>`;
}

export function renderPackReport(pack: Pack, options: PackReportOptions = {}): string {
  const size = options.chartSize ?? DEFAULT_CHART_SIZE;
  const title = `LLR workforce pack, ${pack.label}`;
  const orgs =
    pack.organisations.length > 0 ? `Organisations: ${pack.organisations.join(", ")}.` : "";
  const from = options.source ? ` Built from ${options.source}.` : "";
  const toc = pack.tables
    .map((t) => `<a href="#${escapeHtml(t.name)}">${escapeHtml(t.name)}</a>`)
    .join(" · ");
  const when = options.generatedAt
    ? ` on ${escapeHtml(options.generatedAt.toISOString().slice(0, 16).replace("T", " "))} UTC`
    : "";
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">Month ${pack.month} of the financial year. ${escapeHtml(orgs)}${escapeHtml(from)}</p>
<nav class="meta">${toc}</nav>
${notesHtml(pack.messages)}
</header>
<main>
${pack.tables.map(tableHtml).join("\n")}
${chartsHtml(pack, size)}
</main>
<footer>Made by llr-workforce fill${when}. The Excel pack (sheet ${escapeHtml(pack.sheetName)}) holds the same figures as live formulas over the template sheets.</footer>
</body>
</html>
`;
}
