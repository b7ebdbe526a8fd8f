// Fakes of Office.js for tests: a workbook model, Excel-shaped proxies over it, and `Office`.
export * from "./fake-workbook";
export { createFakeExcel, FakeRequestContext } from "./fake-excel-api";
export { createFakeOffice, type FakeOfficeOptions } from "./fake-office";
