/**
 * The scan worker: collects the rows the pane reads, block by block, then runs `analyze` off the
 * pane's thread and posts progress and the result back. The pane cancels by terminating it.
 */
import type { CellValue } from "../engine/types";
import { analyze, MissingColumnError } from "./analysis";
import type { WorkerReply, WorkerRequest } from "./scan-job";

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerReply): void };
const grid: CellValue[][] = [];

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === "rows") {
    for (const row of message.rows) grid.push(row);
    return;
  }
  analyze(grid, message.request, (phase, done, total) => scope.postMessage({ type: "progress", phase, done, total }))
    .then((result) => scope.postMessage({ type: "result", result }))
    .catch((error: unknown) => {
      const missingColumn = error instanceof MissingColumnError ? error.column : null;
      scope.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error), missingColumn });
    });
};
