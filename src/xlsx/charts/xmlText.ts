/** Text and attribute values inside the XML parts the chart writer adds to a package. */

/**
 * Escapes text for element content and double-quoted attributes (every attribute written here is
 * double-quoted, so apostrophes stay as they are, as in Excel's own "'Sheet name'!$A$1"), and drops
 * characters XML 1.0 cannot hold at all.
 */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
  );
}

/** Undoes escapeXml (and numeric references) for attribute values read back from a part. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, ref: string) => {
    switch (ref) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(
          ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
        );
    }
  });
}

/** The attributes of one start tag, `<sheet name="A &amp; B" r:id="rId3"/>` -> {name: "A & B", "r:id": "rId3"}. */
export function attributesOf(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag)) !== null) attrs[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return attrs;
}

/** Every start (or empty) tag with this qualified name in a part. */
export function tagsNamed(xml: string, name: string): string[] {
  const re = new RegExp(`<${name.replace(/[.:]/g, "\\$&")}(?=[\\s/>])[^>]*>`, "g");
  return xml.match(re) ?? [];
}
