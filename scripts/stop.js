#!/usr/bin/env node
/* eslint-disable no-undef */
// Stops what `npm start` or `npm run start:web` started: removes the sideloaded add-in and stops
// the dev server whose process id office-addin-debugging saved in the temp folder.
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { debuggingEnvironment } = require("./start");

const repoRoot = path.resolve(__dirname, "..");
/** File in which office-addin-debugging 7.0.0 records the dev server's process id (its debugInfo.js). */
const debuggingInfoPath = path.join(os.tmpdir(), "office-addin-debugging.json");

function main() {
  const desktop = process.platform === "win32" || process.platform === "darwin";
  if (!desktop && !fs.existsSync(debuggingInfoPath)) {
    console.log(`Nothing to stop: Excel desktop is not available on ${process.platform}, and no dev server started by npm run start:web is recorded.`);
    return 0;
  }
  // On Linux only a start:web session can be running, and the tool's platform must then be "web".
  const platform = desktop ? "desktop" : "web";
  const result = spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml", platform], {
    cwd: repoRoot,
    stdio: "inherit",
    env: debuggingEnvironment(),
    shell: process.platform === "win32",
  });
  if (result.error) throw result.error;
  return result.status === null ? 1 : result.status;
}

if (require.main === module) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
