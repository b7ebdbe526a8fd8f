import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium; playwright-core drives it instead of downloading a browser of its own. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * Starts headless Chromium with background networking off, so the browser itself contacts no
 * host. Throws with the package to install when Chromium is missing, rather than skipping, so a
 * machine without it cannot pass the browser tests silently.
 */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium was not found at ${CHROMIUM_PATH}. Install Debian's chromium package (apt-get install chromium), as .ci/run does.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
