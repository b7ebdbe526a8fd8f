/**
 * Entry of the task pane page. Office.js is loaded by the page and used only through the
 * adapter; outside Excel (a plain browser) the page shows a notice to open it from Excel.
 */
import { resolveLanguage } from "../i18n/locale";
import { paneText } from "../i18n/taskpane";
import { connectToExcel } from "../adapters/office/office-host";
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
  const excel = await connectToExcel();
  if (!excel) return showOutsideOffice();

  registerFluentComponents();
  const language = resolveLanguage(excel.displayLanguage);
  // The scan worker is its own bundle beside this page; without Worker support the scan runs inline.
  const createScanJob = typeof Worker === "undefined" ? () => new InlineScanJob() : () => new WorkerScanJob(new URL("scan-worker.js", document.baseURI));
  const controller = new PaneController(excel.port, language, () => new Date(), DEBOUNCE_MS, createScanJob);
  new PaneView(controller, language).mount();
  await controller.loadData();
  await controller.followActiveSheet();
}

void start();
