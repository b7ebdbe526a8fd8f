import path from "node:path";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../..");

/** Files whose build errors belong to the custom functions (others are reported, not failed on). */
const OWN = [/src[\\/]functions[\\/]/, /src[\\/]i18n[\\/]functions\.ts/, /percent-rank-within|zscore-within|polygamma/, /FunctionsMetadataPostPlugin|CustomFunctionsMetadataPlugin/];

export interface BundleBuild {
  outDir: string;
  ownErrors: string[];
  otherErrors: string[];
}

/**
 * Builds only the functions entry with the project's webpack.config.js (same loaders and the
 * two metadata plugins, without the task pane page), so the custom functions can be tested
 * while other entries are still being written.
 */
export async function buildFunctionsBundle(outDir: string): Promise<BundleBuild> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(path.join(ROOT, "webpack.config.js"));
  const base = configure({}, { mode: "development" });
  const keep = new Set(["CustomFunctionsMetadataPlugin", "FunctionsMetadataPostPlugin"]);
  const config: webpack.Configuration = {
    ...base,
    mode: "development",
    devtool: false,
    context: ROOT,
    entry: { functions: "./src/functions/functions.ts" },
    output: { ...base.output, path: outDir, clean: true },
    plugins: base.plugins.filter((plugin: object) => keep.has(plugin.constructor.name)),
    devServer: undefined,
  };
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(config, (error, result) => (error || !result ? reject(error ?? new Error("webpack returned no stats")) : resolve(result)));
  });
  const errors = stats.toJson({ all: false, errors: true }).errors ?? [];
  const texts = errors.map((error) => `${error.moduleName ?? ""} ${error.message}`);
  return {
    outDir,
    ownErrors: texts.filter((text) => OWN.some((pattern) => pattern.test(text))),
    otherErrors: texts.filter((text) => !OWN.some((pattern) => pattern.test(text))),
  };
}
