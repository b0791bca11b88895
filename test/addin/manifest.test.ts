// Offline contract test for manifest.xml. Microsoft's validator is an online service and no XSD
// ships in any package, so the rules a broken manifest would silently violate are checked here
// (element order: manifestOrder.test.ts).
import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { DECLARED_REQUIREMENTS } from "../../src/excel/requirements";
import { readPngHeader } from "./png";
import { allElements, child, childNames, parseXml, path, type XmlElement } from "./xmlTree";

const ROOT = resolve(__dirname, "../..");
const DEV_URL = "https://localhost:3000/";
/** The add-in's identity: changing it makes Office treat the add-in as a different one. */
const ADDIN_ID = "25603207-3023-4fbd-b3b7-84ae7b04b1d3";

const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const root = parseXml(xml);
const elements = allElements(root);
const versionOverrides = child(root, "VersionOverrides");
const host = path(versionOverrides, "Hosts", "Host");
const resources = child(versionOverrides, "Resources");

type ResourceKind = "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings";
interface Resource {
  readonly kind: ResourceKind;
  readonly value: string;
}

const resourceList = resources.children.flatMap((group) =>
  group.children.map((r) => ({
    id: r.attrs.id,
    kind: group.name as ResourceKind,
    value: r.attrs.DefaultValue,
  }))
);
const resourceById = new Map<string, Resource>(resourceList.map((r) => [r.id, r]));

function resource(resid: string): Resource {
  const found = resourceById.get(resid);
  if (!found) throw new Error(`resid "${resid}" is not defined in <Resources>`);
  return found;
}

function customFunctionsPoint(): XmlElement {
  const points = path(host, "AllFormFactors").children.filter(
    (e) => e.name === "ExtensionPoint" && e.attrs["xsi:type"] === "CustomFunctions"
  );
  expect(points).toHaveLength(1);
  return points[0];
}

function sourceResid(parent: XmlElement): string {
  return child(parent, "SourceLocation").attrs.resid;
}

