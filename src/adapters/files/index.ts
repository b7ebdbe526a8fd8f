// Node-only file adapters: .xlsx (exceljs) and .csv (csv-parse) in, .xlsx with a ranking sheet out.
export { UserError } from "./user-error";
export { decodeText, parseEncoding, type TextEncoding } from "./decode-text";
export { csvCell, parseCsvText, readCsvBytes } from "./read-csv";
export { engineCell } from "./xlsx-cell";
export { loadWorkbook, pickWorksheet, worksheetGrid, readXlsx, type WorkbookGrid } from "./read-xlsx";
export { readInput, type InputSheet, type ReadInputOptions } from "./read-input";
export { checkOutputPath, writeFileAtomically } from "./write-output";
export { applyLayout } from "./apply-layout";
export { writeRankedWorkbook, type WriteRankedOptions } from "./write-ranked";
