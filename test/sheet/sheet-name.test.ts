import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_SHEET_NAME_LENGTH, sheetNameFor, tableNameFor } from "../../src/sheet/sheet-name";

describe("sheetNameFor", () => {
  it("prefixes the target in English and Korean", () => {
    expect(sheetNameFor("weight", [], "en")).toBe("Ranking - weight");
    expect(sheetNameFor("weight", [], "ko")).toBe("기준 순위 - weight");
  });

  it("replaces characters Excel forbids", () => {
    expect(sheetNameFor("a:b\\c/d?e*f[g]", [], "en")).toBe("Ranking - a_b_c_d_e_f_g_");
  });

  it("cuts long names to 31 characters", () => {
    const name = sheetNameFor("Body Mass in grams measured at Palmer", [], "en");
    expect(name).toBe("Ranking - Body Mass in grams me");
    expect(name.length).toBe(31);
  });

  it("adds a number when the name is taken, ignoring case", () => {
    expect(sheetNameFor("weight", ["RANKING - WEIGHT"], "en")).toBe("Ranking - weight (2)");
    expect(sheetNameFor("weight", ["Ranking - weight", "Ranking - weight (2)"], "en")).toBe("Ranking - weight (3)");
  });

  it("keeps a numbered long name within 31 characters", () => {
    const first = sheetNameFor("Body Mass in grams measured at Palmer", [], "en");
    const second = sheetNameFor("Body Mass in grams measured at Palmer", [first], "en");
    expect(second).toBe("Ranking - Body Mass in gram (2)");
    expect(second.length).toBe(31);
  });

  it("does not end with an apostrophe after cutting", () => {
    // The cut lands right after the apostrophe at position 31.
    const name = sheetNameFor("abcdefghijklmnopqrst'xyz", [], "en");
    expect(name).toBe("Ranking - abcdefghijklmnopqrst");
  });

  it("obeys Excel's rules for any target", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.string({ maxLength: 31 }), { maxLength: 5 }), fc.constantFrom("en" as const, "ko" as const), (target, existing, lang) => {
        const name = sheetNameFor(target, existing, lang);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
        expect(name).not.toMatch(/[:\\/?*[\]]/);
        expect(name.startsWith("'")).toBe(false);
        expect(name.endsWith("'")).toBe(false);
        expect(existing.map((e) => e.toLocaleLowerCase())).not.toContain(name.toLocaleLowerCase());
      }),
    );
  });
});

describe("tableNameFor", () => {
  it("keeps a valid name", () => {
    expect(tableNameFor("TripletRanking", [])).toBe("TripletRanking");
  });

  it("numbers a taken name", () => {
    expect(tableNameFor("TripletRanking", ["tripletranking"])).toBe("TripletRanking_2");
  });

  it("avoids cell references and bad starts", () => {
    expect(tableNameFor("A1", [])).toBe("_A1");
    expect(tableNameFor("R1C1", [])).toBe("_R1C1");
    expect(tableNameFor("1st table", [])).toBe("_1st_table");
  });
});
