import { renderPackReport, tableHtml } from "../../src/report/packReport";
import { chartOption } from "../../src/report/chartOption";
import { renderChartSvg } from "../../src/report/chartSvg";
import { packChartData } from "../../src/report/chartSeries";
import { fixturePack, HOSTILE } from "./packFixture";

/** The page's markup outside the inline SVG, where only the report's own tags may appear. */
function tagsOutsideSvg(html: string): string[] {
  const outside = html.replace(/<svg[\s\S]*?<\/svg>/g, "");
  return [...outside.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1].toLowerCase());
}

describe("renderPackReport", () => {
  const pack = fixturePack();
  const html = renderPackReport(pack, { source: `C:\\Data\\<LLR> & "pack".xlsx` });

  it("never lets workbook text become markup, in the tables or in the charts", () => {
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain("<co>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("Clinical &quot;Support&quot; &amp; &lt;co&gt;");
    expect(html).toContain("C:\\Data\\&lt;LLR&gt; &amp; &quot;pack&quot;.xlsx");
    const allowed = new Set([
      "!doctype",
      "html",
      "head",
      "meta",
      "title",
      "style",
      "body",
      "header",
      "h1",
      "h2",
      "p",
      "nav",
      "a",
      "aside",
      "strong",
      "ul",
      "li",
      "main",
      "section",
      "div",
      "table",
      "caption",
      "thead",
      "tbody",
      "tr",
      "th",
      "td",
      "figure",
      "figcaption",
      "footer",
    ]);
    expect(tagsOutsideSvg(html).filter((t) => !allowed.has(t))).toEqual([]);
  });

  it("is self-contained: no script, no external reference, a policy that forbids fetching", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:|\/\/)/i);
    expect(html).not.toMatch(/url\((?!#llr-chart\d+-)/i); // only the charts' own clip paths
    expect(html).not.toMatch(/@import/i);
    expect(html).toContain(`http-equiv="Content-Security-Policy" content="default-src 'none'`);
  });

  it("shows every table with its title, header and figures formatted as in Excel", () => {
    const wte = tableHtml(pack.tables[0]);
    expect(wte).toContain('<section id="WTEVariance"><h2>Variance to plan (WTE), Oct 23</h2>');
    expect(wte).toContain(
      '<th scope="col">Plan</th><th scope="col">Total</th><th scope="col">UHL</th>'
    );
    expect(wte).toContain(
      '<tr><th scope="row">Nursing, Midwifery</th><td>6,137</td><td>86</td><td>40</td><td>46</td></tr>'
    );
    expect(wte).toContain('<td class="neg">-61</td>');
    expect(wte).toContain(
      '<tr class="total"><th scope="row">Total Substantive</th><td>10,657</td><td>25</td><td class="neg">-10</td><td>35</td></tr>'
    );
    expect(wte).toContain(
      '<tr class="ratio"><th scope="row">Growth (cumulative)</th><td>2.1%</td><td>6.8%</td><td>8.9%</td><td>0.9%</td></tr>'
    );
    const cost = tableHtml(pack.tables[1]);
    expect(cost).toContain("<td>£104.1m</td>");
    expect(cost).toContain('<td class="neg">-£3.0m</td><td></td>');
    for (const t of pack.tables) expect(html).toContain(`<section id="${t.name}">`);
  });

  it("draws each chart as inline SVG with its title, axis titles and legend entries", () => {
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(pack.charts.length);
    expect(svgs[0]).toContain("Plan vs actual pay cost, combined");
    expect(svgs[0]).toContain("Combined actual");
    expect(svgs[0]).toContain(">Month<");
    expect(svgs[0]).toContain(">£m<");
    expect(svgs[1]).toContain("Variance to plan (WTE) by staff group");
    expect(svgs[1]).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("lists the pack's messages as notes", () => {
    expect(html).toContain(
      "<li>Vacancies were left out: the workbook has no &quot;Vacancies&quot; sheet &amp; nothing to show.</li>"
    );
  });

  it("gives each chart its own ids", () => {
    const ids = [...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).not.toMatch(/zr\d+-/);
  });

  it("is the same page every time for the same pack", () => {
    expect(renderPackReport(fixturePack(), { source: `C:\\Data\\<LLR> & "pack".xlsx` })).toBe(html);
  });

  it("leaves out a chart whose table is not in the pack", () => {
    const withoutCost = {
      ...pack,
      tables: pack.tables.filter((t) => t.name !== "PlanVsActualCost"),
    };
    const page = renderPackReport(withoutCost);
    expect(page.match(/<svg/g) ?? []).toHaveLength(1);
    expect(page).not.toContain("Plan vs actual pay cost, combined");
  });
});

describe("chart data and options", () => {
  const pack = fixturePack("LPT");

  it("picks series by rows or by columns from the chart's table", () => {
    const line = packChartData(pack, pack.charts[0]);
    expect(line).toEqual({
      chart: pack.charts[0],
      categories: ["M1", "M2", "M3"],
      series: [
        { name: "Combined plan", values: [104.1, 104.3, 104.2] },
        { name: "Combined actual", values: [106.8, -3.04, null] },
      ],
      format: "gbpMillions",
    });
    const bar = packChartData(pack, pack.charts[1]);
    expect(bar?.series).toEqual([
      { name: "UHL", values: [40, -50] },
      { name: "LPT", values: [46, -11.4] },
    ]);
    expect(bar?.format).toBe("wte");
  });

  it("makes a horizontal bar chart with the categories down the side, in table order", () => {
    const option = chartOption(packChartData(pack, pack.charts[1])!) as Record<string, any>;
    expect(option.yAxis).toMatchObject({
      type: "category",
      inverse: true,
      data: ["Nursing, Midwifery", `Clinical "Support" & <co>`],
      name: "Staff group",
    });
    expect(option.xAxis).toMatchObject({ type: "value", name: "WTE" });
    expect(option.series.map((s: { type: string }) => s.type)).toEqual(["bar", "bar"]);
    expect(option.animation).toBe(false);
  });

  it("labels the value axis in the table's format and draws blanks as gaps", () => {
    const data = packChartData(pack, pack.charts[0])!;
    const option = chartOption(data) as Record<string, any>;
    expect(option.yAxis.axisLabel.formatter(104)).toBe("£104.0m");
    expect(option.series[1].data).toEqual([106.8, -3.04, null]);
    const svg = renderChartSvg(data, { width: 400, height: 240 });
    expect(svg).toMatch(/^<svg[^>]*width="400"[^>]*height="240"/);
  });
});
