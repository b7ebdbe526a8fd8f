#!/usr/bin/env node
/* eslint-disable no-undef */
// Builds the add-in, starts the HTTPS dev server and sideloads the manifest into Excel.
//
//   npm start                                  Excel desktop (Windows or macOS)
//   npm run start:web -- --document URL        Excel on the web, with a workbook in OneDrive or SharePoint
//
// office-addin-debugging 7.0.0 prints "platform is not supported" and exits 0 where Excel is missing,
// so this script checks the platform itself and prints one line instead. Its usage-data module
// (office-addin-usage-data 2.1.1) sends nothing and has no prompt to answer.
"use strict";

const path = require("node:path");
const os = require("node:os");
const { spawnSync } = require("node:child_process");

const repoRoot = path.resolve(__dirname, "..");
const devServerPort = 3000;
const desktopPlatforms = new Set(["win32", "darwin"]);

/** Returns why this machine cannot run the requested Excel, or null when it can. */
function unsupportedReason(target, platform = process.platform, environment = process.env) {
  if (target === "desktop" && !desktopPlatforms.has(platform)) {
    return `Excel desktop is not available on ${platform}: npm start needs Windows or macOS. ` +
      "Use `npm run start:web -- --document URL` for Excel on the web, or `npm run dev-server` and upload the manifest by hand (docs/install.md).";
  }
  if (target === "web" && !desktopPlatforms.has(platform) && !environment.DISPLAY && !environment.WAYLAND_DISPLAY) {
    return "No graphical session to open Excel on the web in: run `npm run dev-server` and upload manifest.xml in Excel on the web (docs/install.md).";
  }
  return null;
}

/** Reads `[desktop|web] [--document URL]`; throws with the usage line on anything else. */
function parseArguments(argv, environment = process.env) {
  const options = { target: "desktop", document: environment.npm_package_config_document || null };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === "desktop" || argument === "web") options.target = argument;
    else if (argument === "--document") options.document = argv[++index] || null;
    else throw new Error(`Unknown argument "${argument}". Usage: node scripts/start.js [desktop|web] [--document URL]`);
  }
  if (options.target === "web" && !options.document) {
    throw new Error("Excel on the web needs a workbook to open: `npm run start:web -- --document https://…` with the URL of a workbook in OneDrive or SharePoint.");
  }
  if (options.document && !/^https:\/\//.test(options.document)) {
    throw new Error(`The document URL must start with https://, found "${options.document}".`);
  }
  return options;
}

/** Returns the environment for office-addin-debugging, which builds paths from TEMP (set on Windows only). */
function debuggingEnvironment(environment = process.env) {
  return { ...environment, TEMP: environment.TEMP || os.tmpdir() };
}

function run(command, args, environment = process.env) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: "inherit", env: environment, shell: process.platform === "win32" });
  if (result.error) throw result.error;
  return result.status === null ? 1 : result.status;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const reason = unsupportedReason(options.target);
  if (reason) {
    console.error(reason);
    return 1;
  }

  if (run("npx", ["webpack", "--mode", "development"]) !== 0) return 1;
  // Creates the certificate files the dev server reads; the first time, the OS prompts to trust their CA.
  await require("office-addin-dev-certs").ensureCertificatesAreInstalled();

  const args = ["office-addin-debugging", "start", "manifest.xml", options.target, "--app", "excel",
    "--dev-server", "npm run dev-server", "--dev-server-port", String(devServerPort)];
  if (options.document) args.push("--document", options.document);
  return run("npx", args, debuggingEnvironment());
}

module.exports = { unsupportedReason, parseArguments, debuggingEnvironment };

if (require.main === module) {
  main().then(
    (status) => { process.exitCode = status; },
    (error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
