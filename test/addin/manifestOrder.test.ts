// Offline check of manifest.xml's element order against the add-in manifest schema (Office does
// not load a manifest with an element out of order; the validator is an online service).
import { readFileSync } from "fs";
import { join, resolve } from "path";
import { schemaOrderProblems } from "./manifestSchemaOrder";
import { allElements, child, childNames, parseXml, path, type XmlElement } from "./xmlTree";

const ROOT = resolve(__dirname, "../..");
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const root = parseXml(xml);
const versionOverrides = child(root, "VersionOverrides");
const host = path(versionOverrides, "Hosts", "Host");

function customFunctionsPoint(): XmlElement {
  const points = path(host, "AllFormFactors").children.filter(
    (e) => e.name === "ExtensionPoint" && e.attrs["xsi:type"] === "CustomFunctions"
  );
  expect(points).toHaveLength(1);
  return points[0];
}

describe("manifest.xml element order", () => {
  it("keeps every element's children to the schema's list and order", () => {
    expect(allElements(root).filter((e) => e.children.length > 0).length).toBeGreaterThan(20);
    expect(schemaOrderProblems(root)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ["Page before Script", "<Script>", "<Page>"],
    ["AllFormFactors before Runtimes", "<Runtimes>", "<AllFormFactors>"],
  ])("would catch %s", (_what, first, second) => {
    // Swap the first two elements named, with everything inside them.
    const block = (tag: string) => {
      const name = tag.slice(1, -1);
      const from = xml.indexOf(tag);
      const to = xml.indexOf(`</${name}>`, from) + name.length + 3;
      return xml.slice(from, to);
    };
    const [a, b] = [block(first), block(second)];
    const swapped = xml.replace(a, "\u0000").replace(b, a).replace("\u0000", b);
    expect(swapped).not.toBe(xml);
    expect(schemaOrderProblems(parseXml(swapped))).toEqual([expect.stringMatching(/out of order/)]);
  });

  it("would catch an element the schema does not allow where it is", () => {
    const misplaced = xml.replace(
      "<Permissions>",
      "<Requirements><Sets/></Requirements><Permissions>"
    );
    expect(schemaOrderProblems(parseXml(misplaced))).not.toEqual([]);
    const unknown = xml.replace("<GetStarted>", "<GetStarted><Colour/>");
    expect(schemaOrderProblems(parseXml(unknown))).toEqual([
      expect.stringMatching(/GetStarted: Colour not allowed here/),
    ]);
  });

  it("starts with the identity elements the schema requires, in order", () => {
    expect(childNames(root).slice(0, 6)).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
    ]);
  });

  it.each<[string, () => XmlElement, string[]]>([
    ["VersionOverrides", () => versionOverrides, ["Hosts", "Resources"]],
    ["Host", () => host, ["Runtimes", "AllFormFactors", "DesktopFormFactor"]],
    ["CustomFunctions", customFunctionsPoint, ["Script", "Page", "Metadata", "Namespace"]],
    [
      "DesktopFormFactor",
      () => child(host, "DesktopFormFactor"),
      ["GetStarted", "FunctionFile", "ExtensionPoint"],
    ],
    [
      "Resources",
      () => child(versionOverrides, "Resources"),
      ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
    ],
  ])("has exactly the <%s> children the add-in needs", (_name, element, expected) => {
    expect(childNames(element())).toEqual(expected);
  });

  it("keeps every ribbon control to a label, a supertip, icons and one action", () => {
    const controls = allElements(root).filter((e) => e.name === "Control");
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) {
      expect(childNames(control)).toEqual(["Label", "Supertip", "Icon", "Action"]);
    }
  });
});
