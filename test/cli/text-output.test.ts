import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { startProgress } from "../../src/cli/progress";
import { formatNumber, textTable } from "../../src/cli/text-table";
import { runMain } from "./fake-io";
import { FIXTURES, tempFolder } from "./run-cli";

describe("formatNumber", () => {
  it.each([
    [3, "3"],
    [-0.42312152, "-0.4231"],
    [266.68997, "266.6900"],
    [9.677e-89, "9.68e-89"],
    [Number.POSITIVE_INFINITY, "∞"],
    [null, ""],
  ])("writes %s as %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe("textTable", () => {
  it("aligns numbers right and text left", () => {
    // Widths 4 and 2; columns are joined by two spaces: "a" + 3 + 2 spaces, then " 5".
    const text = textTable(["Name", "n"], [["a", 5], ["bbb", 10]]);
    expect(text).toBe("Name   n\na      5\nbbb   10\n");
  });

  it("counts Hangul as two columns", () => {
    // "기준" is 4 columns wide, so "a" is padded with 3 spaces before the 2-space gap.
    const text = textTable(["기준", "n"], [["a", 1]]);
    expect(text.split("\n")[1]).toBe("a     1");
  });
});

describe("startProgress without a terminal", () => {
  it("prints a line per tenth of the work", () => {
    let out = "";
    const progress = startProgress({ write: (t: string) => (out += t), isTTY: false }, "Scoring criteria: 20", 20);
    for (let done = 1; done <= 20; done++) progress.update(done, 20);
    progress.stop();
    const lines = out.trim().split("\n");
    expect(lines[0]).toBe("Scoring criteria: 20");
    // Steps of ceil(20 / 10) = 2: 2, 4, …, 20.
    expect(lines.length).toBe(1 + 10);
    expect(lines[lines.length - 1].trim()).toBe("20/20");
  });
});

describe("rank without --json", () => {
  it("prints the ranking table on stdout only", async () => {
    const out = path.join(tempFolder("tc-text-"), "o.xlsx");
    const run = await runMain(["rank", path.join(FIXTURES, "PlantGrowth.csv"), "--target", "weight", "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^Rank {2}Criterion {2}Kind/);
    // PlantGrowth by group: η² = 0.2641, F = 4.8461, p = 0.0159 (R's aov on the same data).
    expect(lines[1]).toMatch(/^ +1 {2}group +category +30 +3 .* 0\.2641 .* 4\.8461 +0\.0159/);
    expect(run.stderr).toContain("Wrote");
    expect(run.stdout).not.toContain("Wrote");
  });

  it("prints the loss table in Korean", async () => {
    const run = await runMain(["loss", path.join(FIXTURES, "PlantGrowth.csv"), "--target", "weight", "--by", "group", "--lang", "ko"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split("\n")[0]).toMatch(/^지표 +값 +비고$/);
    expect(run.stdout).toMatch(/LOO 정규화 손실 +-0\.0871/);
  });
});
