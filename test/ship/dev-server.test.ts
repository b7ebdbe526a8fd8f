import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = path.resolve(__dirname, "../..");

let certDir: string;
let port: number;
let server: ChildProcess | null = null;
let serverOutput = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port: chosen } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(chosen));
    });
  });
}

/** GETs a path from the dev server, trusting only the generated development CA. */
function get(urlPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = https.get({ host: "localhost", port, path: urlPath, ca: fs.readFileSync(path.join(certDir, "ca.crt")), timeout: 5_000 }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", reject);
  });
}

async function waitForServer(deadline: number): Promise<void> {
  for (;;) {
    try {
      const { status } = await get("/taskpane.html");
      if (status === 200) return;
    } catch {
      // Not listening yet, or still compiling.
    }
    if (Date.now() > deadline) throw new Error(`The dev server did not respond on port ${port}:\n${serverOutput}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

beforeAll(async () => {
  certDir = fs.mkdtempSync(path.join(os.tmpdir(), "triplet-certs-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
  await generateCertificates(path.join(certDir, "ca.crt"), path.join(certDir, "localhost.crt"), path.join(certDir, "localhost.key"), 2, ["127.0.0.1", "localhost"]);
  port = await freePort();
  server = spawn(process.execPath, [path.join(repoRoot, "node_modules/webpack-cli/bin/cli.js"), "serve", "--mode", "development"], {
    cwd: repoRoot,
    env: { ...process.env, TRIPLET_DEV_CERT_DIR: certDir, TRIPLET_DEV_SERVER_PORT: String(port) },
    // Its own process group, so that afterAll stops webpack and its children together.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk) => (serverOutput += chunk));
  server.stderr!.on("data", (chunk) => (serverOutput += chunk));
  await waitForServer(Date.now() + 150_000);
}, 180_000);

afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  fs.rmSync(certDir, { recursive: true, force: true });
});

describe("npm run dev-server", () => {
  it("serves the pane over HTTPS", async () => {
    const page = await get("/taskpane.html");
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<meta\s+http-equiv="Content-Security-Policy"/);
  });

  it("serves every file the manifest names", async () => {
    for (const file of ["/functions.js", "/functions.json", "/functions.ko.json", "/commands.js", "/assets/icon-80.png", "/manifest.xml"]) {
      expect((await get(file)).status, file).toBe(200);
    }
  });

  it("listens on loopback only", () => {
    expect(serverOutput).toMatch(/Loopback: https:\/\/localhost:\d+\//);
    expect(serverOutput).not.toMatch(/On Your Network/);
  });
});
