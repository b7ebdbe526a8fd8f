import { describe, expect, it } from "vitest";
import { filledRowCount, fromExcelCell, readRange } from "../../src/functions/logic/excel-cells";

describe("fromExcelCell", () => {
  it("reads blanks as null and keeps zero", () => {
    expect(fromExcelCell(null)).toBe(null);
    expect(fromExcelCell(undefined)).toBe(null);
    expect(fromExcelCell("")).toBe(null);
    expect(fromExcelCell(0)).toBe(0);
    expect(fromExcelCell(" ")).toBe(" ");
  });

  it("reads error cells in every shape Excel uses", () => {
    expect(fromExcelCell({ code: "#N/A", message: "" })).toEqual({ error: "#N/A" });
    expect(fromExcelCell({ type: "Error", basicValue: "#DIV/0!" })).toEqual({ error: "#DIV/0!" });
    expect(fromExcelCell({ type: "Error", errorType: "NotAvailable" })).toEqual({ error: "#N/A" });
    expect(fromExcelCell({ type: "Error", errorType: "Spill" })).toEqual({ error: "#SPILL!" });
  });

  it("reads data-type cells by their basic value or text", () => {
    expect(fromExcelCell({ type: "FormattedNumber", basicValue: 12.5, numberFormat: "0.0" })).toBe(12.5);
    expect(fromExcelCell({ type: "Double", basicValue: 3 })).toBe(3);
    expect(fromExcelCell({ type: "Empty", basicValue: "" })).toBe(null);
    expect(fromExcelCell({ type: "Entity", text: "Seoul", basicValue: "#VALUE!" })).toBe("Seoul");
  });

  it("keeps the text #N/A as text", () => {
    expect(fromExcelCell("#N/A")).toBe("#N/A");
  });
});

describe("readRange and filledRowCount", () => {
  it("reads a scalar as a 1 × 1 range", () => {
    expect(readRange(5)).toEqual({ rows: 1, columns: 1, cells: [5] });
  });

  it("pads ragged rows with blanks", () => {
    expect(readRange([[1, 2], [3]])).toEqual({ rows: 2, columns: 2, cells: [1, 2, 3, null] });
  });

  it("counts rows up to the last filled one in any range", () => {
    expect(filledRowCount([[1], [null], [null]], [[null], ["a"], [""]])).toBe(2);
    expect(filledRowCount([[null], [""]])).toBe(0);
    expect(filledRowCount([[null, 1], [null, null]])).toBe(1);
  });

  it("converts only the rows asked for", () => {
    const range = readRange([[1], [2], [3]], 2);
    expect(range.rows).toBe(3);
    expect(range.cells).toEqual([1, 2]);
  });
});
