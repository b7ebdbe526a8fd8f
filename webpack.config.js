/* eslint-disable no-undef */
// Builds the add-in: one page (taskpane.html) hosts the task pane, the custom functions and the
// ribbon commands in Office's shared runtime, so the engine loads once.
const path = require("node:path");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { FunctionsMetadataPostPlugin } = require("./scripts/functions-metadata");
const { readDevServerHttpsOptions } = require("./scripts/dev-server-https");

const devBaseUrl = "https://localhost:3000/";

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const baseUrl = normalizeBaseUrl(env.baseUrl || process.env.TRIPLET_BASE_URL || devBaseUrl);

  return {
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      // Loaded by the task pane with `new Worker("scan-worker.js")`, never by a page.
      "scan-worker": "./src/taskpane/scan-worker.ts",
    },
    output: {
      // env.outDir lets tests build into a temporary folder.
      path: env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "dist/addin"),
      filename: "[name].js",
      // Lets webpack's runtime use globalThis instead of a `new Function("return this")` fallback.
      environment: { globalThis: true },
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
      alias: {
        // The original probes with eval, which the pages' Content-Security-Policy blocks.
        "@stdlib/assert-has-generator-support": path.resolve(__dirname, "scripts/shims/stdlib-has-generator-support.js"),
      },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.addin.json" } },
        },
        {
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]/,
          use: path.resolve(__dirname, "scripts/no-function-constructor-loader.js"),
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      // Adds allowErrorForDataTypeAny and writes functions.ko.json; see scripts/functions-metadata.js.
      new FunctionsMetadataPostPlugin({ metadata: "functions.json", korean: "./src/functions/metadata.ko.json", output: "functions.ko.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return production ? content.toString().split(devBaseUrl).join(baseUrl) : content;
            },
          },
        ],
      }),
    ],
    performance: { hints: false },
    // Read only by `webpack serve`, so a build needs no development certificate.
    devServer: env.WEBPACK_SERVE
      ? {
          host: "localhost",
          port: Number(process.env.TRIPLET_DEV_SERVER_PORT || process.env.npm_package_config_dev_server_port) || 3000,
          server: { type: "https", options: readDevServerHttpsOptions() },
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
        }
      : undefined,
  };
};

/** Checks a production base URL: https, ending in a slash (added when missing). */
function normalizeBaseUrl(url) {
  if (!/^https:\/\/[^/]+/.test(url)) {
    throw new Error(`The base URL must start with https:// (Office loads add-ins over HTTPS only), found "${url}".`);
  }
  return url.endsWith("/") ? url : `${url}/`;
}
