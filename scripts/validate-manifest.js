#!/usr/bin/env node
/* eslint-disable no-undef */
// Validates the add-in manifest offline: the published XML schemas (through xmllint), every resid
// naming a resource, the shared-runtime wiring, and every URL naming a file of the build.
//
// Usage: node scripts/validate-manifest.js [manifest.xml] [--dist dist/addin] [--schemas DIR] [--no-files]
// Without --dist it checks the source manifest against dist/addin and, when the build has a
// manifest of its own (rewritten for a base URL), that one as well.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const repoRoot = path.resolve(__dirname, "..");
const defaultSchemaDir = path.resolve(repoRoot, "..", "shared", "schemas");
const schemaFileName = "OfficeAppManifestV1_1.xsd";

/** Runs xmllint and returns its status and output; a missing xmllint becomes a clear error. */
function runXmllint(args) {
  const result = spawnSync("xmllint", args, { encoding: "utf8" });
  if (result.error && result.error.code === "ENOENT") {
    throw new Error("xmllint was not found: install it with `apt-get install libxml2-utils` (Debian) or your package manager.");
  }
  return result;
}

function decodeXmlEntities(text) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Parses the attributes of one serialized element or attribute list into a plain object. */
function parseAttributes(text) {
  const attributes = {};
  for (const match of text.matchAll(/([A-Za-z_][\w:.-]*)="([^"]*)"/g)) {
    attributes[match[1]] = decodeXmlEntities(match[2]);
  }
  return attributes;
}

/** Returns the elements an XPath selects, each as {name, attributes, text}; [] when none match. */
function selectElements(manifestPath, xpathExpression) {
  const result = runXmllint(["--xpath", xpathExpression, manifestPath]);
  if (result.status !== 0) {
    // xmllint exits 10 with "XPath set is empty" when nothing matches.
    if (/XPath set is empty/.test(result.stderr)) return [];
    throw new Error(`xmllint could not evaluate ${xpathExpression} on ${manifestPath}: ${result.stderr.trim()}`);
  }
  const elements = [];
  for (const match of result.stdout.matchAll(/<([\w:]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/>|>([\s\S]*?)<\/\1>)/g)) {
    elements.push({ name: match[1], attributes: parseAttributes(match[2]), text: decodeXmlEntities(match[4] || "").trim() });
  }
  return elements;
}

/** Returns the values of the attributes an XPath selects (such as //@resid). */
function selectAttributeValues(manifestPath, xpathExpression) {
  const result = runXmllint(["--xpath", xpathExpression, manifestPath]);
  if (result.status !== 0) {
    if (/XPath set is empty/.test(result.stderr)) return [];
    throw new Error(`xmllint could not evaluate ${xpathExpression} on ${manifestPath}: ${result.stderr.trim()}`);
  }
  return [...result.stdout.matchAll(/[\w:.-]+="([^"]*)"/g)].map((match) => decodeXmlEntities(match[1]));
}

const byName = (name) => `//*[local-name()='${name}']`;

/** Checks the manifest against the published schemas; returns {problems, skipped}. */
function checkSchema(manifestPath, schemaDir) {
  const schemaPath = path.join(schemaDir, schemaFileName);
  if (!fs.existsSync(schemaPath)) {
    return {
      problems: [],
      skipped: `The XML schemas were not found at ${schemaDir}, so the schema check was skipped. ` +
        "Run `npm run validate:online` (office-addin-manifest, needs internet) to check the manifest against Microsoft's service.",
    };
  }
  const result = runXmllint(["--noout", "--nonet", "--schema", schemaPath, manifestPath]);
  if (result.status === 0) return { problems: [], skipped: null };
  const lines = result.stderr.split("\n").filter((line) => line.trim() !== "" && !/fails to validate$/.test(line));
  return { problems: lines.map((line) => `schema: ${line}`), skipped: null };
}

/** Returns the resource ids the manifest defines, mapped to their resource element. */
function readResources(manifestPath) {
  const resources = new Map();
  const kinds = ["Image", "Url", "String"];
  for (const kind of kinds) {
    for (const element of selectElements(manifestPath, `${byName("Resources")}//*[local-name()='${kind}' and @id]`)) {
      resources.set(element.attributes.id, { kind, defaultValue: element.attributes.DefaultValue, element });
    }
  }
  return resources;
}

