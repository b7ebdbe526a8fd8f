/* eslint-disable no-undef */
// Post-processing of the custom functions metadata that custom-functions-metadata-plugin writes.
//
// 1. It sets `allowErrorForDataTypeAny: true`. Without it Excel does not call a function whose
//    range argument contains an error cell and shows that error itself, so the functions could not
//    skip or report errors per row. The generator (custom-functions-metadata 2.2.3) never writes
//    this top-level flag, and Microsoft documents it only for hand-written metadata.
// 2. It writes functions.ko.json: the same metadata with the Korean descriptions of
//    src/functions/metadata.ko.json. The manifest points Korean Excel at it through a
//    `<bt:Override Locale="ko-KR">` on the metadata URL. Ids and names stay English.
const fs = require("node:fs");
const path = require("node:path");

/** Returns a copy of the metadata that lets error values inside ranges reach the functions. */
function allowErrorsInRanges(metadata) {
  return { allowErrorForDataTypeAny: true, ...metadata, allowErrorForDataTypeAny: true };
}

/**
 * Returns a copy of the metadata with each function's and parameter's description taken from
 * `table` ({ ID: { description, parameters: { name: description } } }). Throws an Error naming
 * every function or parameter that has no Korean description, so a new one cannot ship in English only.
 */
function localizeMetadata(metadata, table) {
  const missing = [];
  const functions = metadata.functions.map((fn) => {
    const entry = table[fn.id];
    if (!entry || typeof entry.description !== "string") {
      missing.push(fn.id);
      return fn;
    }
    const parameters = (fn.parameters || []).map((parameter) => {
      const text = entry.parameters && entry.parameters[parameter.name];
      if (typeof text !== "string") missing.push(`${fn.id}(${parameter.name})`);
      return typeof text === "string" ? { ...parameter, description: text } : parameter;
    });
    return { ...fn, description: entry.description, parameters };
  });
  if (missing.length > 0) {
    throw new Error(`No Korean description for ${missing.join(", ")}; add them to src/functions/metadata.ko.json.`);
  }
  return { ...metadata, functions };
}

/** Webpack plugin that applies both steps to the emitted functions.json. */
class FunctionsMetadataPostPlugin {
  constructor(options) {
    this.metadataFile = options.metadata || "functions.json";
    this.koreanTable = path.resolve(options.korean);
    this.koreanOutput = options.output || "functions.ko.json";
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPostPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataPostPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset(this.metadataFile);
          if (!asset) return;
          try {
            const metadata = allowErrorsInRanges(JSON.parse(asset.source.source().toString()));
            const table = JSON.parse(fs.readFileSync(this.koreanTable, "utf8"));
            compilation.fileDependencies.add(this.koreanTable);
            compilation.updateAsset(this.metadataFile, new sources.RawSource(JSON.stringify(metadata, null, 4)));
            compilation.emitAsset(this.koreanOutput, new sources.RawSource(JSON.stringify(localizeMetadata(metadata, table), null, 4)));
          } catch (error) {
            compilation.errors.push(new WebpackError(`FunctionsMetadataPostPlugin: ${error.message}`));
          }
        },
      );
    });
  }
}

module.exports = { allowErrorsInRanges, localizeMetadata, FunctionsMetadataPostPlugin };
