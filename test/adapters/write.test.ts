import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { runMain } from "../cli/fake-io";
import { FIXTURES, relativeError, tempFolder } from "../cli/run-cli";

const LIBREOFFICE = "/usr/bin/libreoffice";
const hasLibreOffice = fs.existsSync(LIBREOFFICE);

// Criterion names, labels and a header that a spreadsheet would read as formulas if written carelessly.
const TRICKY_CSV = [
  "=cmd|' /C calc'!A0,score,@team,+plan",
  "=1+1,1,@a,+x",
  "=1+1,2,@a,+x",
  "-a,5,@b,+x",
  "-a,6,@b,+y",
  "@b,9,@a,+y",
  "@b,10,@b,+y",
  "",
].join("\n");

function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

async function rankTo(input: string, out: string, extra: string[] = []): Promise<any> {
  const run = await runMain(["rank", input, "--out", out, "--json", ...extra]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

/** Converts one sheet (1-based) of a workbook to CSV with LibreOffice, in a profile of its own. */
function libreOfficeCsv(workbook: string, sheet: number): string[][] {
  const folder = tempFolder("tc-lo-");
  const profile = `file://${path.join(folder, "profile")}`;
  const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`;
  execFileSync(LIBREOFFICE, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", filter, "--outdir", folder, workbook], { stdio: "pipe", timeout: 120_000 });
  try {
    const csv = fs.readdirSync(folder).find((name) => name.endsWith(".csv"));
    expect(csv, "LibreOffice wrote no CSV").toBeDefined();
    return parse(fs.readFileSync(path.join(folder, csv!), "utf8"), { relax_column_count: true });
  } finally {
    // Each run leaves a LibreOffice profile of about half a megabyte.
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

describe("ranked copy of a CSV", () => {
  it("keeps formula-like text as text", async () => {
    const folder = tempFolder("tc-write-");
    const input = path.join(folder, "tricky.csv");
    fs.writeFileSync(input, TRICKY_CSV);
    const out = path.join(folder, "out.xlsx");
    await rankTo(input, out, ["--target", "score"]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["tricky", "Ranking - score"]);
    const data = workbook.getWorksheet("tricky")!;
    expect(data.getCell("A1").value).toBe("=cmd|' /C calc'!A0");
    expect(data.getCell("A2").value).toBe("=1+1");
    expect(data.getCell("A2").type).toBe(ExcelJS.ValueType.String);

    const ranking = workbook.getWorksheet("Ranking - score")!;
    const criteria: unknown[] = [];
    ranking.eachRow((row) => criteria.push(row.getCell(2).value));
    expect(criteria).toContain("=cmd|' /C calc'!A0");

    // No cell of any sheet is stored as a formula.
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets.length).toBe(2);
    for (const name of sheets) expect(await zip.file(name)!.async("string")).not.toContain("<f>");
  });

  it.skipIf(!hasLibreOffice)("reads back as text in LibreOffice", async () => {
    const folder = tempFolder("tc-write-");
    const input = path.join(folder, "tricky.csv");
    fs.writeFileSync(input, TRICKY_CSV);
    const out = path.join(folder, "out.xlsx");
    await rankTo(input, out, ["--target", "score"]);

    const data = libreOfficeCsv(out, 1);
    expect(data[0][0]).toBe("=cmd|' /C calc'!A0");
    expect(data[1][0]).toBe("=1+1");
    expect(data[3][0]).toBe("-a");
    expect(data[1][2]).toBe("@a");
    const ranking = libreOfficeCsv(out, 2).map((row) => row[1]);
    expect(ranking).toContain("=cmd|' /C calc'!A0");
    expect(ranking).toContain("@team");
  });
});

describe("ranked copy of an .xlsx", () => {
  it("adds a table and data bars and keeps the data sheet", async () => {
    const folder = tempFolder("tc-write-");
    const out = path.join(folder, "out.xlsx");
    await rankTo(path.join(FIXTURES, "warpbreaks.xlsx"), out, ["--target", "breaks"]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["data", "Ranking - breaks"]);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(path.join(FIXTURES, "warpbreaks.xlsx"));
    expect(workbook.getWorksheet("data")!.getSheetValues()).toEqual(original.getWorksheet("data")!.getSheetValues());

    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const tables = Object.keys(zip.files).filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name));
    expect(tables.length).toBe(1);
    const tableXml = await zip.file(tables[0])!.async("string");
    expect(tableXml).toContain('name="TripletRanking"');
    const sheetXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(sheetXml).toMatch(/<conditionalFormatting sqref="J\d+:J\d+">\s*<cfRule type="dataBar"/);
  });

  it("names a second ranking sheet and table uniquely", async () => {
    const folder = tempFolder("tc-write-");
    const first = path.join(folder, "first.xlsx");
    const second = path.join(folder, "second.xlsx");
    await rankTo(path.join(FIXTURES, "PlantGrowth.xlsx"), first, ["--target", "weight"]);
    await rankTo(first, second, ["--target", "weight"]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(second);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["data", "Ranking - weight", "Ranking - weight (2)"]);
    const zip = await JSZip.loadAsync(fs.readFileSync(second));
    const names = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name))
        .map(async (name) => /name="([^"]+)"/.exec(await zip.file(name)!.async("string"))![1]),
    );
    expect(names.sort()).toEqual(["TripletRanking", "TripletRanking_2"]);
  });

  it("never changes the input file", async () => {
    const folder = tempFolder("tc-write-");
    const input = path.join(folder, "penguins.xlsx");
    fs.copyFileSync(path.join(FIXTURES, "penguins.xlsx"), input);
    const before = sha256(input);
    const stats = fs.statSync(input);
    await rankTo(input, path.join(folder, "out.xlsx"), ["--target", "Body Mass (g)"]);
    expect(sha256(input)).toBe(before);
    expect(fs.statSync(input).mtimeMs).toBe(stats.mtimeMs);
  });

  it.skipIf(!hasLibreOffice)("reads back the same ranking in LibreOffice", async () => {
    const folder = tempFolder("tc-write-");
    const out = path.join(folder, "out.xlsx");
    const document = await rankTo(path.join(FIXTURES, "penguins.xlsx"), out, ["--target", "Body Mass (g)"]);

    const rows = libreOfficeCsv(out, 2);
    const top = rows.findIndex((row) => row[0] === "Rank" && row[1] === "Criterion");
    expect(top).toBeGreaterThan(0);
    const header = rows[top];
    const column = (name: string) => header.indexOf(name);
    document.criteria.forEach((criterion: any, i: number) => {
      const row = rows[top + 1 + i];
      expect(row[column("Criterion")]).toBe(criterion.criterion);
      expect(row[column("Rank")]).toBe(criterion.rank === null ? "" : String(criterion.rank));
      // LibreOffice writes 15 significant digits when cells are not saved as shown.
      for (const [label, key] of [["η²", "eta2"], ["Honest normalized loss", "honestNormalizedLoss"], ["F", "F"], ["p", "p"], ["p (Holm)", "pHolm"]]) {
        expect(relativeError(Number(row[column(label)]), criterion[key]), `${criterion.criterion} ${label}`).toBeLessThan(1e-13);
      }
    });
  });
});

describe("ranking sheet in Korean", () => {
  it.skipIf(!hasLibreOffice)("shows Korean labels", async () => {
    const folder = tempFolder("tc-write-");
    const out = path.join(folder, "out.xlsx");
    const run = await runMain(["rank", path.join(FIXTURES, "PlantGrowth.csv"), "--target", "weight", "--out", out, "--lang", "ko"]);
    expect(run.code, run.stderr).toBe(0);
    const rows = libreOfficeCsv(out, 2);
    expect(rows[0][0]).toBe("기준 순위: weight");
    expect(rows.some((row) => row[0] === "순위" && row[1] === "기준")).toBe(true);
    expect(rows.some((row) => row[0] === "1위 기준 group의 그룹별 요약")).toBe(true);
  });
});
