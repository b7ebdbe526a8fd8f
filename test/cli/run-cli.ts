import { execFile, execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const FIXTURES = path.resolve(__dirname, "../../../shared/fixtures");
const BIN = path.join(ROOT, "bin", "triplet-criteria.js");
const COMPILED = path.join(ROOT, "dist", "node", "cli", "main.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Newest modification time of the files under a folder, in milliseconds. */
function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds dist/node when a source file is newer than the compiled entry point (`npm test` builds first). */
export function ensureBuilt(): void {
  if (fs.existsSync(COMPILED) && fs.statSync(COMPILED).mtimeMs >= newestSource(path.join(ROOT, "src"))) return;
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
}

/** Runs the built command line in a child process with an English locale unless `env` sets another. */
export function runCli(args: readonly string[], env: Record<string, string> = {}, cwd = ROOT): Promise<CliRun> {
  const childEnv = { ...process.env, LANG: "C.UTF-8", LC_ALL: "", LC_MESSAGES: "", ...env };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: childEnv, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Relative difference, measured against the larger magnitude (absolute when both are near 0). */
export function relativeError(actual: number, expected: number): number {
  const scale = Math.max(Math.abs(expected), Math.abs(actual));
  return scale < 1e-300 ? Math.abs(actual - expected) : Math.abs(actual - expected) / scale;
}

export function tempFolder(prefix: string): string {
  return fs.mkdtempSync(path.join(require("node:os").tmpdir(), prefix));
}
