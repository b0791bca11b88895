// Parses XML into a plain element tree that keeps document order (the manifest schema is
// order-sensitive), for the manifest contract tests.
import { XMLParser } from "fast-xml-parser";

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text, trimmed ("" when it has none). */
  readonly text: string;
}

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

function toElement(node: OrderedNode): XmlElement | null {
  const name = Object.keys(node).find((key) => key !== ":@");
  if (!name || name.startsWith("#") || name.startsWith("?")) return null;
  const content = node[name] as OrderedNode[];
  const children: XmlElement[] = [];
  let text = "";
  for (const child of content) {
    if (typeof child["#text"] === "string") text += child["#text"];
    const element = toElement(child);
    if (element) children.push(element);
  }
  return { name, attrs: node[":@"] ?? {}, children, text: text.trim() };
}

/** The document's root element. */
export function parseXml(xml: string): XmlElement {
  const roots = (parser.parse(xml) as OrderedNode[])
    .map(toElement)
    .filter((e): e is XmlElement => e !== null);
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0];
}

/** Every element in the tree, depth first, the root included. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

/** The single child with this name; throws when there is none or more than one. */
export function child(parent: XmlElement, name: string): XmlElement {
  const found = parent.children.filter((c) => c.name === name);
  if (found.length !== 1) {
    throw new Error(`<${parent.name}> has ${found.length} <${name}> children, expected 1`);
  }
  return found[0];
}

/** Follows a path of single children, e.g. path(root, "VersionOverrides", "Hosts", "Host"). */
export function path(parent: XmlElement, ...names: string[]): XmlElement {
  return names.reduce(child, parent);
}

export function childNames(parent: XmlElement): string[] {
  return parent.children.map((c) => c.name);
}
