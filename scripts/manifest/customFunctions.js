/**
 * The unified manifest's "customFunctions" object, built from the functions.json that
 * custom-functions-metadata writes. The two formats are close but not the same: the manifest has
 * no "options" object (its flags sit on the function) and no result type. Every field is mapped
 * by name, and a field this file does not know stops the build, so nothing Excel needs is dropped
 * without someone deciding it.
 */

const FUNCTION_FIELDS = ["id", "name", "description", "helpUrl", "parameters", "result", "options"];
const PARAMETER_FIELDS = [
  "name",
  "description",
  "type",
  "cellValueType",
  "dimensionality",
  "optional",
  "repeating",
  "customEnumId",
];
/** functions.json option -> the manifest's flag on the function. */
const OPTION_FLAGS = {
  stream: "stream",
  volatile: "volatile",
  cancelable: "cancelable",
  requiresAddress: "requiresAddress",
  requiresParameterAddresses: "requiresParameterAddress",
  requiresStreamAddress: "requiresStreamAddress",
  requiresStreamParameterAddresses: "requiresStreamParameterAddresses",
  capturesCallingObject: "capturesCallingObject",
  excludeFromAutoComplete: "excludeFromAutoComplete",
  linkedEntityLoadService: "linkedEntityLoadService",
};
const METADATA_FIELDS = ["functions", "allowCustomDataForDataTypeAny"];

function refuseUnknown(object, known, where) {
  const unknown = Object.keys(object).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new Error(
      `functions.json: ${where} has ${unknown.map((k) => `"${k}"`).join(", ")}, which ` +
        "scripts/manifest/customFunctions.js does not carry into manifest.json; map it there"
    );
  }
}

function toParameter(parameter, where) {
  refuseUnknown(parameter, PARAMETER_FIELDS, where);
  return { ...parameter };
}

function toFunction(fn) {
  const where = `function ${fn.id}`;
  refuseUnknown(fn, FUNCTION_FIELDS, where);
  const options = fn.options ?? {};
  refuseUnknown(options, Object.keys(OPTION_FLAGS), `${where} options`);
  const out = { id: fn.id, name: fn.name };
  if (fn.description !== undefined) out.description = fn.description;
  if (fn.helpUrl !== undefined) out.helpUrl = fn.helpUrl;
  out.parameters = (fn.parameters ?? []).map((p, i) =>
    toParameter(p, `${where} parameter ${p.name ?? i + 1}`)
  );
  // Excel takes the result's type from the value returned; the manifest keeps only its shape.
  out.result = { dimensionality: fn.result?.dimensionality ?? "scalar" };
  for (const [option, flag] of Object.entries(OPTION_FLAGS)) {
    if (options[option] !== undefined) out[flag] = options[option];
  }
  return out;
}

/**
 * @param {object} metadata functions.json, parsed
 * @param {{ namespace: string, metadataUrl: string }} where the XML manifest's namespace and URL
 */
function toCustomFunctions(metadata, { namespace, metadataUrl }) {
  refuseUnknown(metadata, METADATA_FIELDS, "the top level");
  if (!Array.isArray(metadata.functions) || metadata.functions.length === 0) {
    throw new Error("functions.json: no functions");
  }
  const customFunctions = {
    functions: metadata.functions.map(toFunction),
    namespace: { id: namespace, name: namespace },
  };
  if (metadata.allowCustomDataForDataTypeAny !== undefined) {
    customFunctions.allowCustomDataForDataTypeAny = metadata.allowCustomDataForDataTypeAny;
  }
  // Microsoft asks for the metadata file's URL too, for clients that still read the file.
  customFunctions.metadataUrl = metadataUrl;
  return customFunctions;
}

module.exports = { toCustomFunctions };