/** Checks that every resid names a resource and that the shared runtime is wired as Office requires. */
function checkReferences(manifestPath) {
  const problems = [];
  const resources = readResources(manifestPath);
  for (const resid of new Set(selectAttributeValues(manifestPath, "//@resid"))) {
    if (!resources.has(resid)) problems.push(`resid "${resid}" names no resource in <Resources>.`);
  }

  const runtimeIds = selectAttributeValues(manifestPath, `${byName("Runtime")}/@resid`);
  const pageIds = selectAttributeValues(manifestPath, `${byName("Page")}/${byName("SourceLocation").slice(2)}/@resid`);
  const functionFileIds = selectAttributeValues(manifestPath, `${byName("FunctionFile")}/@resid`);
  const lifetimes = selectAttributeValues(manifestPath, `${byName("Runtime")}/@lifetime`);
  if (runtimeIds.length !== 1) problems.push(`shared runtime: expected one <Runtime>, found ${runtimeIds.length}.`);
  if (lifetimes[0] !== "long") problems.push(`shared runtime: <Runtime lifetime> must be "long", found "${lifetimes[0]}".`);
  const runtimeId = runtimeIds[0];
  for (const [what, ids] of [["custom functions <Page>", pageIds], ["<FunctionFile>", functionFileIds]]) {
    if (ids.length !== 1 || ids[0] !== runtimeId) {
      problems.push(`shared runtime: the ${what} must use the runtime's page "${runtimeId}", found "${ids.join(", ")}".`);
    }
  }
  const sets = selectElements(manifestPath, `/*[local-name()='OfficeApp']/${byName("Requirements").slice(2)}//*[local-name()='Set']`);
  for (const required of ["SharedRuntime", "CustomFunctionsRuntime"]) {
    if (!sets.some((set) => set.attributes.Name === required)) problems.push(`Requirements: <Set Name="${required}"> is missing.`);
  }
  const namespaceIds = selectAttributeValues(manifestPath, `${byName("Namespace")}/@resid`);
  const namespace = namespaceIds.length === 1 ? resources.get(namespaceIds[0]) : undefined;
  if (!namespace || namespace.defaultValue !== "TRIPLET") {
    problems.push(`custom functions: the namespace must be "TRIPLET", found "${namespace ? namespace.defaultValue : "(none)"}".`);
  }
  return problems;
}

/** Lists every URL the manifest names, with where it appears. */
function listUrls(manifestPath) {
  const urls = [];
  const addElementUrls = (xpathExpression, where) => {
    for (const element of selectElements(manifestPath, xpathExpression)) {
      if (element.attributes.DefaultValue) urls.push({ url: element.attributes.DefaultValue, where: where(element) });
      const overrides = [...(element.text.matchAll(/<[\w:]*Override\s([^>]*)\/?>/g))].map((match) => parseAttributes(match[1]));
      for (const override of overrides) {
        if (override.Value) urls.push({ url: override.Value, where: `${where(element)} (${override.Locale})` });
      }
    }
  };
  addElementUrls(`${byName("Resources")}//*[(local-name()='Image' or local-name()='Url') and @id]`, (element) => element.attributes.id);
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    addElementUrls(`/*[local-name()='OfficeApp']/*[local-name()='${name}']`, () => name);
  }
  addElementUrls(`${byName("DefaultSettings")}/${byName("SourceLocation").slice(2)}`, () => "DefaultSettings/SourceLocation");
  return urls;
}

