import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The validator is a plain Node script so that `npm run validate` needs no TypeScript build.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest, listUrls, readPngSize } = require("../../scripts/validate-manifest.js");

const repoRoot = path.resolve(__dirname, "../..");
const manifestPath = path.join(repoRoot, "manifest.xml");
const schemaDir = path.resolve(repoRoot, "../shared/schemas");
const schemasPresent = fs.existsSync(path.join(schemaDir, "OfficeAppManifestV1_1.xsd"));
const xmllintPresent = spawnSync("xmllint", ["--version"]).status === 0;

let workDir: string;
let fakeDist: string;

/** Writes a copy of the source manifest with the given text replacements and returns its path. */
function manifestVariant(name: string, replacements: Array<[string, string]>): string {
  let text = fs.readFileSync(manifestPath, "utf8");
  for (const [from, to] of replacements) {
    expect(text, `the source manifest should contain ${from}`).toContain(from);
    text = text.split(from).join(to);
  }
  const variantPath = path.join(workDir, name);
  fs.writeFileSync(variantPath, text);
  return variantPath;
}

beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "triplet-manifest-"));
  // A stand-in build folder with every file the manifest names.
  fakeDist = path.join(workDir, "dist");
  fs.mkdirSync(path.join(fakeDist, "assets"), { recursive: true });
  for (const name of fs.readdirSync(path.join(repoRoot, "assets")).filter((file) => file.endsWith(".png"))) {
    fs.copyFileSync(path.join(repoRoot, "assets", name), path.join(fakeDist, "assets", name));
  }
  for (const name of ["taskpane.html", "functions.js", "functions.json", "functions.ko.json"]) fs.writeFileSync(path.join(fakeDist, name), "");
});

