import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

/* eslint-disable @typescript-eslint/no-require-imports */
const { unsupportedReason, parseArguments, debuggingEnvironment } = require("../../scripts/start.js");
const { interpretAuditOutput } = require("../../scripts/audit.js");
const { parseEnvArguments, findNodeOnlyModules } = require("../../scripts/build-report.js");
const createConfig = require("../../webpack.config.js");
/* eslint-enable @typescript-eslint/no-require-imports */

const repoRoot = path.resolve(__dirname, "../..");

describe("start script", () => {
  it("desktop needs Windows or macOS", () => {
    expect(unsupportedReason("desktop", "linux", {})).toMatch(/^Excel desktop is not available on linux: npm start needs Windows or macOS\./);
    expect(unsupportedReason("desktop", "win32", {})).toBeNull();
    expect(unsupportedReason("desktop", "darwin", {})).toBeNull();
  });

  it("web on Linux needs a graphical session", () => {
    expect(unsupportedReason("web", "linux", {})).toMatch(/^No graphical session/);
    expect(unsupportedReason("web", "linux", { DISPLAY: ":0" })).toBeNull();
    expect(unsupportedReason("web", "win32", {})).toBeNull();
  });

  it("web needs an https document URL", () => {
    expect(() => parseArguments(["web"], {})).toThrow(/needs a workbook to open/);
    expect(() => parseArguments(["web", "--document", "http://example.test/book.xlsx"], {})).toThrow(/must start with https:\/\//);
    expect(parseArguments(["web", "--document", "https://example.test/book.xlsx"], {})).toEqual({ target: "web", document: "https://example.test/book.xlsx" });
    expect(() => parseArguments(["--verbose"], {})).toThrow(/Unknown argument "--verbose"/);
  });

  it("sets TEMP for office-addin-debugging", () => {
    expect(debuggingEnvironment({}).TEMP).toBeTruthy();
    expect(debuggingEnvironment({ TEMP: "C:\\Temp" }).TEMP).toBe("C:\\Temp");
  });

  it.runIf(process.platform === "linux")("npm start prints one line on Linux", () => {
    const result = spawnSync(process.execPath, ["scripts/start.js", "desktop"], { cwd: repoRoot, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("Excel desktop is not available on linux");
  });
});

describe("audit script", () => {
  it("passes a report without high advisories", () => {
    const report = { auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 1, moderate: 2, high: 0, critical: 0, total: 3 } } };
    const result = interpretAuditOutput(JSON.stringify(report), "");
    expect(result.outcome).toBe("clean");
    expect(result.exitCode).toBe(0);
    expect(result.lines[0]).toContain("0 info, 1 low, 2 moderate, 0 high, 0 critical");
  });

  it("fails on a high advisory", () => {
    const report = {
      auditReportVersion: 2,
      vulnerabilities: { "some-lib": { name: "some-lib", severity: "high", range: "<1.2.3" }, other: { name: "other", severity: "low", range: "*" } },
      metadata: { vulnerabilities: { info: 0, low: 1, moderate: 0, high: 1, critical: 0, total: 2 } },
    };
    const result = interpretAuditOutput(JSON.stringify(report), "");
    expect(result.outcome).toBe("vulnerable");
    expect(result.exitCode).toBe(1);
    expect(result.lines).toContain("  high: some-lib <1.2.3");
    expect(result.lines.join("\n")).not.toContain("other");
  });

  it("reports an unreachable endpoint without failing", () => {
    // The JSON npm 11 prints when the registry rejects the bulk advisory request with status 405.
    const stdout = JSON.stringify({ message: "405 Method Not Allowed - POST https://registry.example.test/-/npm/v1/security/advisories/bulk", statusCode: 405, error: { summary: "", detail: "" } });
    const result = interpretAuditOutput(stdout, "npm error audit endpoint returned an error\n");
    expect(result.outcome).toBe("unreachable");
    expect(result.exitCode).toBe(0);
    expect(result.lines[0]).toContain("405 Method Not Allowed");
    expect(result.lines[0]).toContain("no advisories were checked");
  });

  it("fails on other npm errors", () => {
    const stdout = JSON.stringify({ error: { code: "ENOLOCK", summary: "This command requires an existing lockfile.", detail: "" } });
    const result = interpretAuditOutput(stdout, "");
    expect(result.outcome).toBe("failed");
    expect(result.exitCode).toBe(1);
    expect(result.lines[0]).toContain("ENOLOCK");
  });

  it("command exits 0 or reports advisories", () => {
    const result = spawnSync(process.execPath, ["scripts/audit.js"], { cwd: repoRoot, encoding: "utf8", timeout: 200_000 });
    const output = `${result.stdout}${result.stderr}`;
    if (result.status === 0) {
      expect(output).toMatch(/No high or critical advisories|no advisories were checked/);
    } else {
      expect(output).toMatch(/Fix or replace these packages|npm audit failed/);
    }
  }, 210_000);
});

describe("build configuration", () => {
  it("reads --env arguments", () => {
    expect(parseEnvArguments(["--env", "baseUrl=https://host/a=b/", "--env=outDir=/tmp/x"])).toEqual({ baseUrl: "https://host/a=b/", outDir: "/tmp/x" });
    expect(() => parseEnvArguments(["--mode", "development"])).toThrow(/Unknown argument "--mode"/);
    expect(() => parseEnvArguments(["--env", "baseUrl"])).toThrow(/--env needs key=value/);
  });

  it("finds Node-only libraries in nested modules", () => {
    const stats = {
      modules: [
        { nameForCondition: "/repo/src/taskpane/taskpane.ts" },
        { name: "./src/taskpane/taskpane.ts + 3 modules", modules: [{ nameForCondition: "/repo/node_modules/commander/lib/command.js" }] },
      ],
      children: [{ modules: [{ identifier: "/repo/node_modules/exceljs/dist/exceljs.min.js" }] }],
    };
    expect(findNodeOnlyModules(stats).map((entry: { label: string }) => entry.label)).toEqual(["exceljs", "commander"]);
    expect(findNodeOnlyModules({ modules: [{ nameForCondition: "/repo/src/engine/index.ts" }] })).toEqual([]);
  });

  it("uses no eval source maps in any mode", () => {
    for (const mode of ["development", "production", "none"]) {
      const config = createConfig({}, { mode });
      // webpack's default devtool in development is "eval"; the config must set its own.
      expect(config.devtool === false || typeof config.devtool === "string").toBe(true);
      expect(String(config.devtool)).not.toContain("eval");
    }
  });

  it("rejects a base URL without https", () => {
    expect(() => createConfig({ baseUrl: "http://host/" }, { mode: "production" })).toThrow(/must start with https:\/\//);
    const config = createConfig({ baseUrl: "https://host/addin", outDir: "/tmp/triplet-out" }, { mode: "production" });
    expect(config.output.path).toBe(path.resolve("/tmp/triplet-out"));
  });
});
