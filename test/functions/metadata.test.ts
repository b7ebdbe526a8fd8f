import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as functions from "../../src/functions/functions";
import { buildFunctionsBundle, type BundleBuild } from "./build-functions-bundle";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { allowErrorsInRanges, localizeMetadata } = require("../../scripts/functions-metadata.js");

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");
const KOREAN = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../src/functions/metadata.ko.json"), "utf8"));

/** What each function needs: every range parameter a matrix of type any (so errors and blanks reach it). */
const EXPECTED_PARAMETERS: Record<string, [string, string, string | undefined, boolean][]> = {
  CRITERION_LOSS: [["values", "any", "matrix", false], ["groups", "any", "matrix", false], ["distance", "string", undefined, true], ["kind", "string", undefined, true]],
  CRITERION_STATS: [["values", "any", "matrix", false], ["groups", "any", "matrix", false], ["distance", "string", undefined, true]],
  CRITERION_RANKING: [["values", "any", "matrix", false], ["criteria", "any", "matrix", false], ["headers", "any", "matrix", true], ["distance", "string", undefined, true], ["bins", "number", undefined, true]],
  RANK_WITHIN: [["values", "any", "matrix", false], ["groups", "any", "matrix", false], ["order", "any", undefined, true], ["ties", "any", undefined, true]],
  PERCENTRANK_WITHIN: [["values", "any", "matrix", false], ["groups", "any", "matrix", false], ["significance", "number", undefined, true]],
  ZSCORE_WITHIN: [["values", "any", "matrix", false], ["groups", "any", "matrix", false], ["shrink", "boolean", undefined, true]],
  GROUP_BINS: [["values", "any", "matrix", false], ["bins", "number", undefined, true]],
};

describe("generated metadata", () => {
  let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
  let metadata: any;
  beforeAll(async () => {
    generated = await generateCustomFunctionsMetadata([SOURCE], false);
    metadata = allowErrorsInRanges(JSON.parse(generated.metadataJson));
  });

  it("has no generator errors", () => {
    expect(generated.errors).toEqual([]);
  });

  it("ids are unique, valid and equal to names", () => {
    const ids: string[] = metadata.functions.map((fn: any) => fn.id);
    expect(ids.sort()).toEqual(Object.keys(EXPECTED_PARAMETERS).sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.map((id) => id.replace(/[._]/g, "").toUpperCase())).size).toBe(ids.length);
    for (const fn of metadata.functions) {
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9._]{2,}$/);
      expect(fn.name).toBe(fn.id);
      expect(fn.description.length).toBeGreaterThan(20);
    }
  });

  it("associates each id with exactly one exported function", () => {
    for (const fn of metadata.functions) {
      const associations = generated.associate.filter((item: any) => item.id === fn.id);
      expect(associations).toHaveLength(1);
      expect(typeof (functions as Record<string, unknown>)[associations[0].functionName]).toBe("function");
    }
  });

  it("declares the dimensionality and types each function needs", () => {
    for (const fn of metadata.functions) {
      const actual = fn.parameters.map((p: any) => [p.name, p.type, p.dimensionality, p.optional === true]);
      expect(actual).toEqual(EXPECTED_PARAMETERS[fn.id]);
      for (const parameter of fn.parameters) expect(parameter.description?.length ?? 0).toBeGreaterThan(5);
    }
  });

  it("spills a matrix from every function but CRITERION_LOSS", () => {
    for (const fn of metadata.functions) {
      expect(fn.result.dimensionality).toBe(fn.id === "CRITERION_LOSS" ? undefined : "matrix");
    }
  });

  it("CRITERION_RANKING asks for parameter addresses", () => {
    const ranking = metadata.functions.find((fn: any) => fn.id === "CRITERION_RANKING");
    expect(ranking.options).toEqual({ requiresParameterAddresses: true });
  });

  it("the post step lets errors inside ranges through", () => {
    expect(JSON.parse(generated.metadataJson).allowErrorForDataTypeAny).toBeUndefined();
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
  });

  it("the Korean metadata covers every function and parameter", () => {
    const korean = localizeMetadata(metadata, KOREAN);
    korean.functions.forEach((fn: any, index: number) => {
      const english = metadata.functions[index];
      expect(fn.id).toBe(english.id);
      expect(fn.name).toBe(english.name);
      expect(fn.description).toMatch(/[가-힣]/);
      fn.parameters.forEach((parameter: any, p: number) => {
        expect(parameter.name).toBe(english.parameters[p].name);
        expect(parameter.description).toMatch(/[가-힣]/);
      });
    });
    expect(korean.allowErrorForDataTypeAny).toBe(true);
  });

  it("a missing Korean description fails with its name", () => {
    const partial = { ...KOREAN, GROUP_BINS: { description: "구간", parameters: { values: "숫자" } } };
    expect(() => localizeMetadata(metadata, partial)).toThrow(/GROUP_BINS\(bins\)/);
  });
});

describe("webpack build of the functions", () => {
  let build: BundleBuild;
  beforeAll(async () => {
    build = await buildFunctionsBundle(fs.mkdtempSync(path.join(os.tmpdir(), "triplet-functions-")));
    if (build.otherErrors.length > 0) console.warn(`build errors outside the functions:\n${build.otherErrors.join("\n")}`);
  });
  afterAll(() => {
    if (build) fs.rmSync(build.outDir, { recursive: true, force: true });
  });

  it("builds without errors in the functions", () => {
    expect(build.ownErrors).toEqual([]);
  });

  it("emits both metadata files with the error flag", () => {
    const english = JSON.parse(fs.readFileSync(path.join(build.outDir, "functions.json"), "utf8"));
    const korean = JSON.parse(fs.readFileSync(path.join(build.outDir, "functions.ko.json"), "utf8"));
    expect(english.allowErrorForDataTypeAny).toBe(true);
    expect(korean.allowErrorForDataTypeAny).toBe(true);
    expect(korean.functions.map((fn: any) => fn.id)).toEqual(english.functions.map((fn: any) => fn.id));
  });

  it("injects exactly one associate call per id", () => {
    const bundle = fs.readFileSync(path.join(build.outDir, "functions.js"), "utf8");
    for (const id of Object.keys(EXPECTED_PARAMETERS)) {
      const calls = bundle.match(new RegExp(`CustomFunctions\\.associate\\("${id}",`, "g")) ?? [];
      expect(calls, id).toHaveLength(1);
    }
  });
});

describe("manifest and metadata file names", () => {
  it("Korean Excel is pointed at the Korean metadata the build writes", () => {
    const manifest = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
    const url = /<bt:Url id="Functions\.Metadata\.Url" DefaultValue="([^"]+)">([\s\S]*?)<\/bt:Url>/.exec(manifest);
    expect(url, "Functions.Metadata.Url with an Override child").not.toBeNull();
    expect(url![1].endsWith("/functions.json")).toBe(true);
    const override = /<bt:Override Locale="ko-KR" Value="([^"]+)"\s*\/>/.exec(url![2]);
    expect(override).not.toBeNull();

    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require("../../webpack.config.js")({}, { mode: "development" });
    const post = config.plugins.find((plugin: object) => plugin.constructor.name === "FunctionsMetadataPostPlugin");
    expect(override![1]).toBe(url![1].replace(/functions\.json$/, post.koreanOutput));
  });
});
