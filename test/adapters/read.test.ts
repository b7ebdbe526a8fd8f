import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { csvCell, decodeText, parseCsvText, parseEncoding } from "../../src/adapters/files";
import { readInput } from "../../src/adapters/files/read-input";
import { UserError } from "../../src/adapters/files/user-error";
import { FIXTURES, tempFolder } from "../cli/run-cli";

describe("csvCell", () => {
  it.each([
    ["3", 3],
    ["-1.5", -1.5],
    ["2e5", 200000],
    [".5", 0.5],
    ["1000000000000.4", 1000000000000.4],
  ])("reads %s as a number", (field, value) => {
    expect(csvCell(field)).toBe(value);
  });

  it.each(["340\u00a0", " 3", "+3", "1,000", "NaN", "Infinity", "1e999", "0x10", "007a", "1970-01-01", "="])("keeps %j as text", (field) => {
    expect(csvCell(field)).toBe(field);
  });

  it("reads an empty field as blank", () => {
    expect(csvCell("")).toBeNull();
  });
});

describe("parseCsvText", () => {
  it("reads quoted fields and ragged rows", () => {
    expect(parseCsvText('a,b\r\n"x, ""y""",2\n3\n', "t.csv")).toEqual([
      ["a", "b"],
      ['x, "y"', 2],
      [3],
    ]);
  });

  it("rejects an unclosed quote", () => {
    expect(() => parseCsvText('a,"b\n1,2\n', "t.csv")).toThrow(UserError);
  });
});

describe("decodeText", () => {
  it("strips a UTF-8 byte-order mark", () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]), "f")).toBe("a");
  });

  it("falls back to CP949", () => {
    // 한 = C7 D1, 글 = B1 DB in CP949.
    expect(decodeText(Uint8Array.from([0xc7, 0xd1, 0xb1, 0xdb]), "f")).toBe("한글");
  });

  it("reads CP949's extended Hangul", () => {
    // 똠 (U+B620) is outside EUC-KR's 2,350 syllables; CP949 encodes it as 8C 63.
    expect(decodeText(Uint8Array.from([0x8c, 0x63]), "f", "cp949")).toBe("똠");
  });

  it("names --encoding when both fail", () => {
    try {
      decodeText(Uint8Array.from([0x61, 0xff]), "f");
      expect.unreachable();
    } catch (error) {
      expect((error as UserError).messageId).toBe("cli.invalidEncoding");
    }
  });

  it("accepts the usual encoding names", () => {
    expect(parseEncoding("UTF8")).toBe("utf-8");
    expect(parseEncoding("euc-kr")).toBe("cp949");
    expect(parseEncoding("MS949")).toBe("cp949");
    expect(() => parseEncoding("latin1")).toThrow(UserError);
  });
});

describe("readInput on .xlsx", () => {
  it("reads the fixture's first sheet", async () => {
    const input = await readInput(path.join(FIXTURES, "PlantGrowth.xlsx"));
    expect(input.sheetName).toBe("data");
    expect(input.grid[0]).toEqual(["weight", "group"]);
    expect(input.grid[1]).toEqual([4.17, "ctrl"]);
    expect(input.grid.length).toBe(31);
  });

  it("converts every kind of cell", async () => {
    const file = path.join(tempFolder("tc-read-"), "kinds.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("first").getCell("A1").value = "other sheet";
    const sheet = workbook.addWorksheet("Kinds");
    const when = new Date(Date.UTC(2024, 1, 29));
    sheet.addRow(["number", "text", "logical", "date", "error", "formula", "rich", "formula error"]);
    sheet.addRow([
      1.5,
      "=not a formula",
      true,
      when,
      { error: "#N/A" },
      { formula: "A2*2", result: 3 },
      { richText: [{ text: "Se" }, { font: { bold: true }, text: "oul" }] },
      { formula: "1/0", result: { error: "#DIV/0!" } },
    ]);
    sheet.addRow([{ formula: "NOW()" }]);
    await workbook.xlsx.writeFile(file);

    const input = await readInput(file, { sheet: "kinds" });
    expect(input.sheetName).toBe("Kinds");
    expect(input.grid[1]).toEqual([1.5, "=not a formula", true, when, { error: "#N/A" }, 3, "Seoul", { error: "#DIV/0!" }]);
    // A formula without a cached result reads as blank.
    expect(input.grid[2][0]).toBeNull();
  });

  it("reads a merged area's value once", async () => {
    const file = path.join(tempFolder("tc-read-"), "merged.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("m");
    sheet.addRow(["g", "v"]);
    sheet.addRow(["a", 1]);
    sheet.addRow([null, 2]);
    sheet.mergeCells("A2:A3");
    await workbook.xlsx.writeFile(file);

    const input = await readInput(file);
    expect(input.grid.map((row) => row[0])).toEqual(["g", "a", null]);
  });
});

describe("readInput on .csv", () => {
  it("reads the fixture's cells", async () => {
    const input = await readInput(path.join(FIXTURES, "penguins.csv"));
    expect(input.format).toBe("csv");
    expect(input.sheetName).toBe("penguins");
    // Line 5 of the file is "Adelie,Torgersen,,,,,": the measurements are blank.
    expect(input.grid[4]).toEqual(["Adelie", "Torgersen", null, null, null, null, null]);
    expect(input.grid.length).toBe(345);
  });

  it("never changes the file", async () => {
    const file = path.join(FIXTURES, "penguins.csv");
    const before = fs.readFileSync(file);
    await readInput(file);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
