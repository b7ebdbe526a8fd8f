import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "./fake-io";
import { tempFolder } from "./run-cli";

function csvFile(name: string, text: string): string {
  const file = path.join(tempFolder("tc-json-"), name);
  fs.writeFileSync(file, text);
  return file;
}

describe("JSON edge cases", () => {
  it("writes an infinite F as the string Infinity", async () => {
    // Values equal within each group but not between them: SSW = 0 < SSB, so F = +∞ and p = 0.
    const file = csvFile("sep.csv", "g,v\na,1\na,1\nb,3\nb,3\n");
    const run = await runMain(["loss", file, "--target", "v", "--by", "g", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document.F).toBe("Infinity");
    expect(document.p).toBe(0);
    expect(document.eta2).toBe(1);
    expect(document.reasons).toEqual({});
  });

  it("gives null with a reason for undefined measures", async () => {
    // One row per group: n − K = 0, so F, p, ε² and ω² are undefined while η² = 1.
    const file = csvFile("ids.csv", "id,v\nx,1\ny,2\nz,4\n");
    const run = await runMain(["loss", file, "--target", "v", "--by", "id", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const document = JSON.parse(run.stdout);
    for (const field of ["F", "p", "epsilon2", "omega2"]) {
      expect(document[field], field).toBeNull();
      expect(document.reasons[field], field).toBe("one row per group: F, p, ε² and ω² are undefined");
    }
    expect(document.eta2).toBe(1);
    expect(document.reasons.eta2).toBeUndefined();
  });

  it("writes the reasons in Korean", async () => {
    const file = csvFile("ids.csv", "id,v\nx,1\ny,2\nz,4\n");
    const run = await runMain(["loss", file, "--target", "v", "--by", "id", "--json", "--lang", "ko"]);
    expect(JSON.parse(run.stdout).reasons.F).toBe("그룹마다 행이 하나뿐이라 F, p, ε², ω²를 계산할 수 없음");
  });

  it("lists unranked criteria with null statistics", async () => {
    const file = csvFile("mixed.csv", "g,k,v\na,x,1\na,x,2\nb,x,5\nb,x,6\n");
    const run = await runMain(["rank", file, "--target", "v", "--json", "--out", path.join(tempFolder("tc-json-"), "o.xlsx")]);
    expect(run.code, run.stderr).toBe(0);
    const [first, second] = JSON.parse(run.stdout).criteria;
    expect(first.criterion).toBe("g");
    expect(first.rank).toBe(1);
    expect(second).toEqual({
      rank: null,
      criterion: "k",
      kind: "constant",
      n: null,
      groups: null,
      smallestGroup: null,
      loss: null,
      normalizedLoss: null,
      honestLoss: null,
      honestNormalizedLoss: null,
      eta2: null,
      epsilon2: null,
      omega2: null,
      F: null,
      p: null,
      pHolm: null,
      note: "the same value in every row",
    });
  });

  it("marks unrankable rows #N/A and blank values null", async () => {
    // Row 2 has a text value, row 3 a blank value, row 4 a number without a label.
    const file = csvFile("rw.csv", "g,v\na,5\na,text\na,\n,7\nb,1\nb,3\n");
    const run = await runMain(["rank-within", file, "--target", "v", "--by", "g", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).ranks).toEqual([1, "#N/A", null, "#N/A", 2, 1]);
  });

  it("prints nothing but the document on stdout", async () => {
    const file = csvFile("sep.csv", "g,v\na,1\na,2\nb,3\nb,5\n");
    const run = await runMain(["rank", file, "--target", "v", "--json", "--out", path.join(tempFolder("tc-json-"), "o.xlsx")]);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toContain("Wrote");
  });
});