describe("manifest.xml identity", () => {
  it("is a task pane add-in", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
  });

  it("has a GUID id that stays the same", () => {
    const id = child(root, "Id").text;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(id).toBe(ADDIN_ID);
  });

  it("names the add-in and its provider", () => {
    expect(child(root, "DisplayName").attrs.DefaultValue).toBe("LLR Workforce");
    expect(child(root, "ProviderName").text).not.toBe("");
    const description = child(root, "Description").attrs.DefaultValue;
    expect(description.length).toBeGreaterThan(20);
    expect(description.length).toBeLessThanOrEqual(250);
    expect(child(root, "SupportUrl").attrs.DefaultValue).toMatch(/^https:\/\//);
  });

  it("runs in Excel only and trusts no other domains", () => {
    const hosts = child(root, "Hosts").children;
    expect(hosts.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(childNames(root)).not.toContain("AppDomains");
  });

  it("has a version of one to four numeric parts, each at most five digits", () => {
    // The unified manifest's converter keeps the first three parts as its semver version.
    expect(child(root, "Version").text).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
    expect(child(root, "DefaultLocale").text).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
  });

  it("asks for ReadWriteDocument and nothing more", () => {
    expect(elements.filter((e) => e.name === "Permissions")).toHaveLength(1);
    expect(child(root, "Permissions").text).toBe("ReadWriteDocument");
  });
});

describe("manifest.xml requirement sets", () => {
  const sets = () => path(root, "Requirements", "Sets");

  it("declares exactly DECLARED_REQUIREMENTS of src/excel/requirements.ts", () => {
    const declared = sets().children.map((set) => ({
      name: set.attrs.Name,
      version: set.attrs.MinVersion ?? sets().attrs.DefaultMinVersion ?? "1.1",
    }));
    const expected = DECLARED_REQUIREMENTS.map(({ name, version }) => ({ name, version }));
    expect(declared).toEqual(expected);
  });

  it("gives every set its MinVersion, so DefaultMinVersion cannot lower one by accident", () => {
    expect(sets().children.length).toBeGreaterThan(0);
    for (const set of sets().children) {
      expect(set.name).toBe("Set");
      expect(Object.keys(set.attrs).sort()).toEqual(["MinVersion", "Name"]);
      expect(set.attrs.MinVersion).toMatch(/^\d+\.\d+$/);
    }
  });

  it("declares them once, in the base manifest only", () => {
    // Office skips VersionOverrides where the base requirements fail, so repeating them there
    // is dead weight, and a stricter set there would hide the ribbon and the functions together.
    expect(childNames(root.children.find((e) => e.name === "Requirements") as XmlElement)).toEqual([
      "Sets",
    ]);
    expect(elements.filter((e) => e.name === "Requirements")).toHaveLength(1);
    expect(childNames(versionOverrides)).not.toContain("Requirements");
  });
});

describe("manifest.xml shared runtime and custom functions", () => {
  it("declares one long-lived runtime", () => {
    const runtimes = child(host, "Runtimes").children;
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attrs.lifetime).toBe("long");
  });

  it("loads the functions page, the function file and the task pane from the runtime's page", () => {
    const runtimeResid = child(host, "Runtimes").children[0].attrs.resid;
    const functions = customFunctionsPoint();
    expect(sourceResid(child(functions, "Page"))).toBe(runtimeResid);
    expect(path(host, "DesktopFormFactor", "FunctionFile").attrs.resid).toBe(runtimeResid);
    const runtimeUrl = resource(runtimeResid).value;
    expect(runtimeUrl).toBe(`${DEV_URL}taskpane.html`);
    expect(path(root, "DefaultSettings", "SourceLocation").attrs.DefaultValue).toBe(runtimeUrl);
    const actions = elements.filter((e) => e.name === "Action");
    for (const action of actions) expect(sourceResid(action)).toBe(runtimeResid);
  });

  it("points the functions at their standalone script and functions.json in namespace LLR", () => {
    const functions = customFunctionsPoint();
    // functions.js needs the page's runtime.js; the standalone script runs alone.
    expect(resource(sourceResid(child(functions, "Script"))).value).toBe(
      `${DEV_URL}functions-standalone.js`
    );
    expect(resource(sourceResid(child(functions, "Metadata"))).value).toMatch(/\/functions\.json$/);
    const namespace = resource(child(functions, "Namespace").attrs.resid);
    expect(namespace).toMatchObject({ kind: "bt:ShortStrings", value: "LLR" });
    // Excel's rule for a namespace, which the unified manifest's schema enforces too.
    expect(namespace.value).toMatch(/^[A-Za-z][A-Za-z0-9._]{0,31}$/);
  });

  it("has a Home-tab button that shows the task pane, with no TaskpaneId", () => {
    const tab = elements.find((e) => e.name === "OfficeTab");
    expect(tab?.attrs.id).toBe("TabHome");
    const buttons = allElements(tab as XmlElement).filter(
      (e) => e.name === "Control" && e.attrs["xsi:type"] === "Button"
    );
    expect(buttons).toHaveLength(1);
    expect(child(buttons[0], "Action").attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(elements.filter((e) => e.name === "TaskpaneId")).toEqual([]);
  });
});

describe("manifest.xml resources", () => {
  const used = elements.filter((e) => e.attrs.resid !== undefined);

  it("defines every resid it uses, with the right kind of resource", () => {
    const kindFor = (e: XmlElement): ResourceKind => {
      if (e.name === "bt:Image") return "bt:Images";
      if (["Namespace", "Label", "Title"].includes(e.name)) return "bt:ShortStrings";
      if (e.name === "Description") return "bt:LongStrings";
      return "bt:Urls"; // SourceLocation, FunctionFile, Runtime, LearnMoreUrl
    };
    expect(used.length).toBeGreaterThan(10);
    for (const e of used) {
      expect({ element: e.name, resid: e.attrs.resid, kind: resource(e.attrs.resid).kind }).toEqual(
        {
          element: e.name,
          resid: e.attrs.resid,
          kind: kindFor(e),
        }
      );
    }
  });

  it("keeps resource ids unique and at most 32 characters", () => {
    const ids = resourceList.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [...ids, ...used.map((e) => e.attrs.resid)]) {
      expect(id.length).toBeLessThanOrEqual(32);
    }
  });

  it("defines no resource that nothing uses", () => {
    const usedIds = new Set(used.map((e) => e.attrs.resid));
    expect(resourceList.filter((r) => !usedIds.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it("keeps strings within Office's limits", () => {
    for (const r of resourceList) {
      if (r.kind === "bt:ShortStrings") expect(r.value.length).toBeLessThanOrEqual(125);
      if (r.kind === "bt:LongStrings") expect(r.value.length).toBeLessThanOrEqual(250);
    }
  });

  it("uses https dev-server URLs everywhere", () => {
    const urls = [
      ...resourceList
        .filter((r) => r.kind === "bt:Urls" || r.kind === "bt:Images")
        .map((r) => r.value),
      ...elements
        .filter((e) => e.attrs.DefaultValue?.includes("://"))
        .map((e) => e.attrs.DefaultValue),
    ];
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith(DEV_URL)).toBe(true);
    // Namespace declarations (xmlns) are names, not URLs that anything fetches.
    const values = elements.flatMap((e) => [
      e.text,
      ...Object.entries(e.attrs)
        .filter(([name]) => !name.startsWith("xmlns"))
        .map(([, value]) => value),
    ]);
    expect(values.filter((v) => /^[a-z]+:\/\//i.test(v) && !v.startsWith("https://"))).toEqual([]);
  });
});

describe("manifest.xml icons", () => {
  /** [where it is used, URL, the pixel size Office expects there] */
  const iconUses: [string, string, number][] = [
    ["IconUrl", child(root, "IconUrl").attrs.DefaultValue, 32],
    ["HighResolutionIconUrl", child(root, "HighResolutionIconUrl").attrs.DefaultValue, 64],
    ...elements
      .filter((e) => e.name === "bt:Image" && e.attrs.resid !== undefined)
      .map((e): [string, string, number] => [
        `${e.attrs.resid} (size ${e.attrs.size})`,
        resource(e.attrs.resid).value,
        Number(e.attrs.size),
      ]),
  ];

  it("references the 16, 32, 64 and 80 px icons", () => {
    expect(new Set(iconUses.map(([, , size]) => size))).toEqual(new Set([16, 32, 64, 80]));
  });

  it.each(iconUses)("%s: %s exists in assets/ at %i px", (_use, url, size) => {
    expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
    const file = join(ROOT, url.slice(DEV_URL.length));
    expect(existsSync(file)).toBe(true);
    const header = readPngHeader(readFileSync(file));
    expect([header.width, header.height]).toEqual([size, size]);
  });
});
