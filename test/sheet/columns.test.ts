import { describe, expect, it } from "vitest";
import { columnLetter, rangeAddress } from "../../src/sheet/column-letter";
import { findColumn, readTable, uniqueColumnNames } from "../../src/sheet/columns";
import { trimGrid } from "../../src/sheet/grid";

describe("columnLetter", () => {
  it("maps indexes to Excel letters", () => {
    expect(columnLetter(0)).toBe("A");
    expect(columnLetter(25)).toBe("Z");
    expect(columnLetter(26)).toBe("AA");
    expect(columnLetter(51)).toBe("AZ");
    expect(columnLetter(52)).toBe("BA");
    // 16383 is the last column of a sheet, XFD: 24·26² + 6·26 + 4 = 16384.
    expect(columnLetter(16383)).toBe("XFD");
  });

  it("rejects a negative index", () => {
    expect(() => columnLetter(-1)).toThrow(RangeError);
  });

  it("writes ranges in A1 notation", () => {
    expect(rangeAddress({ top: 2, left: 1, bottom: 9, right: 3 })).toBe("B3:D10");
    expect(rangeAddress({ top: 0, left: 0, bottom: 0, right: 0 })).toBe("A1");
  });
});

describe("trimGrid", () => {
  it("drops trailing empty rows and columns", () => {
    const grid = [
      ["a", "b", "", null],
      [1, 2, "", null],
      ["", null, "", ""],
      [null],
    ];
    expect(trimGrid(grid)).toEqual([
      ["a", "b"],
      [1, 2],
    ]);
  });

  it("pads ragged rows with blanks", () => {
    expect(trimGrid([["a", "b", "c"], [1]])).toEqual([
      ["a", "b", "c"],
      [1, null, null],
    ]);
  });

  it("returns no rows for an empty grid", () => {
    expect(trimGrid([[null, ""], []])).toEqual([]);
  });
});

describe("readTable", () => {
  it("reads a text first row as the header", () => {
    const table = readTable([
      ["group", "weight"],
      ["ctrl", 4.17],
      ["trt1", 4.81],
    ]);
    expect(table.headerRow).toBe(0);
    expect(table.rowCount).toBe(2);
    expect(table.columns.map((c) => c.name)).toEqual(["group", "weight"]);
    expect(table.columns[1].cells).toEqual([4.17, 4.81]);
  });

  it("treats a first row with a number as data", () => {
    const table = readTable([
      ["ctrl", 4.17],
      ["trt1", 4.81],
    ]);
    expect(table.headerRow).toBeNull();
    expect(table.columns.map((c) => c.name)).toEqual(["Column A", "Column B"]);
    expect(table.columns[0].cells).toEqual(["ctrl", "trt1"]);
  });

  it("names blank and repeated headers by letter", () => {
    const table = readTable([
      ["Sales", "", "sales", "Region", "Sales"],
      [1, 2, 3, "x", 5],
    ]);
    expect(table.columns.map((c) => c.name)).toEqual(["Sales", "Column B", "sales (C)", "Region", "Sales (E)"]);
  });

  it("uses the sheet's letters when the grid starts to the right", () => {
    const table = readTable([["", "x"], [1, 2]], { firstColumn: 2 });
    expect(table.columns.map((c) => c.name)).toEqual(["Column C", "x"]);
    expect(table.columns.map((c) => c.letter)).toEqual(["C", "D"]);
  });

  it("turns empty strings into blanks and trims the trailing rows", () => {
    const table = readTable([
      ["a", "b"],
      ["", 1],
      ["x", ""],
      ["", ""],
    ]);
    expect(table.rowCount).toBe(2);
    expect(table.columns[0].cells).toEqual([null, "x"]);
    expect(table.columns[1].cells).toEqual([1, null]);
  });

  it("skips leading empty rows before the header", () => {
    const table = readTable([[null, null], ["a", "b"], [1, 2]]);
    expect(table.headerRow).toBe(1);
    expect(table.firstDataRow).toBe(2);
    expect(table.columns[0].cells).toEqual([1]);
  });

  it("keeps a header that looks like a formula as its text", () => {
    const table = readTable([["=SUM(A1)", "b"], [1, 2]]);
    expect(table.columns[0].name).toBe("=SUM(A1)");
  });

  it("can be told there is no header", () => {
    const table = readTable([["a", "b"], ["c", "d"]], { hasHeader: false });
    expect(table.headerRow).toBeNull();
    expect(table.columns[0].cells).toEqual(["a", "c"]);
  });
});

describe("uniqueColumnNames", () => {
  it("never returns two equal names", () => {
    // "x (B)" is taken by column C's header, so column B's repeat gets a number.
    const names = uniqueColumnNames(["x", "x", "x (B)"], ["A", "B", "C"]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    expect(names).toEqual(["x", "x (B) 2", "x (B)"]);
  });
});

describe("findColumn", () => {
  const columns = [{ name: "Body Mass (g)" }, { name: "Species" }];

  it("matches exactly, then case-insensitively", () => {
    expect(findColumn(columns, "Species")?.name).toBe("Species");
    expect(findColumn(columns, " body mass (g) ")?.name).toBe("Body Mass (g)");
  });

  it("returns undefined for an unknown name", () => {
    expect(findColumn(columns, "Island")).toBeUndefined();
  });
});
