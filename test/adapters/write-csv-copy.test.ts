import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { runMain } from "../cli/fake-io";
import { tempFolder } from "../cli/run-cli";

// Text that needs XML escaping or xml:space, a quoted line break, a ragged row, a blank row
// in the middle and a text cell that Excel would read as a number.
const AWKWARD_CSV = [
  "name,score,note",
  ' lead space,1,"a & b <c> ""q"" \'s"',
  ",2,",
  "",
  'x,3,"line1\nline2"',
  "trail ,4,+7,extra",
  "",
].join("\n");

async function rankedCopy(csv: string): Promise<{ out: string; data: ExcelJS.Worksheet }> {
  const folder = tempFolder("tc-csv-copy-");
  const input = path.join(folder, "awkward.csv");
  fs.writeFileSync(input, csv);
  const out = path.join(folder, "out.xlsx");
  const run = await runMain(["rank", input, "--target", "score", "--out", out]);
  expect(run.code, run.stderr).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  return { out, data: workbook.getWorksheet("awkward")! };
}

describe("data sheet of a CSV copy", () => {
  it("keeps every cell as written", async () => {
    const { data } = await rankedCopy(AWKWARD_CSV);
    expect(data.getCell("A1").value).toBe("name");
    expect(data.getCell("A2").value).toBe(" lead space");
    expect(data.getCell("C2").value).toBe('a & b <c> "q" \'s');
    expect(data.getCell("A3").value).toBeNull();
    expect(data.getCell("B3").value).toBe(2);
    expect(data.getCell("C3").value).toBeNull();
    expect(data.getRow(4).cellCount).toBe(0);
    expect(data.getCell("C5").value).toBe("line1\nline2");
    expect(data.getCell("A6").value).toBe("trail ");
    expect(data.getCell("C6").value).toBe("+7");
    expect(data.getCell("D6").value).toBe("extra");
  });

  it("formats text as text and numbers as General", async () => {
    const { data } = await rankedCopy(AWKWARD_CSV);
    expect(data.getCell("C6").type).toBe(ExcelJS.ValueType.String);
    expect(data.getCell("C6").numFmt).toBe("@");
    expect(data.getCell("A1").numFmt).toBe("@");
    expect(data.getCell("B2").type).toBe(ExcelJS.ValueType.Number);
    expect(data.getCell("B2").numFmt).toBeUndefined();
  });

  it("declares the used range and shared-string counts", async () => {
    const { out } = await rankedCopy(AWKWARD_CSV);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // Rows 1 to 6 and columns A to D (the ragged row 6 reaches D).
    expect(sheet).toContain('<dimension ref="A1:D6"/>');
    expect(sheet).not.toContain('<row r="4"');

    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    const items = strings.match(/<si>/g)?.length ?? 0;
    expect(strings).toContain(`uniqueCount="${items}"`);
    expect(strings).toContain('<t xml:space="preserve"> lead space</t>');
  });
});
