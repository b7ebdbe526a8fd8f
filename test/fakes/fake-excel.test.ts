import { describe, expect, it } from "vitest";
import { createFakeExcel, FakeRequestContext, FakeWorkbook } from ".";
import type { FakeRange } from "./fake-excel-api";

function setup() {
  const model = new FakeWorkbook();
  model.addSheet("Data", [["a", 1], ["b", 2]]);
  return { model, excel: createFakeExcel(model) };
}

describe("fake Excel rules", () => {
  it("throws on a property read before load and sync", async () => {
    const { excel } = setup();
    await excel.run(async (context: FakeRequestContext) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => range.values).toThrow(/not available/);
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([["a", 1], ["b", 2]]);
      expect(() => range.address).toThrow(/not available/);
    });
  });

  it("applies writes only at sync", async () => {
    const { model, excel } = setup();
    await excel.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["changed"]];
      expect(model.valuesOf("Data", { top: 0, left: 0, bottom: 0, right: 0 })).toEqual([["a"]]);
      await context.sync();
      expect(model.valuesOf("Data", { top: 0, left: 0, bottom: 0, right: 0 })).toEqual([["changed"]]);
    });
  });

  it("rejects a response over the payload limit", async () => {
    const { model, excel } = setup();
    model.payloadLimitBytes = 100; // the request (64 bytes) fits, the values of 4 cells and their envelope do not
    const run = excel.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B2").load("values,valueTypes,numberFormat");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("parses typed input unless the format is text", async () => {
    const { model, excel } = setup();
    await excel.run(async (context: FakeRequestContext) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("C1:E1").values = [["=SUM(1)", "007", "TRUE"]];
      const text = sheet.getRange("C2:E2");
      text.numberFormat = [["@", "@", "@"]];
      text.values = [["=SUM(1)", "007", "TRUE"]];
      await context.sync();
    });
    const sheet = model.sheet("Data")!;
    expect(sheet.cell(0, 2)!.formula).toBe("=SUM(1)");
    expect(model.valuesOf("Data", { top: 0, left: 3, bottom: 1, right: 4 })).toEqual([
      [7, true],
      ["007", "TRUE"],
    ]);
    expect(sheet.cell(1, 2)!.value).toBe("=SUM(1)");
  });

  it("checks sheet names as Excel does", async () => {
    const { excel } = setup();
    for (const [name, code] of [["DATA", "ItemAlreadyExists"], ["a:b", "InvalidArgument"], ["x".repeat(32), "InvalidArgument"], ["History", "InvalidArgument"]]) {
      const run = excel.run(async (context: FakeRequestContext) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      });
      await expect(run).rejects.toMatchObject({ code });
    }
  });

  it("rejects a proxy used after its run", async () => {
    const { excel } = setup();
    const range = (await excel.run(async (context: FakeRequestContext) => context.workbook.worksheets.getItem("Data").getRange("A1"))) as FakeRange;
    expect(() => range.load("values")).toThrow(/request context has ended/);
  });
});
