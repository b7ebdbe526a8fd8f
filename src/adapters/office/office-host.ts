/** The page's connection to Office: whether it runs inside Excel, and Excel's display language. */
import { OfficeWorkbook } from "./office-workbook";
import type { WorkbookPort } from "./port";

export interface ExcelConnection {
  port: WorkbookPort;
  /** Office's display language tag, such as "ko-KR". */
  displayLanguage: string;
}

/**
 * Waits for Office.js and returns the workbook port, or `null` when the page is not running
 * inside Excel (office.js missing, as in a plain browser, or another host).
 */
export async function connectToExcel(): Promise<ExcelConnection | null> {
  if (typeof Office === "undefined") return null;
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel || typeof Excel === "undefined") return null;
  return { port: new OfficeWorkbook(Excel), displayLanguage: Office.context.displayLanguage };
}
