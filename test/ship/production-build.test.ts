import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/chromium";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest, listUrls } = require("../../scripts/validate-manifest.js");

const repoRoot = path.resolve(__dirname, "../..");
const baseUrl = "https://addin.example.test/triplet/";
const officeCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const officeDist = path.join(repoRoot, "node_modules/@microsoft/office-js/dist");

/** The Content-Security-Policy every page must carry, directive by directive. */
const expectedPolicy: Record<string, string> = {
  "default-src": "'self'",
  "script-src": "'self' https://appsforoffice.microsoft.com",
  "style-src": "'self' 'unsafe-inline'",
  "img-src": "'self' data:",
  "connect-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'self'",
};

let outDir: string;
let build: { status: number | null; stdout: string; stderr: string };

const readOutput = (name: string) => fs.readFileSync(path.join(outDir, name), "utf8");
const outputFiles = (extension: string) => fs.readdirSync(outDir).filter((name) => name.endsWith(extension));

function parsePolicy(html: string): Record<string, string> | null {
  const match = html.match(/<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i);
  if (!match) return null;
  const policy: Record<string, string> = {};
  for (const directive of match[1].split(";").map((part) => part.trim()).filter(Boolean)) {
    const [name, ...sources] = directive.split(/\s+/);
    policy[name] = sources.join(" ");
  }
  return policy;
}

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "triplet-addin-"));
  const result = spawnSync(process.execPath, ["scripts/build-report.js", "--env", `baseUrl=${baseUrl}`, "--env", `outDir=${outDir}`], {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 280_000,
  });
  build = { status: result.status, stdout: result.stdout, stderr: result.stderr };
}, 300_000);

afterAll(() => {
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe("production build", () => {
  it("succeeds within the size budget", () => {
    expect(build.stderr).toBe("");
    expect(build.status).toBe(0);
    const total = build.stdout.match(/total gzip ([\d.]+) kB \(budget < 250 kB\): ok/);
    expect(total, build.stdout).not.toBeNull();
    expect(Number(total![1])).toBeLessThan(250);
  });

  it("keeps command line libraries out", () => {
    // build-report.js checks webpack's module list (its detection has a unit test in ship-scripts).
    expect(build.stdout + build.stderr).not.toMatch(/is in the add-in bundle/);
  });

  it("rewrites every manifest URL", () => {
    const manifestPath = path.join(outDir, "manifest.xml");
    expect(readOutput("manifest.xml")).not.toContain("https://localhost:3000/");
    const urls = listUrls(manifestPath);
    expect(urls.length).toBeGreaterThan(5);
    for (const { url, where } of urls) expect(url.startsWith(baseUrl), `${where}: ${url}`).toBe(true);
    const { problems } = validateManifest(manifestPath, { distDir: outDir });
    expect(problems).toEqual([]);
  });

  it("pages carry the strict CSP", () => {
    const pages = outputFiles(".html");
    expect(pages).toContain("taskpane.html");
    for (const page of pages) {
      expect(parsePolicy(readOutput(page)), page).toEqual(expectedPolicy);
    }
  });

  it("pages load only own scripts and office.js", () => {
    for (const page of outputFiles(".html")) {
      const sources = [...readOutput(page).matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/gi)].map((match) => match[1]);
      expect(sources, page).toContain(`${officeCdn}office.js`);
      for (const source of sources) {
        const own = !/^[a-z]+:|^\/\//i.test(source) && fs.existsSync(path.join(outDir, source));
        expect(own || source === `${officeCdn}office.js`, `${page}: ${source}`).toBe(true);
      }
      // Inline scripts would need 'unsafe-inline', which the policy does not grant.
      expect(readOutput(page), page).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i);
    }
  });

  it("bundles contain no eval or Function", () => {
    for (const name of outputFiles(".js")) {
      const code = readOutput(name);
      // \beval\b also catches the indirect form `var evil = eval; evil(source)`.
      expect(code, name).not.toMatch(/\beval\b/);
      expect(code, name).not.toMatch(/\bnew\s+Function\b/);
      expect(code, name).not.toMatch(/\bFunction\s*\(\s*["'`]/);
    }
  });

  it("bundles send nothing over the network", () => {
    for (const name of outputFiles(".js")) {
      const code = readOutput(name);
      expect(code, name).not.toMatch(/\bsendBeacon\b|\bXMLHttpRequest\b|\bWebSocket\b|\bfetch\s*\(/);
    }
  });
});

describe("built task pane in Chromium", () => {
  it("loads with no CSP violation or outside request", async () => {
    // Serves the build on 127.0.0.1; office.js comes from the npm package instead of the CDN.
    const server = http.createServer((request, response) => {
      const filePath = path.join(outDir, decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname));
      if (!filePath.startsWith(outDir) || !fs.existsSync(filePath) || fs.statSync(filePath).isDirectory()) {
        response.writeHead(404).end();
        return;
      }
      const type = filePath.endsWith(".html") ? "text/html; charset=utf-8" : filePath.endsWith(".js") ? "text/javascript" : "application/octet-stream";
      response.writeHead(200, { "Content-Type": type }).end(fs.readFileSync(filePath));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const browser = await launchChromium();
    const outsideRequests: string[] = [];
    const violations: string[] = [];
    try {
      const page = await browser.newPage();
      await page.route("**/*", async (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith("data:")) return route.continue();
        if (url.startsWith(officeCdn)) {
          const file = path.join(officeDist, url.slice(officeCdn.length).split("?")[0]);
          if (fs.existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript" });
        }
        outsideRequests.push(url);
        return route.abort();
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
          (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
        });
      });
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`${origin}/taskpane.html`, { waitUntil: "load" });
      // Office.onReady resolves outside Office too (host null); give deferred scripts that time.
      await page.waitForFunction(() => typeof (window as unknown as { Office?: unknown }).Office !== "undefined");
      await page.evaluate(() => new Promise((resolve) => (window as unknown as { Office: { onReady: (callback: () => void) => void } }).Office.onReady(() => resolve(null))));
      violations.push(...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])));
    } finally {
      await browser.close();
      server.close();
    }
    expect(violations).toEqual([]);
    expect(outsideRequests).toEqual([]);
  }, 120_000);
});
