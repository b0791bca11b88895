// The unified manifest (manifest.json) made from the source manifest.xml and the functions the
// source declares, without a webpack build: scripts/manifest/ is what the build runs (the built
// dist/manifest.json is checked in build.test.ts). Validated offline against the JSON schema that
// @microsoft/app-manifest ships.
import { readFileSync } from "fs";
import { join, resolve } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { DECLARED_REQUIREMENTS } from "../../src/excel/requirements";
import { schemaErrors, schemaFile } from "./appManifestSchema";
import { allElements, parseXml } from "./xmlTree";

const ROOT = resolve(__dirname, "../..");
const DEV_URL = "https://localhost:3000/";
const XML = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const XML_ID = "25603207-3023-4fbd-b3b7-84ae7b04b1d3";

const { convertXmlManifest } = require(join(ROOT, "scripts/manifest/convertXmlManifest.js")) as {
  convertXmlManifest(xml: string): Promise<Manifest>;
};
const { unifiedManifestFor } = require(join(ROOT, "scripts/manifest/UnifiedManifestPlugin.js")) as {
  unifiedManifestFor(xml: string, functionsJson: string): Promise<Manifest>;
};
const unified = require(join(ROOT, "scripts/manifest/unifiedManifest.js")) as {
  SCHEMA_VERSION: string;
  UNIFIED_APP_ID: string;
};
const { toCustomFunctions } = require(join(ROOT, "scripts/manifest/customFunctions.js")) as {
  toCustomFunctions(metadata: object, where: { namespace: string; metadataUrl: string }): object;
};

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON documents, checked field by field */
type Manifest = Record<string, any>;
interface Metadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: Record<string, any>[];
}

let functionsJson: string;
let metadata: Metadata;
let manifest: Manifest;
let converted: Manifest;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(
    join(ROOT, "src/functions/functions.ts"),
    false
  );
  expect(generated.errors).toEqual([]);
  functionsJson = generated.metadataJson;
  metadata = JSON.parse(functionsJson) as Metadata;
  converted = await convertXmlManifest(XML);
  manifest = await unifiedManifestFor(XML, functionsJson);
}, 60_000);

const extension = () => manifest.extensions[0];
const runtimes = () => extension().runtimes as Manifest[];

