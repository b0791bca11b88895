/**
 * Offline validation of a unified manifest (manifest.json) against the JSON schema that
 * @microsoft/app-manifest ships for its manifestVersion, with ajv and ajv-formats.
 *
 * The schemas are JSON Schema draft-04 and use Unicode property escapes in patterns (a function
 * name must match ^[\p{L}][\p{L}0-9._]*$). The project's top-level ajv is 6, which compiles
 * patterns without the "u" flag and so rejects every valid function name; and ajv 8 reads draft-04
 * only through ajv-draft-04. So this takes ajv-draft-04 (ajv 8) from @microsoft/app-manifest's own
 * dependencies, with ajv-formats: the pair that package validates manifests with itself.
 */
import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";
import addFormats from "ajv-formats";

const APP_MANIFEST_DIR = dirname(require.resolve("@microsoft/app-manifest/package.json"));

interface SchemaError {
  instancePath: string;
  message?: string;
  params?: unknown;
}
interface ValidateFunction {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
interface Draft04Ajv {
  compile(schema: object): ValidateFunction;
}
type Draft04AjvClass = new (options: object) => Draft04Ajv;

const Ajv04 = require(require.resolve("ajv-draft-04", { paths: [APP_MANIFEST_DIR] })) as
  Draft04AjvClass | { default: Draft04AjvClass };
const AjvDraft04: Draft04AjvClass = "default" in Ajv04 ? Ajv04.default : Ajv04;

/** The schema file @microsoft/app-manifest ships for a manifestVersion such as "1.30". */
export function schemaFile(manifestVersion: string): string {
  return join(
    APP_MANIFEST_DIR,
    "build/json-schemas/teams",
    `v${manifestVersion}`,
    "MicrosoftTeams.schema.json"
  );
}

const compiled = new Map<string, ValidateFunction>();

function validatorFor(manifestVersion: string): ValidateFunction {
  const file = schemaFile(manifestVersion);
  if (!existsSync(file)) {
    throw new Error(
      `@microsoft/app-manifest ships no schema for manifestVersion ${manifestVersion}`
    );
  }
  let validate = compiled.get(file);
  if (!validate) {
    const ajv = new AjvDraft04({ allErrors: true, strictTypes: false });
    addFormats(ajv as unknown as Parameters<typeof addFormats>[0]);
    validate = ajv.compile(JSON.parse(readFileSync(file, "utf8")) as object);
    compiled.set(file, validate);
  }
  return validate;
}

/** No errors when the manifest is valid for its own manifestVersion, else one line per error. */
export function schemaErrors(manifest: { manifestVersion?: unknown }): string[] {
  if (typeof manifest.manifestVersion !== "string") return ["/manifestVersion is missing"];
  const validate = validatorFor(manifest.manifestVersion);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params ?? {})}`
  );
}
