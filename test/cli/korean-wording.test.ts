import { describe, expect, it } from "vitest";
import { CATALOG } from "../../src/i18n/catalog";
import { CLI_HELP } from "../../src/i18n/cli";
import { FUNCTION_MESSAGES } from "../../src/i18n/functions";
import { PANE_MESSAGES } from "../../src/i18n/taskpane";
import { runMain } from "./fake-io";
import { FIXTURES, tempFolder } from "./run-cli";
import * as fs from "node:fs";
import * as path from "node:path";

const CATALOGS = { CATALOG, CLI_HELP, FUNCTION_MESSAGES, PANE_MESSAGES } as const;

// Particles written for both final-consonant cases read as machine output; the value goes after a colon instead.
const MACHINE_PARTICLES = ["이(가)", "은(는)", "을(를)", "(으)로", "과(와)", "와(과)"];
// One Korean name per term: "작업 창", "단추", "레이블", "LOO 정규화 손실".
const OLD_TERMS = ["작업창", "버튼", "라벨", "정직한"];

describe("Korean catalogs", () => {
  for (const [name, catalog] of Object.entries(CATALOGS)) {
    it(`${name} has no machine particles`, () => {
      for (const [id, text] of Object.entries(catalog as Record<string, { ko: string }>)) {
        for (const particle of MACHINE_PARTICLES) expect(text.ko, id).not.toContain(particle);
      }
    });

    it(`${name} uses one name per term`, () => {
      for (const [id, text] of Object.entries(catalog as Record<string, { ko: string }>)) {
        for (const term of OLD_TERMS) expect(text.ko, id).not.toContain(term);
      }
    });
  }
});

describe("Korean messages", () => {
  it("puts an existing output after a colon", async () => {
    const folder = tempFolder("tc-ko-");
    const out = path.join(folder, "x2.xlsx");
    fs.writeFileSync(out, "taken");
    const run = await runMain(["rank", path.join(FIXTURES, "PlantGrowth.csv"), "--target", "weight", "--out", out, "--lang", "ko"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`출력 파일이 이미 있습니다: ${out}. 덮어쓰려면 --force를 붙이거나 --out으로 다른 이름을 지정하세요.`);
  });

  it("puts an invalid option value after a colon", async () => {
    const run = await runMain(["rank", path.join(FIXTURES, "PlantGrowth.csv"), "--target", "weight", "--distance", "cosine", "--lang", "ko"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--distance 값이 올바르지 않습니다: cosine. 쓸 수 있는 값: euclidean, squared, absolute.");
  });

  it("says a missing file once", async () => {
    const run = await runMain(["loss", "/nonexistent/data.csv", "--target", "a", "--by", "b", "--lang", "ko"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("파일이 없습니다: /nonexistent/data.csv. 경로를 확인하세요.");
    expect(run.stderr).not.toContain("읽을 수 없습니다");
  });

  it("words the rank-within help naturally", async () => {
    const run = await runMain(["--lang", "ko", "rank-within", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("같은 그룹 안에서 각 행의 대상 값에 순위를 매깁니다");
    // Commander wraps long help lines, so spaces and line breaks are compared as one space.
    const flat = run.stdout.replace(/\s+/g, " ");
    expect(flat).toContain("동점이면 min은 가장 높은 순위를 함께 받고(RANK.EQ), average는 평균 순위를 받습니다(RANK.AVG). 기본값: min");
  });
});