describe("manifest.json from manifest.xml", () => {
  it("is valid against the schema @microsoft/app-manifest ships for its version", () => {
    expect(manifest.manifestVersion).toBe(unified.SCHEMA_VERSION);
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.24);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`
    );
    expect(schemaFile(manifest.manifestVersion)).toMatch(/MicrosoftTeams\.schema\.json$/);
    expect(schemaErrors(manifest)).toEqual([]);
  });

  it("needs the post-processing: the converter's own output fails its own schema", () => {
    expect(converted.manifestVersion).toBe("1.17");
    expect(schemaErrors(converted).length).toBeGreaterThan(0);
    expect(JSON.stringify(converted)).not.toContain("customFunctions");
  });

  it("is its own app, which hides the XML add-in where both are deployed", () => {
    expect(manifest.id).toBe(unified.UNIFIED_APP_ID);
    expect(manifest.id).not.toBe(XML_ID);
    expect(manifest.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(extension().alternates).toContainEqual({
      hide: { customOfficeAddin: { officeAddinId: XML_ID } },
    });
  });

  it("declares exactly DECLARED_REQUIREMENTS, for workbooks only", () => {
    expect(extension().requirements).toEqual({
      capabilities: DECLARED_REQUIREMENTS.map(({ name, version }) => ({
        name,
        minVersion: version,
      })),
      scopes: ["workbook"],
    });
  });

  it("runs the task pane, the ribbon button and the functions in one long-lived runtime", () => {
    expect(runtimes()).toHaveLength(1);
    const [shared] = runtimes();
    expect(shared.lifetime).toBe("long");
    expect(shared.code).toEqual({
      page: `${DEV_URL}taskpane.html`,
      script: `${DEV_URL}functions-standalone.js`,
    });
    const actionIds = (shared.actions as Manifest[]).map((a) => a.id);
    const controls = (extension().ribbons as Manifest[]).flatMap((ribbon) =>
      (ribbon.tabs as Manifest[]).flatMap((tab) =>
        (tab.groups as Manifest[]).flatMap((group) => group.controls as Manifest[])
      )
    );
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) expect(actionIds).toContain(control.actionId);
    expect((shared.actions as Manifest[]).map((a) => a.type)).toEqual(["openPage"]);
  });

  it("declares every custom function of functions.json in namespace LLR, parameters and all", () => {
    const customFunctions = runtimes()[0].customFunctions as Manifest;
    expect(customFunctions.namespace).toEqual({ id: "LLR", name: "LLR" });
    expect(customFunctions.metadataUrl).toBe(`${DEV_URL}functions.json`);
    expect(customFunctions.allowCustomDataForDataTypeAny).toBe(
      metadata.allowCustomDataForDataTypeAny
    );
    expect(metadata.functions.length).toBeGreaterThan(5);
    expect(customFunctions.functions).toEqual(
      metadata.functions.map((fn) => ({
        id: fn.id,
        name: fn.name,
        description: fn.description,
        helpUrl: fn.helpUrl,
        parameters: fn.parameters,
        result: { dimensionality: fn.result.dimensionality },
      }))
    );
  });

  it("keeps every string whole and the short description within 80 characters", () => {
    expect(JSON.stringify(manifest)).not.toContain("<TRUNCATED>");
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    const xmlDescription = allElements(parseXml(XML)).find((e) => e.name === "Description");
    expect(manifest.description.full).toBe(xmlDescription?.attrs.DefaultValue);
    expect(manifest.name).toEqual({ short: "LLR Workforce", full: "LLR Workforce" });
  });

  it("takes every URL from the manifest.xml it is given", () => {
    const urls = JSON.stringify(manifest).match(/https:\/\/[^"]+/g) ?? [];
    const helpUrls = new Set(metadata.functions.map((fn) => fn.helpUrl as string));
    const own = urls.filter((url) => !helpUrls.has(url) && !url.includes("json-schemas"));
    expect(own.length).toBeGreaterThan(10);
    for (const url of own) expect(url.startsWith(DEV_URL.slice(0, -1))).toBe(true);
  });
});

describe("manifest.json refuses what it cannot carry", () => {
  it("stops on a functions.json field it does not know, naming the function and the field", () => {
    const withExtra = {
      ...metadata,
      functions: [{ ...metadata.functions[0], shape: "round" }, ...metadata.functions.slice(1)],
    };
    expect(() =>
      toCustomFunctions(withExtra, { namespace: "LLR", metadataUrl: `${DEV_URL}functions.json` })
    ).toThrow(new RegExp(`function ${metadata.functions[0].id as string} has "shape"`));
  });

  it("carries functions.json options as the manifest's flags on the function", () => {
    const options = {
      ...metadata,
      functions: [{ ...metadata.functions[0], options: { volatile: true, requiresAddress: true } }],
    };
    const built = toCustomFunctions(options, { namespace: "LLR", metadataUrl: "x" }) as Manifest;
    expect(built.functions[0]).toMatchObject({ volatile: true, requiresAddress: true });
    expect(built.functions[0].options).toBeUndefined();
  });

  it("stops when the converter had to cut a manifest.xml string, naming where", async () => {
    const long = "A tooltip far longer than the unified manifest's supertip allows. ".repeat(3);
    const xml = XML.replace(
      /(<bt:String id="TaskpaneButton\.Tooltip" DefaultValue=")[^"]*"/,
      `$1${long}"`
    );
    expect(xml).not.toBe(XML);
    await expect(unifiedManifestFor(xml, functionsJson)).rejects.toThrow(
      /supertip\/description .*shorten the string in manifest\.xml/
    );
  });
});
