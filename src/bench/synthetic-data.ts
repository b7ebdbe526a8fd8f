import type { CellValue, ColumnInput } from "../engine";

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so every run measures the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Levels of the 15 text criteria; the other 5 criteria are continuous numbers that the scan bins. */
export const TEXT_LEVELS = [2, 3, 4, 5, 6, 8, 10, 12, 20, 50, 100, 200, 400, 700, 1000];
export const NUMERIC_CRITERIA = 5;

/**
 * Builds a synthetic sheet: a numeric target and 20 candidate criteria (text labels with 2 to
 * 1000 levels, some stored as numbers, and continuous numeric columns), with 1% blank targets.
 */
export function makeBenchColumns(rows: number, seed = 42): { target: ColumnInput; candidates: ColumnInput[] } {
  const random = seededRandom(seed);
  const target: CellValue[] = new Array(rows).fill(0);
  const candidates: ColumnInput[] = [];

  TEXT_LEVELS.forEach((levels, index) => {
    const labels = Array.from({ length: levels }, (_, level) => (index % 3 === 2 ? level : `L${level}`));
    const effects = Array.from({ length: levels }, () => random() * (index + 1));
    const cells: CellValue[] = new Array(rows);
    for (let row = 0; row < rows; row++) {
      const level = Math.floor(random() * levels);
      cells[row] = labels[level];
      target[row] = (target[row] as number) + effects[level];
    }
    candidates.push({ name: `text${levels}`, cells });
  });

  for (let index = 0; index < NUMERIC_CRITERIA; index++) {
    const cells: CellValue[] = new Array(rows);
    for (let row = 0; row < rows; row++) {
      const value = Math.round(random() * 1e6) / 100;
      cells[row] = value;
      target[row] = (target[row] as number) + value * 1e-4 * index;
    }
    candidates.push({ name: `numeric${index + 1}`, cells });
  }

  for (let row = 0; row < rows; row++) {
    target[row] = random() < 0.01 ? null : (target[row] as number) + random() * 5;
  }
  return { target: { name: "outcome", cells: target }, candidates };
}
