/**
 * Turns what office-addin-manifest-converter makes of manifest.xml into the unified manifest
 * (the Microsoft 365 app manifest) that `npm run build` writes as dist/manifest.json.
 *
 * The converter (0.4.1) writes a v1.17 manifest that fails v1.17's own schema, has no custom
 * functions (v1.17 has no place for them), and splits the shared runtime in two: the long-lived
 * runtime of <Runtimes>, and a short-lived one on the same page for the ribbon button, which would
 * run the task pane apart from the functions. So this file:
 * - sets schema v1.30, the newest GA version @microsoft/app-manifest ships (custom functions need
 *   1.24 or later; 1.30 also takes the functions' descriptions whole, where 1.24 cuts at 128);
 * - folds the ribbon's action into the one long-lived runtime, names the functions' standalone
 *   script there, and adds "customFunctions" from functions.json (scripts/manifest/customFunctions.js);
 * - declares the requirement sets of manifest.xml (DECLARED_REQUIREMENTS, by test);
 * - gives the app its own id and hides the XML add-in where both are deployed, as Microsoft asks
 *   of an add-in that keeps both manifests;
 * - writes the short description, which the converter cuts from the long one with a marker.
 * URLs are not touched: they come from the manifest.xml given, so the production manifest.xml
 * gives production URLs.
 */
const { toCustomFunctions } = require("./customFunctions");

const SCHEMA_VERSION = "1.30";
const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`;

/**
 * The unified app's own id. It must differ from manifest.xml's <Id> (the two are separate apps to
 * Microsoft 365) and, like that one, never change: a new id is a new app to every tenant.
 */
const UNIFIED_APP_ID = "cb2b3cae-0ab3-4bb9-81c5-01896b1d8536";

/** At most 80 characters (the schema's limit for description.short). */
const SHORT_DESCRIPTION =
  "Checks NHS workforce and finance returns and adds =LLR.* workforce functions.";

/** NHS blue, the colour of the add-in's icons (scripts/make-icons.js). */
const ACCENT_COLOR = "#005EB8";

const TRUNCATED = "<TRUNCATED>";

/** The one long-lived runtime on the shared page, with the actions of every runtime on that page. */
function foldSharedRuntime(extension, pageUrl) {
  const runtimes = extension.runtimes ?? [];
  const onPage = runtimes.filter((r) => r.code?.page === pageUrl);
  const long = onPage.filter((r) => r.lifetime === "long");
  if (long.length !== 1) {
    throw new Error(
      `manifest.json: expected one long-lived runtime on ${pageUrl}, the converter made ${long.length}`
    );
  }
  const [shared] = long;
  const actions = onPage.flatMap((r) => r.actions ?? []);
  if (actions.length > 0) shared.actions = actions;
  extension.runtimes = runtimes.filter((r) => r === shared || !onPage.includes(r));
  return shared;
}

/** Every JSON path whose string the converter cut short. */
function truncatedPaths(value, path = "") {
  if (typeof value === "string") return value.includes(TRUNCATED) ? [path || "/"] : [];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, v]) => truncatedPaths(v, `${path}/${key}`));
}

/**
 * @param {object} converted office-addin-manifest-converter's manifest.json, parsed
 * @param {{ xmlFacts: ReturnType<import("./xmlManifestFacts").readXmlManifestFacts>,
 *           functionsMetadata: object }} sources
 * @returns {object} the unified manifest
 */
function toUnifiedManifest(converted, { xmlFacts, functionsMetadata }) {
  const manifest = JSON.parse(JSON.stringify(converted));
  manifest.$schema = SCHEMA_URL;
  manifest.manifestVersion = SCHEMA_VERSION;
  manifest.id = UNIFIED_APP_ID;
  manifest.description = { ...manifest.description, short: SHORT_DESCRIPTION };
  manifest.accentColor = ACCENT_COLOR;

  const extensions = manifest.extensions ?? [];
  if (extensions.length !== 1) {
    throw new Error(
      `manifest.json: expected one extension, the converter made ${extensions.length}`
    );
  }
  const [extension] = extensions;
  extension.requirements = {
    ...extension.requirements,
    capabilities: xmlFacts.requirementSets.map(({ name, minVersion }) => ({ name, minVersion })),
  };

  const shared = foldSharedRuntime(extension, xmlFacts.functions.pageUrl);
  shared.code = { page: xmlFacts.functions.pageUrl, script: xmlFacts.functions.scriptUrl };
  shared.customFunctions = toCustomFunctions(functionsMetadata, xmlFacts.functions);

  extension.alternates = [
    ...(extension.alternates ?? []),
    { hide: { customOfficeAddin: { officeAddinId: xmlFacts.id } } },
  ];

  const cut = truncatedPaths(manifest);
  if (cut.length > 0) {
    throw new Error(
      `manifest.json: the converter cut ${cut.join(", ")} to fit the unified manifest; ` +
        "shorten the string in manifest.xml"
    );
  }
  return manifest;
}

module.exports = {
  toUnifiedManifest,
  SCHEMA_VERSION,
  UNIFIED_APP_ID,
  SHORT_DESCRIPTION,
};
