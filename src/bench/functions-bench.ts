import { performance } from "node:perf_hooks";
import { criterionLossResult } from "../functions/logic/criterion-loss";
import { rankWithinResult } from "../functions/logic/rank-within";

/** Excel's row count: a whole-column reference such as A:A passes this many rows. */
const EXCEL_ROWS = 1_048_576;

/** Seconds and rows of one custom function called on a full column. */
export interface FunctionFigure {
  rows: number;
  seconds: number;
}

/**
 * A full column as Excel passes it to a custom function: one single-cell array per row. Values
 * cycle through 997 numbers, with a blank every 101st row, and labels through 12 groups.
 */
function excelColumns(rows: number): { values: unknown[][]; groups: unknown[][] } {
  const values: unknown[][] = new Array(rows);
  const groups: unknown[][] = new Array(rows);
  for (let row = 0; row < rows; row++) {
    values[row] = [row % 101 === 100 ? null : ((row * 7919) % 997) / 10];
    groups[row] = [`band ${row % 12}`];
  }
  return { values, groups };
}

function fastestSeconds(work: () => void, repeats: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < repeats; run++) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    work();
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return best;
}

/**
 * Times RANK_WITHIN and CRITERION_LOSS (their logic, without Excel) on a 1,048,576-row column
 * passed as Excel passes it; each figure is the fastest of three runs.
 */
export function benchFunctions(): { rankWithin: FunctionFigure; criterionLoss: FunctionFigure } {
  const { values, groups } = excelColumns(EXCEL_ROWS);
  const rankSeconds = fastestSeconds(() => rankWithinResult(values, groups, undefined, undefined, "en"), 3);
  const lossSeconds = fastestSeconds(() => criterionLossResult(values, groups, undefined, undefined, "en"), 3);
  return {
    rankWithin: { rows: EXCEL_ROWS, seconds: rankSeconds },
    criterionLoss: { rows: EXCEL_ROWS, seconds: lossSeconds },
  };
}
