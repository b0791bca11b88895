/**
 * The facts of manifest.xml that the unified manifest needs and office-addin-manifest-converter
 * leaves out: the add-in's id, and where the custom functions' script, metadata and namespace are.
 * Each is followed through its resid to the resource, as Office itself resolves it.
 */
const { XMLParser } = require("fast-xml-parser");

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ["ExtensionPoint", "bt:Url", "bt:String", "Set"].includes(name),
});

function fail(message) {
  throw new Error(`manifest.xml: ${message}`);
}

/** resid -> DefaultValue of every <bt:Url> and <bt:String> in <Resources>. */
function resources(versionOverrides) {
  const found = new Map();
  const groups = versionOverrides.Resources ?? {};
  for (const entry of [
    ...(groups["bt:Urls"]?.["bt:Url"] ?? []),
    ...(groups["bt:ShortStrings"]?.["bt:String"] ?? []),
  ]) {
    found.set(entry.id, entry.DefaultValue);
  }
  return found;
}

/**
 * @param {string} xml the manifest's text
 * @returns {{ id: string, requirementSets: {name: string, minVersion: string}[],
 *   functions: { scriptUrl: string, pageUrl: string, metadataUrl: string, namespace: string } }}
 */
function readXmlManifestFacts(xml) {
  const app = parser.parse(xml).OfficeApp;
  if (!app) fail("no <OfficeApp> root element");
  const versionOverrides = app.VersionOverrides ?? fail("no <VersionOverrides>");
  const byResid = resources(versionOverrides);
  const resolve = (element, what) => {
    const resid = element?.resid ?? element?.SourceLocation?.resid;
    const value = resid === undefined ? undefined : byResid.get(resid);
    return value ?? fail(`the custom functions' ${what} has no resource (resid ${resid})`);
  };

  const point = (versionOverrides.Hosts?.Host?.AllFormFactors?.ExtensionPoint ?? []).find(
    (e) => e["xsi:type"] === "CustomFunctions"
  );
  if (!point) fail('no <ExtensionPoint xsi:type="CustomFunctions">');

  const sets = app.Requirements?.Sets ?? {};
  return {
    id: String(app.Id ?? fail("no <Id>")).trim(),
    requirementSets: (sets.Set ?? []).map((set) => ({
      name: set.Name,
      minVersion: set.MinVersion ?? sets.DefaultMinVersion ?? "1.1",
    })),
    functions: {
      scriptUrl: resolve(point.Script, "Script"),
      pageUrl: resolve(point.Page, "Page"),
      metadataUrl: resolve(point.Metadata, "Metadata"),
      namespace: resolve(point.Namespace, "Namespace"),
    },
  };
}

module.exports = { readXmlManifestFacts };