afterAll(() => {
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe.skipIf(!xmllintPresent)("validate-manifest", () => {
  it.skipIf(!schemasPresent)("source manifest passes the schema", () => {
    const { problems, notes } = validateManifest(manifestPath, { schemaDir, checkBuildFiles: false });
    expect(problems).toEqual([]);
    expect(notes).toEqual([]);
  });

  it("source manifest names only files of the build", () => {
    const { problems } = validateManifest(manifestPath, { schemaDir, distDir: fakeDist });
    expect(problems).toEqual([]);
  });

  it("reports a resid without a resource", () => {
    const variant = manifestVariant("undefined-resid.xml", [['<Description resid="OpenPane.Tooltip"/>', '<Description resid="OpenPane.Help"/>']]);
    const { problems } = validateManifest(variant, { schemaDir, checkBuildFiles: false });
    expect(problems).toContain('resid "OpenPane.Help" names no resource in <Resources>.');
  });

  it("reports a broken shared runtime", () => {
    const variant = manifestVariant("short-runtime.xml", [
      ['lifetime="long"', 'lifetime="short"'],
      ['<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'],
      ['<Set Name="SharedRuntime" MinVersion="1.1"/>', ""],
    ]);
    const { problems } = validateManifest(variant, { schemaDir, checkBuildFiles: false });
    expect(problems).toContain('shared runtime: <Runtime lifetime> must be "long", found "short".');
    expect(problems).toContain('shared runtime: the <FunctionFile> must use the runtime\'s page "Taskpane.Url", found "Functions.Script.Url".');
    expect(problems).toContain('Requirements: <Set Name="SharedRuntime"> is missing.');
  });

  it("reports a namespace other than TRIPLET", () => {
    const variant = manifestVariant("namespace.xml", [['DefaultValue="TRIPLET"', 'DefaultValue="CONTOSO"']]);
    const { problems } = validateManifest(variant, { schemaDir, checkBuildFiles: false });
    expect(problems).toContain('custom functions: the namespace must be "TRIPLET", found "CONTOSO".');
  });

  it.skipIf(!schemasPresent)("reports schema errors", () => {
    const variant = manifestVariant("schema-error.xml", [["<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"]]);
    const { problems } = validateManifest(variant, { schemaDir, checkBuildFiles: false });
    expect(problems.some((problem: string) => problem.startsWith("schema:") && problem.includes("Permissions"))).toBe(true);
  });

  it("notes missing schemas instead of failing", () => {
    const { problems, notes } = validateManifest(manifestPath, { schemaDir: path.join(workDir, "no-schemas"), checkBuildFiles: false });
    expect(problems).toEqual([]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain("npm run validate:online");
  });

  it("reports a missing file and a wrong icon size", () => {
    const dist = path.join(workDir, "broken-dist");
    fs.cpSync(fakeDist, dist, { recursive: true });
    fs.rmSync(path.join(dist, "functions.json"));
    fs.copyFileSync(path.join(repoRoot, "assets", "icon-32.png"), path.join(dist, "assets", "icon-16.png"));
    const { problems } = validateManifest(manifestPath, { schemaDir, distDir: dist });
    expect(problems).toContain(`Functions.Metadata.Url: https://localhost:3000/functions.json names functions.json, which is not in ${dist}.`);
    expect(problems).toContain(`Icon.16x16: declared 16×16 px, but ${path.join(dist, "assets", "icon-16.png")} is 32×32 px.`);
    expect(problems).toHaveLength(2);
  });

  it("reports a URL outside the base URL", () => {
    const variant = manifestVariant("outside.xml", [['"https://localhost:3000/functions.js"', '"https://cdn.example.test/functions.js"']]);
    const { problems } = validateManifest(variant, { schemaDir, distDir: fakeDist });
    expect(problems).toEqual(["Functions.Script.Url: https://cdn.example.test/functions.js is outside the add-in's base URL https://localhost:3000/."]);
  });

  it("lists localized URL overrides", () => {
    const urls = listUrls(manifestPath).map((entry: { url: string; where: string }) => `${entry.where} ${entry.url}`);
    expect(urls).toContain("Functions.Metadata.Url (ko-KR) https://localhost:3000/functions.ko.json");
    const dist = path.join(workDir, "no-korean-dist");
    fs.cpSync(fakeDist, dist, { recursive: true });
    fs.rmSync(path.join(dist, "functions.ko.json"));
    const { problems } = validateManifest(manifestPath, { schemaDir, distDir: dist });
    expect(problems).toEqual([`Functions.Metadata.Url (ko-KR): https://localhost:3000/functions.ko.json names functions.ko.json, which is not in ${dist}.`]);
  });

  it("command line exits 1 on problems", () => {
    const variant = manifestVariant("cli.xml", [['lifetime="long"', 'lifetime="short"']]);
    const result = spawnSync(process.execPath, ["scripts/validate-manifest.js", variant, "--no-files"], { cwd: repoRoot, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('<Runtime lifetime> must be "long"');
  });
});

describe("manifest content", () => {
  const text = fs.readFileSync(manifestPath, "utf8");

  it("icons have their declared pixel size", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(readPngSize(path.join(repoRoot, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it("has Korean text for every label", () => {
    // Display name, description, group label, button label and tooltip each carry a ko-KR override,
    // and Korean Excel reads the functions metadata with Korean descriptions.
    expect(text.match(/<Override Locale="ko-KR" Value="[^"]+"\/>/g)).toHaveLength(2);
    expect(text.match(/<bt:Override Locale="ko-KR" Value="[^"]+"\/>/g)).toHaveLength(4);
    expect(text).toContain('<bt:Override Locale="ko-KR" Value="https://localhost:3000/functions.ko.json"/>');
    expect(text).toMatch(/<bt:String id="OpenPane.Label" DefaultValue="[^"]+">\s*<bt:Override Locale="ko-KR"/);
    expect(text).toMatch(/<bt:String id="TripletCriteria.Group.Label" DefaultValue="Triplet Criteria">\s*<bt:Override Locale="ko-KR"/);
  });

  it("version follows package.json", () => {
    // Admin-center updates need a higher <Version>, so it moves with the package version.
    const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8"));
    expect(text).toContain(`<Version>${version}.0</Version>`);
  });

  it("ribbon button opens the task pane", () => {
    expect(text).toMatch(/<OfficeTab id="TabHome">/);
    expect(text).toMatch(/<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>[^<]+<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(text).toContain("<Permissions>ReadWriteDocument</Permissions>");
  });
});
