import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "./fake-io";
import { FIXTURES, tempFolder } from "./run-cli";

const PLANTS = path.join(FIXTURES, "PlantGrowth.csv");

function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

function writeBytes(folder: string, name: string, bytes: number[] | Uint8Array | string): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, typeof bytes === "string" ? bytes : Buffer.from(bytes as number[]));
  return file;
}

/** Bytes of ASCII text. */
function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

describe("unknown column", () => {
  it("lists the columns", async () => {
    const run = await runMain(["loss", PLANTS, "--target", "height", "--by", "group"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Column "height" was not found. The columns are: "weight", "group".');
    expect(run.stdout).toBe("");
  });

  it("lists the columns in Korean", async () => {
    const run = await runMain(["loss", PLANTS, "--target", "height", "--by", "group", "--lang", "ko"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('열을 찾을 수 없습니다: "height". 있는 열: "weight", "group".');
  });

  it("takes Korean from LANG", async () => {
    const run = await runMain(["loss", PLANTS, "--target", "height", "--by", "group"], { LANG: "ko_KR.UTF-8" });
    expect(run.stderr).toContain("열을 찾을 수 없습니다");
  });

  it("rejects an unknown criterion", async () => {
    const folder = tempFolder("tc-err-");
    const run = await runMain(["rank", PLANTS, "--target", "weight", "--criteria", "group,color", "--out", path.join(folder, "o.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Column "color" was not found');
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});

describe("text target", () => {
  it("says the target has no numbers", async () => {
    const run = await runMain(["loss", PLANTS, "--target", "group", "--by", "weight"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The target column "group" contains no numbers (30 text cells, 0 blank). Choose a numeric column with --target.');
  });
});

describe("unreadable files", () => {
  it("names a missing file", async () => {
    const run = await runMain(["loss", "/nonexistent/data.csv", "--target", "a", "--by", "b"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Cannot read /nonexistent/data.csv: the file does not exist.");
  });

  it("rejects a corrupt .xlsx", async () => {
    const folder = tempFolder("tc-err-");
    const file = writeBytes(folder, "broken.xlsx", "this is not a zip file");
    const run = await runMain(["loss", file, "--target", "a", "--by", "b"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Cannot read .*broken\.xlsx: it is not a valid \.xlsx workbook/m);
    expect(run.stderr).toContain("Open it in Excel and save it again as .xlsx.");
    expect(run.stderr).not.toContain("Unexpected");
  });

  it("rejects a truncated .xlsx", async () => {
    const folder = tempFolder("tc-err-");
    const bytes = fs.readFileSync(path.join(FIXTURES, "PlantGrowth.xlsx"));
    const file = writeBytes(folder, "cut.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2)));
    const run = await runMain(["loss", file, "--target", "weight", "--by", "group", "--lang", "ko"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("올바른 .xlsx 통합 문서가 아닙니다");
  });

  it("recognizes an old .xls or encrypted workbook", async () => {
    const folder = tempFolder("tc-err-");
    // The OLE compound file signature, followed by filler.
    const file = writeBytes(folder, "old.xlsx", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const run = await runMain(["loss", file, "--target", "a", "--by", "b"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("it is an old .xls workbook or a password-protected one");
  });

  it("rejects other file types", async () => {
    const file = writeBytes(tempFolder("tc-err-"), "data.ods", "x");
    const run = await runMain(["loss", file, "--target", "a", "--by", "b"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("only .xlsx and .csv files are supported");
  });

  it("names a missing sheet and lists the sheets", async () => {
    const run = await runMain(["loss", path.join(FIXTURES, "PlantGrowth.xlsx"), "--sheet", "Sheet9", "--target", "weight", "--by", "group"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Sheet "Sheet9" was not found in');
    expect(run.stderr).toContain('Its sheets are: "data".');
  });
});

describe("CSV encodings", () => {
  // CP949 bytes written by hand: 가 = B0 A1, 나 = B3 AA, 다 = B4 D9, 점수 = C1 A1 BC F6.
  const header = [...ascii("g,"), 0xc1, 0xa1, 0xbc, 0xf6, 0x0a];
  const rows = [
    [0xb0, 0xa1, ...ascii(",1\n")],
    [0xb0, 0xa1, ...ascii(",2\n")],
    [0xb3, 0xaa, ...ascii(",5\n")],
    [0xb3, 0xaa, ...ascii(",6\n")],
    [0xb4, 0xd9, ...ascii(",9\n")],
    [0xb4, 0xd9, ...ascii(",10\n")],
  ].flat();

  it("detects CP949 and reads Hangul", async () => {
    const file = writeBytes(tempFolder("tc-enc-"), "cp949.csv", [...header, ...rows]);
    const run = await runMain(["loss", file, "--target", "점수", "--by", "g", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    // Groups 가, 나, 다 with means 1.5, 5.5, 9.5: SSB = 2·(4² + 0 + 4²) = 64, SSW = 6·0.25 = 1.5.
    const document = JSON.parse(run.stdout);
    expect(document.groups).toBe(3);
    expect(document.eta2).toBeCloseTo(64 / 65.5, 12);
  });

  it("reads the Hangul group labels", async () => {
    const file = writeBytes(tempFolder("tc-enc-"), "cp949.csv", [...header, ...rows]);
    const run = await runMain(["rank-within", file, "--target", "점수", "--by", "g"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("가");
    expect(run.stdout).toContain("다");
  });

  it("rejects bytes valid in neither encoding", async () => {
    // 0xFF is never valid in UTF-8 nor in CP949.
    const file = writeBytes(tempFolder("tc-enc-"), "bad.csv", [...ascii("g,v\n"), 0xff, ...ascii(",1\n")]);
    const run = await runMain(["loss", file, "--target", "v", "--by", "g"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("neither valid UTF-8 nor CP949");
    expect(run.stderr).toContain("--encoding");
  });

  it("rejects CP949 bytes read as UTF-8 when forced", async () => {
    const file = writeBytes(tempFolder("tc-enc-"), "cp949.csv", [...header, ...rows]);
    const run = await runMain(["loss", file, "--target", "점수", "--by", "g", "--encoding", "utf-8"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Cannot read");
    expect(run.stderr).toContain("as utf-8");
    expect(run.stderr).toContain("--encoding");
  });

  it("rejects an unknown encoding name", async () => {
    const run = await runMain(["loss", PLANTS, "--target", "weight", "--by", "group", "--encoding", "latin1"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown encoding latin1. Use --encoding utf-8 or --encoding cp949.");
  });

  it("reads UTF-8 with a byte-order mark", async () => {
    const file = writeBytes(tempFolder("tc-enc-"), "bom.csv", [0xef, 0xbb, 0xbf, ...Buffer.from("그룹,값\nA,1\nA,2\nB,4\nB,5\n", "utf8")]);
    const run = await runMain(["loss", file, "--target", "값", "--by", "그룹", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).n).toBe(4);
  });
});

describe("output file", () => {
  it("keeps an existing output without --force", async () => {
    const folder = tempFolder("tc-out-");
    const out = writeBytes(folder, "taken.xlsx", "keep me");
    const run = await runMain(["rank", PLANTS, "--target", "weight", "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("already exists. Add --force to replace it");
    expect(fs.readFileSync(out, "utf8")).toBe("keep me");
    expect(run.stdout).toBe("");
    expect(fs.readdirSync(folder)).toEqual(["taken.xlsx"]);
  });

  it("replaces an existing output with --force", async () => {
    const folder = tempFolder("tc-out-");
    const out = writeBytes(folder, "taken.xlsx", "replace me");
    const run = await runMain(["rank", PLANTS, "--target", "weight", "--out", out, "--force"]);
    expect(run.code, run.stderr).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(fs.readdirSync(folder)).toEqual(["taken.xlsx"]);
  });

  it("refuses to write over the input", async () => {
    const folder = tempFolder("tc-out-");
    const input = path.join(folder, "in.xlsx");
    fs.copyFileSync(path.join(FIXTURES, "PlantGrowth.xlsx"), input);
    const before = sha256(input);
    const run = await runMain(["rank", input, "--target", "weight", "--out", input, "--force"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("is the input file");
    expect(sha256(input)).toBe(before);
  });

  it("leaves nothing when the folder cannot be written", async () => {
    const folder = tempFolder("tc-out-");
    const blocker = writeBytes(folder, "file", "x");
    // The output's folder is a regular file, so the write fails.
    const run = await runMain(["rank", PLANTS, "--target", "weight", "--out", path.join(blocker, "o.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Cannot write");
    expect(run.stdout).toBe("");
    expect(fs.readdirSync(folder)).toEqual(["file"]);
  });

  it("writes beside the input by default and keeps the input", async () => {
    const folder = tempFolder("tc-out-");
    const input = path.join(folder, "plants.xlsx");
    fs.copyFileSync(path.join(FIXTURES, "PlantGrowth.xlsx"), input);
    const before = sha256(input);
    const run = await runMain(["rank", input, "--target", "weight"]);
    expect(run.code, run.stderr).toBe(0);
    expect(fs.readdirSync(folder).sort()).toEqual(["plants-ranked.xlsx", "plants.xlsx"]);
    expect(sha256(input)).toBe(before);
  });
});

describe("invalid options", () => {
  it.each([
    [["--distance", "cosine"], "Invalid value cosine for --distance. Allowed: euclidean, squared, absolute."],
    [["--bins", "1"], "Invalid value 1 for --bins. Give a whole number from 2 to 100."],
    [["--bins", "2.5"], "Invalid value 2.5 for --bins."],
    [["--lang", "fr"], "Invalid value fr for --lang. Allowed: en, ko."],
  ])("rejects %j", async (extra, message) => {
    const run = await runMain(["rank", PLANTS, "--target", "weight", ...extra]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it("reports a missing --target", async () => {
    const run = await runMain(["rank", PLANTS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--target");
    expect(run.stderr).toContain("Run triplet-criteria rank --help for usage.");
  });

  it.each([
    [["rank", PLANTS, "--target", "weight", "--bogus"], "Unknown option --bogus.", "알 수 없는 옵션입니다: --bogus.", "triplet-criteria rank"],
    [["rank", "--target", "weight"], "The argument file is missing.", "인수가 빠졌습니다: file.", "triplet-criteria rank"],
    [["rnak", PLANTS], "Unknown command rnak. Use rank, loss or rank-within.", "알 수 없는 명령입니다: rnak.", "triplet-criteria"],
    [["rank", PLANTS, "--target"], "The option --target <column> needs a value.", "옵션에 값이 필요합니다: --target <column>.", "triplet-criteria rank"],
    [["loss", PLANTS, "--target", "weight"], "The option --by <column> is required.", "필수 옵션이 빠졌습니다: --by <column>.", "triplet-criteria loss"],
  ])("explains %j in both languages", async (args, english, korean, command) => {
    const en = await runMain(args);
    expect(en.code).toBe(2);
    expect(en.stderr.trim()).toBe(`${english} Run ${command} --help for usage.`);
    const ko = await runMain([...args, "--lang", "ko"]);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toContain(korean);
    expect(ko.stderr).toContain(`사용법은 ${command} --help로 확인하세요.`);
  });

  it("prints help with exit code 0", async () => {
    const run = await runMain(["rank", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--criteria <columns>");
  });

  it("prints Korean help", async () => {
    const run = await runMain(["--lang", "ko", "rank", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("평가할 열을 쉼표로 구분해 지정");
  });

  it("rejects the target as a criterion", async () => {
    const run = await runMain(["rank", PLANTS, "--target", "weight", "--criteria", "weight,group", "--out", path.join(tempFolder("tc-"), "o.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("cannot also be a criterion");
  });
});
