import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "./fake-io";
import { tempFolder } from "./run-cli";

/** Writes a CSV file into a new temporary folder and returns its path. */
function csvFile(text: string, name = "data.csv"): string {
  const file = path.join(tempFolder("tc-new-"), name);
  fs.writeFileSync(file, text);
  return file;
}

function outputIn(file: string): string {
  return path.join(path.dirname(file), "out.xlsx");
}

describe("empty CSV files", () => {
  it("says a 0-byte file is empty", async () => {
    const file = csvFile("");
    const en = await runMain(["rank", file, "--target", "sales", "--out", outputIn(file)]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(`The file ${file} is empty: it has no header row and no data.`);
    expect(en.stderr).not.toContain("sheet");
    const ko = await runMain(["rank", file, "--target", "sales", "--out", outputIn(file), "--lang", "ko"]);
    expect(ko.stderr).toContain(`파일이 비어 있습니다: ${file}.`);
    expect(ko.stderr).not.toContain("시트");
  });

  it("says a header-only file has no data rows", async () => {
    const file = csvFile("region,sales\n");
    const en = await runMain(["rank", file, "--target", "sales", "--out", outputIn(file)]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(`The file ${file} has a header row but no data rows.`);
    expect(en.stderr).not.toContain("contains no numbers");
    const ko = await runMain(["rank", file, "--target", "sales", "--lang", "ko", "--out", outputIn(file)]);
    expect(ko.stderr).toContain(`머리글 행만 있고 데이터 행이 없습니다: ${file}.`);
  });
});

describe("targets nothing can be ranked by", () => {
  it("rejects equal target values and writes nothing", async () => {
    const file = csvFile("region,sales\na,5\na,5\nb,5\nb,5\n");
    const en = await runMain(["rank", file, "--target", "sales", "--out", outputIn(file)]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('All values of the target column "sales" are equal (5), so no criterion can be scored and nothing was written.');
    expect(en.stderr).toContain("Choose another target column with --target.");
    expect(en.stdout).toBe("");
    expect(fs.existsSync(outputIn(file))).toBe(false);
    const ko = await runMain(["rank", file, "--target", "sales", "--lang", "ko", "--out", outputIn(file)]);
    expect(ko.code).toBe(1);
    expect(ko.stderr).toContain('대상 열의 값이 모두 같습니다: "sales"(모두 5).');
    expect(ko.stderr).toContain("--target으로 다른 대상 열을 고르세요.");
  });

  it("rejects a single data row and says why", async () => {
    const file = csvFile("region,sales\na,5\n");
    const en = await runMain(["rank", file, "--target", "sales", "--out", outputIn(file)]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('The target column "sales" has a number in only one row, so there is nothing to compare');
    expect(en.stderr).not.toContain("same value");
    expect(en.stderr).not.toContain("are equal");
    expect(fs.existsSync(outputIn(file))).toBe(false);
    const ko = await runMain(["rank", file, "--target", "sales", "--lang", "ko", "--out", outputIn(file)]);
    expect(ko.stderr).toContain('대상 열에서 숫자가 있는 행이 하나뿐입니다: "sales".');
  });
});

describe("loss on one usable row", () => {
  it("names the single row as the reason", async () => {
    // Row 3 has no label, so only row 2 is used.
    const file = csvFile("region,sales\na,5\n,6\n");
    const en = await runMain(["loss", file, "--target", "sales", "--by", "region", "--json"]);
    expect(en.code, en.stderr).toBe(0);
    const document = JSON.parse(en.stdout);
    expect(document.n).toBe(1);
    expect(document.reasons.F).toBe("only one row to use: nothing to compare");
    const ko = await runMain(["loss", file, "--target", "sales", "--by", "region", "--lang", "ko"]);
    expect(ko.stdout).toContain("쓸 수 있는 행이 하나뿐이라 비교할 대상이 없음");
    expect(ko.stdout).not.toContain("그룹이 하나뿐");
  });
});

describe("paths that are not files", () => {
  it("names a file in the way of the output folder", async () => {
    const folder = tempFolder("tc-new-");
    const blocker = path.join(folder, "x.csv");
    fs.writeFileSync(blocker, "a,b\n");
    const out = path.join(blocker, "y.xlsx");
    const en = await runMain(["rank", path.join(__dirname, "../../../shared/fixtures/PlantGrowth.csv"), "--target", "weight", "--out", out]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(`Cannot write ${out}: ${blocker} is a file, so the output folder cannot be created.`);
    expect(en.stderr).not.toContain("EEXIST");
    expect(en.stderr).not.toContain("ENOTDIR");
    const ko = await runMain(["rank", path.join(__dirname, "../../../shared/fixtures/PlantGrowth.csv"), "--target", "weight", "--out", out, "--lang", "ko"]);
    expect(ko.stderr).toContain(`폴더가 있어야 할 자리에 파일이 있습니다: ${blocker}.`);
    expect(fs.readdirSync(folder)).toEqual(["x.csv"]);
  });

  it("says a folder is not a file", async () => {
    const folder = tempFolder("tc-new-");
    const en = await runMain(["rank", folder, "--target", "x"]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(`Cannot read ${folder}: it is a folder, not a file.`);
    expect(en.stderr).not.toContain("only .xlsx and .csv");
    const ko = await runMain(["rank", folder, "--target", "x", "--lang", "ko"]);
    expect(ko.stderr).toContain(`파일이 아니라 폴더입니다: ${folder}.`);
  });
});

describe("invalid CSV", () => {
  it("names the line of an unclosed quote in both languages", async () => {
    // Line 3 opens a quote that no later line closes.
    const file = csvFile('g,y\na,1\n"b,2\nc,3\n');
    const en = await runMain(["loss", file, "--target", "y", "--by", "g"]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(`The CSV file ${file} is not valid at line 3: a quoted field is never closed.`);
    const ko = await runMain(["loss", file, "--target", "y", "--by", "g", "--lang", "ko"]);
    expect(ko.stderr).toContain(`CSV 파일이 올바르지 않습니다: ${file}, 3번째 줄. 따옴표로 시작한 필드가 닫히지 않았습니다.`);
    expect(ko.stderr).not.toContain("Quote Not Closed");
  });
});

describe("separators", () => {
  // Groups a (1, 2) and b (5, 6): SSB = 2·(2² + 2²) = 16 with grand mean 3.5, SSW = 4·0.25 = 1, so η² = 16/17.
  it.each([
    ["semicolons", "g;y\na;1\na;2\nb;5\nb;6\n"],
    ["tabs", "g\ty\na\t1\na\t2\nb\t5\nb\t6\n"],
  ])("reads a file separated by %s", async (_, text) => {
    const file = csvFile(text);
    const run = await runMain(["loss", file, "--target", "y", "--by", "g", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).eta2).toBeCloseTo(16 / 17, 12);
  });
});

describe("skipped rows", () => {
  // Row 3's target is text and row 5's group label is blank, so two rows are skipped, one for each reason.
  const text = "g,y\na,1\na,x\na,2\n,4\nb,5\nb,6\n";

  it("loss prints them in English", async () => {
    const run = await runMain(["loss", csvFile(text), "--target", "y", "--by", "g"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("2 rows skipped: the target is not a number in 1 row, the group label is blank in 1 row.");
    expect(run.stderr).not.toContain("in 0");
  });

  it("loss prints them in Korean", async () => {
    const run = await runMain(["loss", csvFile(text), "--target", "y", "--by", "g", "--lang", "ko"]);
    expect(run.stderr).toContain("2행 제외: 대상 값이 숫자가 아님 1행, 그룹 값이 빈 칸 1행.");
  });

  it("rank uses singular and drops zero counts", async () => {
    const file = csvFile("g,y\na,1\na,x\nb,5\nb,6\n");
    const en = await runMain(["rank", file, "--target", "y", "--out", outputIn(file)]);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stderr).toContain("1 row skipped: the target is not a number in 1 row.");
    const ko = await runMain(["rank", file, "--target", "y", "--out", outputIn(file), "--force", "--lang", "ko"]);
    expect(ko.stderr).toContain("1행 제외: 대상 값이 숫자가 아님 1행.");
    expect(ko.stderr).not.toContain("0행");
  });
});

describe("rank-within text output", () => {
  it("prints values as given", async () => {
    const file = csvFile("g,y\na,4.17\na,2.5\nb,10\n");
    const run = await runMain(["rank-within", file, "--target", "y", "--by", "g"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("4.17");
    expect(run.stdout).not.toContain("4.1700");
    expect(run.stdout).not.toContain("2.5000");
  });
});
