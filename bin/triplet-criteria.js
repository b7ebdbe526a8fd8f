#!/usr/bin/env node
"use strict";
// Entry point of the command line; the TypeScript sources compile to dist/node with `npm run build:cli`.
const path = require("node:path");
const fs = require("node:fs");

const compiled = path.join(__dirname, "..", "dist", "node", "cli", "main.js");
if (!fs.existsSync(compiled)) {
  process.stderr.write("triplet-criteria is not built yet. Run `npm run build:cli` in " + path.dirname(__dirname) + " first.\n");
  process.exit(2);
}
require(compiled).main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => { process.stderr.write(String(error && error.stack || error) + "\n"); process.exitCode = 1; }
);
