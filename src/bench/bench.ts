import { performance } from "node:perf_hooks";
import { rankWithinGroups, scanCriteria } from "../engine";
import { benchFunctions } from "./functions-bench";
import { makeBenchColumns } from "./synthetic-data";

/** Peak resident set size of this process so far, in MB. */
function peakMegabytes(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs `work` `repeats` times and returns the fastest run in seconds. */
function fastestSeconds(work: () => void, repeats: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < repeats; run++) {
    collectGarbage();
    const start = performance.now();
    work();
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return best;
}

interface ScanFigure {
  rows: number;
  criteria: number;
  seconds: number;
  rowsPerSecond: number;
  peakMB: number;
}

function benchScan(rows: number): ScanFigure {
  const { target, candidates } = makeBenchColumns(rows);
  const seconds = fastestSeconds(() => scanCriteria(target, candidates), rows >= 1_000_000 ? 3 : 5);
  return { rows, criteria: candidates.length, seconds, rowsPerSecond: rows / seconds, peakMB: peakMegabytes() };
}

function benchRankWithin(rows: number) {
  const { target, candidates } = makeBenchColumns(rows, 7);
  const groups = candidates.find((candidate) => candidate.name === "text1000")!;
  const seconds = fastestSeconds(() => rankWithinGroups(target.cells, groups.cells), 3);
  return { rows, groups: 1000, seconds, rowsPerSecond: rows / seconds, peakMB: peakMegabytes() };
}

function main(argv: string[]): void {
  const json = argv.includes("--json");
  const log = (line: string) => {
    if (!json) process.stdout.write(line + "\n");
  };

  log(`Triplet Criteria engine benchmark (Node ${process.version}, ${process.platform}/${process.arch})`);
  const scans: ScanFigure[] = [];
  for (const rows of [10_000, 100_000, 1_000_000]) {
    const figure = benchScan(rows);
    scans.push(figure);
    log(`scan ${figure.criteria} criteria × ${rows.toLocaleString("en-US")} rows: ${figure.seconds.toFixed(3)} s, ${Math.round(figure.rowsPerSecond).toLocaleString("en-US")} rows/s, peak ${Math.round(figure.peakMB)} MB`);
  }
  const ranks = benchRankWithin(1_000_000);
  log(`rank within 1,000 groups × 1,000,000 rows: ${ranks.seconds.toFixed(3)} s, ${Math.round(ranks.rowsPerSecond).toLocaleString("en-US")} rows/s, peak ${Math.round(ranks.peakMB)} MB`);

  const functions = benchFunctions();
  log(`RANK_WITHIN on a ${functions.rankWithin.rows.toLocaleString("en-US")}-row column as Excel passes it: ${functions.rankWithin.seconds.toFixed(3)} s`);
  log(`CRITERION_LOSS on a ${functions.criterionLoss.rows.toLocaleString("en-US")}-row column as Excel passes it: ${functions.criterionLoss.seconds.toFixed(3)} s`);

  if (json) {
    const largest = scans[scans.length - 1];
    const document = {
      scan: { rows: largest.rows, criteria: largest.criteria, seconds: largest.seconds, peakMB: largest.peakMB },
      rankWithin: { rows: ranks.rows, seconds: ranks.seconds },
      scans,
      functions,
      node: process.version,
    };
    process.stdout.write(JSON.stringify(document, null, 2) + "\n");
  }
}

main(process.argv.slice(2));
