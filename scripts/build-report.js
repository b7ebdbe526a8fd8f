#!/usr/bin/env node
/* eslint-disable no-undef */
// Production build of the add-in for a static HTTPS host, with a report:
//
//   npm run build -- --env baseUrl=https://host/path/
//
// It builds with webpack, rewriting the manifest's URLs to the base URL. It prints the gzipped size of
// the JavaScript that taskpane.html loads (office.js comes from Microsoft's CDN and is not counted).
// It fails when a Node-only library of the command line reached a bundle, when the bundles exceed
// the size budget, or when the built manifest does not validate.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const webpack = require("webpack");
const createConfig = require("../webpack.config.js");
const { validateManifest } = require("./validate-manifest");

/** Gzipped budget for all the add-in's JavaScript together, in kB (1 kB = 1000 bytes). */
const budgetKilobytes = 250;
const devBaseUrl = "https://localhost:3000/";

/** Packages and source folders that only the command line may use (they need Node or are large). */
const nodeOnlyModules = [
  { label: "exceljs", pattern: /[\\/]node_modules[\\/]exceljs[\\/]/ },
  { label: "csv-parse", pattern: /[\\/]node_modules[\\/]csv-parse[\\/]/ },
  { label: "commander", pattern: /[\\/]node_modules[\\/]commander[\\/]/ },
  { label: "cli-progress", pattern: /[\\/]node_modules[\\/]cli-progress[\\/]/ },
  { label: "iconv-lite", pattern: /[\\/]node_modules[\\/]iconv-lite[\\/]/ },
  { label: "jszip", pattern: /[\\/]node_modules[\\/]jszip[\\/]/ },
  { label: "archiver", pattern: /[\\/]node_modules[\\/]archiver[\\/]/ },
  { label: "src/adapters/files", pattern: /[\\/]src[\\/]adapters[\\/]files[\\/]/ },
  { label: "src/cli", pattern: /[\\/]src[\\/]cli[\\/]/ },
];

/** Reads webpack-cli style `--env key=value` (or `--env=key=value`) arguments into an object. */
function parseEnvArguments(argv) {
  const env = {};
  for (let index = 0; index < argv.length; index += 1) {
    let pair = null;
    if (argv[index] === "--env") pair = argv[++index];
    else if (argv[index].startsWith("--env=")) pair = argv[index].slice("--env=".length);
    else throw new Error(`Unknown argument "${argv[index]}". Usage: npm run build -- --env baseUrl=https://host/path/ [--env outDir=DIR]`);
    const separator = pair ? pair.indexOf("=") : -1;
    if (separator <= 0) throw new Error(`--env needs key=value, found "${pair}".`);
    env[pair.slice(0, separator)] = pair.slice(separator + 1);
  }
  return env;
}

/** Lists every module path in webpack stats JSON, including the modules inside concatenated ones. */
function listModulePaths(statsJson) {
  const paths = [];
  const visit = (modules) => {
    for (const module of modules || []) {
      const name = module.nameForCondition || module.identifier || module.name;
      if (name) paths.push(name);
      visit(module.modules);
    }
  };
  visit(statsJson.modules);
  for (const child of statsJson.children || []) paths.push(...listModulePaths(child));
  return paths;
}

/** Returns the Node-only libraries found among the bundled modules, each with one module as evidence. */
function findNodeOnlyModules(statsJson) {
  const found = [];
  const modulePaths = listModulePaths(statsJson);
  for (const { label, pattern } of nodeOnlyModules) {
    const evidence = modulePaths.find((modulePath) => pattern.test(modulePath));
    if (evidence) found.push({ label, module: evidence });
  }
  return found;
}

/** Returns [{file, bytes, gzipBytes}] for every .js file of a build folder, and their total. */
function measureBundles(outputDir) {
  const files = fs.readdirSync(outputDir).filter((name) => name.endsWith(".js")).sort();
  const bundles = files.map((file) => {
    const content = fs.readFileSync(path.join(outputDir, file));
    return { file, bytes: content.length, gzipBytes: zlib.gzipSync(content, { level: 9 }).length };
  });
  const totalGzipBytes = bundles.reduce((sum, bundle) => sum + bundle.gzipBytes, 0);
  return { bundles, totalGzipBytes };
}

function runWebpack(config) {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => (error ? reject(error) : resolve(stats)));
  });
}

const kilobytes = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

async function main() {
  const env = parseEnvArguments(process.argv.slice(2));
  const config = createConfig(env, { mode: "production" });
  config.mode = "production";
  const outputDir = config.output.path;

  const stats = await runWebpack(config);
  const statsJson = stats.toJson({ all: false, errors: true, warnings: true, modules: true, nestedModules: true });
  if (stats.hasErrors()) {
    for (const error of statsJson.errors) console.error(error.message);
    console.error("The production build failed.");
    return 1;
  }
  for (const warning of statsJson.warnings) console.warn(`warning: ${warning.message}`);

  let failed = false;
  const nodeOnly = findNodeOnlyModules(statsJson);
  for (const { label, module } of nodeOnly) {
    console.error(`${label} is in the add-in bundle (${module}); only the command line may use it.`);
    failed = true;
  }

  const { bundles, totalGzipBytes } = measureBundles(outputDir);
  console.log(`Bundles in ${path.relative(process.cwd(), outputDir) || outputDir} (office.js excluded):`);
  for (const bundle of bundles) {
    console.log(`  ${bundle.file.padEnd(16)} ${kilobytes(bundle.bytes).padStart(10)}   gzip ${kilobytes(bundle.gzipBytes).padStart(9)}`);
  }
  const withinBudget = totalGzipBytes < budgetKilobytes * 1000;
  console.log(`  total gzip ${kilobytes(totalGzipBytes)} (budget < ${budgetKilobytes} kB): ${withinBudget ? "ok" : "over budget"}`);
  if (!withinBudget) failed = true;

  const manifestPath = path.join(outputDir, "manifest.xml");
  const { problems, notes } = validateManifest(manifestPath, { distDir: outputDir });
  for (const note of notes) console.log(`manifest: ${note}`);
  for (const problem of problems) console.error(`manifest: ${problem}`);
  if (problems.length > 0) failed = true;
  else console.log(`manifest: ${path.relative(process.cwd(), manifestPath)} is valid.`);
  if (!env.baseUrl && !process.env.TRIPLET_BASE_URL) {
    console.log(`note: no --env baseUrl given, so the manifest still points at ${devBaseUrl}.`);
  }

  console.log(failed ? "The production build has problems (see above)." : `The production build is ready in ${outputDir}.`);
  return failed ? 1 : 0;
}

module.exports = { parseEnvArguments, listModulePaths, findNodeOnlyModules, measureBundles, budgetKilobytes };

if (require.main === module) {
  main().then(
    (status) => { process.exitCode = status; },
    (error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