/** Reads a PNG's width and height from its IHDR chunk, or null when the file is not a PNG. */
function readPngSize(filePath) {
  const header = Buffer.alloc(24);
  const descriptor = fs.openSync(filePath, "r");
  try {
    fs.readSync(descriptor, header, 0, 24, 0);
  } finally {
    fs.closeSync(descriptor);
  }
  if (header.toString("latin1", 1, 4) !== "PNG" || header.toString("latin1", 12, 16) !== "IHDR") return null;
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/**
 * Checks that every URL lies under the add-in's base URL (the folder of the DefaultSettings page)
 * and names a file of the build, and that each ribbon icon has the pixel size it is declared with.
 */
function checkFiles(manifestPath, distDir) {
  const problems = [];
  if (!fs.existsSync(distDir)) {
    return [`The build folder ${distDir} does not exist: run \`npm run build\` first (or pass --no-files).`];
  }
  const urls = listUrls(manifestPath);
  const page = urls.find((entry) => entry.where === "DefaultSettings/SourceLocation");
  if (!page) return ["<DefaultSettings><SourceLocation> is missing, so the add-in's base URL is unknown."];
  const baseUrl = page.url.slice(0, page.url.lastIndexOf("/") + 1);
  if (!baseUrl.startsWith("https://")) problems.push(`The add-in's base URL must use https, found ${baseUrl}.`);

  const filesByUrl = new Map();
  for (const { url, where } of urls) {
    if (!url.startsWith(baseUrl)) {
      problems.push(`${where}: ${url} is outside the add-in's base URL ${baseUrl}.`);
      continue;
    }
    const relativePath = decodeURIComponent(url.slice(baseUrl.length).split(/[?#]/)[0]);
    const filePath = path.join(distDir, relativePath);
    if (!fs.existsSync(filePath) || !fs.statSync(filePath).isFile()) {
      problems.push(`${where}: ${url} names ${relativePath}, which is not in ${distDir}.`);
      continue;
    }
    filesByUrl.set(url, filePath);
  }

  const resources = readResources(manifestPath);
  const checkedImages = new Set();
  for (const image of selectElements(manifestPath, `//*[local-name()='Image' and @size and @resid]`)) {
    const key = `${image.attributes.resid}@${image.attributes.size}`;
    if (checkedImages.has(key)) continue;
    checkedImages.add(key);
    const resource = resources.get(image.attributes.resid);
    const filePath = resource && filesByUrl.get(resource.defaultValue);
    if (!filePath) continue;
    const size = readPngSize(filePath);
    const expected = Number(image.attributes.size);
    if (!size) problems.push(`${image.attributes.resid}: ${filePath} is not a PNG file.`);
    else if (size.width !== expected || size.height !== expected) {
      problems.push(`${image.attributes.resid}: declared ${expected}×${expected} px, but ${filePath} is ${size.width}×${size.height} px.`);
    }
  }
  return problems;
}

/** Validates one manifest; returns {problems, notes}. */
function validateManifest(manifestPath, { distDir, schemaDir = defaultSchemaDir, checkBuildFiles = true } = {}) {
  if (!fs.existsSync(manifestPath)) return { problems: [`The manifest ${manifestPath} does not exist.`], notes: [] };
  const notes = [];
  const schema = checkSchema(manifestPath, schemaDir);
  if (schema.skipped) notes.push(schema.skipped);
  const problems = [...schema.problems];
  // XPath results on a manifest that is not well-formed are unreliable, so stop at the schema errors.
  if (problems.length > 0 && runXmllint(["--noout", manifestPath]).status !== 0) return { problems, notes };
  problems.push(...checkReferences(manifestPath));
  if (checkBuildFiles) problems.push(...checkFiles(manifestPath, distDir || path.join(repoRoot, "dist", "addin")));
  return { problems, notes };
}

function parseArguments(argv) {
  const options = { manifests: [], distDir: null, schemaDir: process.env.TRIPLET_SCHEMA_DIR || defaultSchemaDir, checkBuildFiles: true };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === "--dist") options.distDir = path.resolve(argv[++index]);
    else if (argument === "--schemas") options.schemaDir = path.resolve(argv[++index]);
    else if (argument === "--no-files") options.checkBuildFiles = false;
    else if (argument.startsWith("--")) throw new Error(`Unknown option ${argument}. Usage: validate-manifest [manifest.xml] [--dist DIR] [--schemas DIR] [--no-files]`);
    else options.manifests.push(path.resolve(argument));
  }
  if (options.manifests.length === 0) {
    options.manifests.push(path.join(repoRoot, "manifest.xml"));
    const builtManifest = path.join(repoRoot, "dist", "addin", "manifest.xml");
    if (!options.distDir && fs.existsSync(builtManifest)) options.manifests.push(builtManifest);
  }
  return options;
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  let failed = false;
  for (const manifestPath of options.manifests) {
    const { problems, notes } = validateManifest(manifestPath, options);
    const displayPath = path.relative(process.cwd(), manifestPath) || manifestPath;
    for (const note of notes) console.log(`${displayPath}: ${note}`);
    if (problems.length === 0) {
      console.log(`${displayPath}: valid${notes.length > 0 ? " (schema check skipped)" : ""}.`);
    } else {
      failed = true;
      console.error(`${displayPath}: ${problems.length} problem(s):`);
      for (const problem of problems) console.error(`  - ${problem}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

module.exports = { validateManifest, listUrls, readPngSize };

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
