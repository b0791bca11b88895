import { escapeHtml } from "../../src/report/escapeHtml";

describe("escapeHtml", () => {
  it.each([
    [`<img src=x onerror=alert(1)>`, `&lt;img src=x onerror=alert(1)&gt;`],
    [`"quoted" & 'single'`, `&quot;quoted&quot; &amp; &#39;single&#39;`],
    [`</script><script>alert(1)</script>`, `&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;`],
    [`&amp;`, `&amp;amp;`],
    [`Nursing, Midwifery`, `Nursing, Midwifery`],
    [`£3.0m – 6.8%`, `£3.0m – 6.8%`],
  ])("%s", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it.each([
    [null, ""],
    [undefined, ""],
    [42, "42"],
  ])("turns %p into text", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it("leaves no character that could open a tag or end an attribute", () => {
    const nasty = `a<b>c"d'e&f` + String.fromCharCode(60);
    expect(escapeHtml(nasty)).not.toMatch(/[<>"']/);
  });
});
