/**
 * Entry of the task pane page. Office.js is loaded by the page; outside Office (a plain
 * browser) `Office.onReady` reports no host and the page shows a notice to open it from Excel.
 */
import { resolveLanguage } from "../i18n/locale";
import { paneText } from "../i18n/taskpane";
import { OfficeWorkbook } from "../adapters/office/office-workbook";
import { PaneController } from "./pane-controller";
import { PaneView } from "./view";
import { registerFluentComponents } from "./fluent";
import { InlineScanJob, WorkerScanJob } from "./scan-job";
import { DEBOUNCE_MS } from "./auto-refresh";

function showOutsideOffice(): void {
  const language = resolveLanguage(navigator.language);
  document.documentElement.lang = language;
  const notice = document.getElementById("outside");
  if (notice) {
    notice.textContent = paneText("pane.outsideOffice", {}, language);
    notice.hidden = false;
  }
}

async function start(): Promise<void> {
  if (typeof Office === "undefined") return showOutsideOffice();
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel || typeof Excel === "undefined") return showOutsideOffice();

  registerFluentComponents();
  const language = resolveLanguage(Office.context.displayLanguage);
  // The scan worker is its own bundle beside this page; without Worker support the scan runs inline.
  const createScanJob = typeof Worker === "undefined" ? () => new InlineScanJob() : () => new WorkerScanJob(new URL("scan-worker.js", document.baseURI));
  const controller = new PaneController(new OfficeWorkbook(Excel), language, () => new Date(), DEBOUNCE_MS, createScanJob);
  new PaneView(controller, language).mount();
  await controller.loadData();
}

void start();
