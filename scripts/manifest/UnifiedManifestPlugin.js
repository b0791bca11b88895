/**
 * webpack plugin: writes manifest.json (the unified manifest) beside manifest.xml in every build,
 * from the manifest.xml and functions.json that build emits. So `npm run build` gives both
 * manifests with the production URL, and the dev build both with the dev server's.
 */
const { Compilation, WebpackError, sources } = require("webpack");
const { convertXmlManifest } = require("./convertXmlManifest");
const { toUnifiedManifest } = require("./unifiedManifest");
const { readXmlManifestFacts } = require("./xmlManifestFacts");

const NAME = "UnifiedManifestPlugin";

/** The unified manifest for a manifest.xml text and a functions.json text. */
async function unifiedManifestFor(xml, functionsJson) {
  const converted = await convertXmlManifest(xml);
  return toUnifiedManifest(converted, {
    xmlFacts: readXmlManifestFacts(xml),
    functionsMetadata: JSON.parse(functionsJson),
  });
}

class UnifiedManifestPlugin {
  /** @param {{ xml?: string, functions?: string, output?: string }} [options] asset names */
  constructor(options = {}) {
    this.xml = options.xml ?? "manifest.xml";
    this.functions = options.functions ?? "functions.json";
    this.output = options.output ?? "manifest.json";
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        // After CopyWebpackPlugin has added manifest.xml (stage ADDITIONAL).
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED },
        async () => {
          const xml = compilation.getAsset(this.xml);
          const functions = compilation.getAsset(this.functions);
          if (!xml || !functions) {
            compilation.errors.push(
              new WebpackError(`${NAME}: the build emitted no ${xml ? this.functions : this.xml}`)
            );
            return;
          }
          try {
            const manifest = await unifiedManifestFor(
              xml.source.source().toString(),
              functions.source.source().toString()
            );
            compilation.emitAsset(
              this.output,
              new sources.RawSource(`${JSON.stringify(manifest, null, 2)}\n`)
            );
          } catch (e) {
            compilation.errors.push(new WebpackError(`${NAME}: ${e.message}`));
          }
        }
      );
    });
  }
}

module.exports = { UnifiedManifestPlugin, unifiedManifestFor };
