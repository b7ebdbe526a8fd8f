/* eslint-disable no-undef */
// HTTPS options for the webpack dev server, read from the key and certificate that
// `office-addin-dev-certs install` writes to ~/.office-addin-dev-certs/. Reading the files does not
// install anything, so the dev server also starts where installing the CA needs a password prompt.
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

/** The folder office-addin-dev-certs 3.0.0 writes to (its defaults.certificateDirectory). */
const certificateDirectory = process.env.TRIPLET_DEV_CERT_DIR || path.join(os.homedir(), ".office-addin-dev-certs");

/** Returns {key, cert, ca} for the dev server; throws with the command to run when a file is missing. */
function readDevServerHttpsOptions(directory = certificateDirectory) {
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const options = {};
  for (const [option, fileName] of Object.entries(files)) {
    const filePath = path.join(directory, fileName);
    if (!fs.existsSync(filePath)) {
      throw new Error(
        `The development certificate ${filePath} is missing: run \`npx office-addin-dev-certs install\` ` +
          "(it creates the files, then asks to trust the certificate authority).",
      );
    }
    options[option] = fs.readFileSync(filePath);
  }
  return options;
}

module.exports = { readDevServerHttpsOptions, certificateDirectory };
