/**
 * Serves the built add-in from 127.0.0.1 and opens the task pane in headless Chromium. The
 * office.js CDN address is answered either with the fake workbook (test/fakes/browser-entry.ts,
 * bundled here) or with the real office.js from @microsoft/office-js; every other outside request
 * is aborted. The server sends the same Content-Security-Policy as the page's meta tag.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import webpack from "webpack";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../helpers/chromium";

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const CSP =
  "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";

function runWebpack(config: webpack.Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** Builds the add-in (development mode, no eval source maps) and the fake office.js into a temporary folder. */
export async function buildForBrowser(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "triplet-pane-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const addin: webpack.Configuration = makeConfig({ outDir }, { mode: "development" });
  await runWebpack({ ...addin, context: ROOT, mode: "development", devtool: false });
  await runWebpack({
    context: ROOT,
    mode: "development",
    devtool: false,
    entry: path.join(ROOT, "test/fakes/browser-entry.ts"),
    output: { path: outDir, filename: "fake-office.js", clean: false, environment: { globalThis: true } },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [{ test: /\.ts$/, use: { loader: "ts-loader", options: { configFile: path.join(ROOT, "tsconfig.json"), transpileOnly: true } } }] },
  });
  return outDir;
}

export interface Harness {
  browser: Browser;
  origin: string;
  outDir: string;
  /** File names the server has sent, in order. */
  served: string[];
  close(): Promise<void>;
}

export async function startHarness(outDir: string): Promise<Harness> {
  const served: string[] = [];
  const server = http.createServer((request, response) => {
    const name = path.basename(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(outDir, name);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return void response.writeHead(404).end();
    served.push(name);
    const type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".json") ? "application/json" : "text/javascript";
    response.writeHead(200, { "Content-Type": type, "Content-Security-Policy": CSP }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  return {
    browser,
    origin,
    outDir,
    served,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface OpenOptions {
  /** Seed of the fake workbook; `null` loads the real office.js, as a plain browser would. */
  seed: unknown | null;
  width?: number;
}

/** Opens the pane; collects CSP violations and page errors into `window.__problems`. */
export async function openPane(harness: Harness, options: OpenOptions): Promise<{ page: Page; problems: string[] }> {
  const page = await harness.browser.newPage({ viewport: { width: options.width ?? 320, height: 900 } });
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(harness.origin)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      if (options.seed !== null) return route.fulfill({ contentType: "text/javascript", body: fs.readFileSync(path.join(harness.outDir, "fake-office.js")) });
      const file = path.join(OFFICE_DIST, url.slice(OFFICE_CDN.length).split("?")[0]);
      if (file.startsWith(OFFICE_DIST) && fs.existsSync(file)) return route.fulfill({ contentType: "text/javascript", body: fs.readFileSync(file) });
      return route.fulfill({ status: 404, body: "" });
    }
    return route.abort();
  });
  if (options.seed !== null) await page.addInitScript((seed) => ((window as unknown as Record<string, unknown>).__fakeSeed = seed), options.seed);
  await page.goto(`${harness.origin}/taskpane.html`, { waitUntil: "load" });
  return { page, problems };
}
