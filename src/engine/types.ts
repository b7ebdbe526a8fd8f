/**
 * Types shared by the engine and every face of the product. The engine is pure:
 * no Office, no files, no DOM. Faces turn its message ids into text.
 */

/** How far a set of values lies from a point: vector length, sum of squares, or sum of absolute deviations. */
export type Distance = "euclidean" | "squared" | "absolute";

export const DISTANCES: readonly Distance[] = ["euclidean", "squared", "absolute"];

/** An Excel error value inside a range, such as `#N/A` or `#DIV/0!`. */
export interface ErrorValue {
  readonly error: string;
}

/**
 * One cell as the engine reads it: a number, text, a logical, a date, an Excel error,
 * or `null` for a blank cell. Text that looks like a number is still text.
 */
export type CellValue = number | string | boolean | Date | ErrorValue | null;

/** Tie rule of a within-group rank: `min` reproduces RANK.EQ, `average` reproduces RANK.AVG. */
export type TieMethod = "min" | "average";

/** Rank order as Excel's RANK.EQ takes it: 0 ranks the largest value 1, 1 ranks the smallest value 1. */
export type RankOrder = 0 | 1;

/** Statistic that orders the criteria of a scan. */
export type RankingKey = "honestNormalizedLoss" | "loss" | "omega2" | "p";

/**
 * Reason a measure is undefined or a column was not scored. Faces translate these ids
 * through the message catalog.
 */
export type NoteId =
  | "noRows"
  | "oneGroup"
  | "oneRowPerGroup"
  | "noVariation"
  | "oneRow"
  | "uniquePerRow"
  | "constant"
  | "mostlyBlank"
  | "perfectSeparation";

/** Kind of a candidate column as a criterion. */
export type ColumnKind =
  | "categorical"
  | "numericCategorical"
  | "numericBinned"
  | "date"
  | "uniquePerRow"
  | "constant"
  | "mostlyBlank";

/** The four losses of one distance. */
export interface LossSet {
  /** Σ_k [D(A_k, m_k) − D(A_k, m)]; `null` when undefined. */
  loss: number | null;
  /** loss / Σ_k D(A_k, m). */
  normalizedLoss: number | null;
  /** Leave-one-out loss: Σ_k [D_honest(A_k, pos) − D_honest(A_k, neg)]. */
  honestLoss: number | null;
  /** honestLoss / Σ_k D_honest(A_k, neg); the default ranking key. */
  honestNormalizedLoss: number | null;
  /** Σ_k D(A_k, m). */
  denominator: number | null;
  /** Σ_k D_honest(A_k, neg). */
  honestDenominator: number | null;
}

/** One group of a criterion, for summaries. */
export interface GroupSummary {
  /** The label as first spelled in the data. */
  label: CellValue;
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1 in the denominator); `null` for a group of one. */
  sd: number | null;
  min: number;
  max: number;
}

/** One-way ANOVA and triplet-loss statistics of one criterion. */
export interface CriterionScore {
  /** Rows used: value is a real number and label is not blank. */
  n: number;
  /** Number of groups with at least one row used. */
  groups: number;
  /** Size of the smallest group; 0 when no row is used. */
  smallestGroup: number;
  distance: Distance;
  /** Losses of every distance; `distance` above picks the one a face shows. */
  losses: Record<Distance, LossSet>;
  eta2: number | null;
  epsilon2: number | null;
  omega2: number | null;
  /** +Infinity on perfect separation. */
  F: number | null;
  p: number | null;
  dfBetween: number;
  dfWithin: number;
  mean: number | null;
  SST: number;
  SSW: number;
  SSB: number;
  MSB: number | null;
  MSW: number | null;
  /** Reason some measure is undefined or notable, or `null`. */
  note: NoteId | null;
  /** Groups in order of first appearance. */
  groupSummaries: GroupSummary[];
}
