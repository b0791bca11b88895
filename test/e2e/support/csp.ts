/** Reading a Content-Security-Policy out of an HTML page, for the CSP tests. */

export type CspPolicy = ReadonlyMap<string, readonly string[]>;

const META = /<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi;

/** The content of the page's CSP meta tags (every one; a page should have exactly one). */
export function cspMetaContents(html: string): string[] {
  return [...html.matchAll(META)].map((m) => {
    const content = /\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(m[0]);
    return content ? (content[1] ?? content[2]) : "";
  });
}

/** "a b; c d" -> { a: [b], c: [d] }; directive names lower-cased, sources kept as written. */
export function parseCsp(text: string): CspPolicy {
  const policy = new Map<string, string[]>();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Where in the page the CSP meta tag and the first script start (-1 when absent). */
export function cspAndFirstScript(html: string): { csp: number; script: number } {
  return {
    csp: html.search(/<meta\s[^>]*http-equiv=["']?Content-Security-Policy/i),
    script: html.search(/<script[\s>]/i),
  };
}
