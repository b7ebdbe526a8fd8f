/**
 * Excel custom functions of Triplet Criteria, shown in Excel under the TRIPLET namespace.
 * custom-functions-metadata-plugin reads the JSDoc below to write functions.json and appends the
 * `CustomFunctions.associate` calls to the built file. The work happens in ./logic (no Office
 * globals there); ./excel-bridge turns results and errors into what Excel expects.
 */
import { settle } from "./excel-bridge";
import { criterionLossResult } from "./logic/criterion-loss";
import { criterionRankingResult } from "./logic/criterion-ranking";
import { criterionStatsResult } from "./logic/criterion-stats";
import { groupBinsResult } from "./logic/group-bins";
import { percentRankWithinResult } from "./logic/percent-rank-within";
import { rankWithinResult } from "./logic/rank-within";
import { zScoreWithinResult } from "./logic/zscore-within";

/**
 * Scores how well a grouping column splits the values: the triplet loss. Below 0 means members sit closer to their group's average than to the overall average; smaller is better.
 * @customfunction CRITERION_LOSS
 * @param values The numbers to compare, such as running times (one column). Blanks and text are skipped.
 * @param groups The group of each row, such as age band, same size as values. Rows with a blank group are skipped.
 * @param [distance] "euclidean" (default), "squared" or "absolute".
 * @param [kind] "loss" (default), "normalized" (from -1 to 0), "honest" (leave-one-out) or "honest_normalized".
 * @returns The loss; #DIV/0! when it is undefined (one group or no rows).
 */
export function criterionLoss(values: any[][], groups: any[][], distance?: string, kind?: string): number {
  return settle((lang) => criterionLossResult(values, groups, distance, kind, lang)) as number;
}

/**
 * Lists the statistics of a grouping column: rows used, groups, the triplet losses and the ANOVA measures η², ε², ω², F and p.
 * @customfunction CRITERION_STATS
 * @param values The numbers to compare (one column). Blanks and text are skipped.
 * @param groups The group of each row, same size as values.
 * @param [distance] "euclidean" (default), "squared" or "absolute".
 * @returns A two-column table of labels and values that spills down.
 */
export function criterionStats(values: any[][], groups: any[][], distance?: string): any[][] {
  return settle((lang) => criterionStatsResult(values, groups, distance, lang)) as any[][];
}

/**
 * Ranks several grouping columns by how well each splits the values, best first.
 * @customfunction CRITERION_RANKING
 * @requiresParameterAddresses
 * @param values The numbers to compare (one column).
 * @param criteria The grouping columns to compare, as long as values, such as C2:F500. Number columns are cut into quantile bins.
 * @param [headers] TRUE if the first row contains the column names, or a range of names; else columns are named by their letters.
 * @param [distance] "euclidean" (default), "squared" or "absolute".
 * @param [bins] Bins for number columns, from 2 to 100; default 4 (quartiles).
 * @param invocation Supplied by Excel: the addresses of the arguments.
 * @returns A ranking table with a header row that spills down and right.
 */
export function criterionRanking(values: any[][], criteria: any[][], headers: any[][], distance: string, bins: number, invocation: CustomFunctions.Invocation): any[][] {
  const criteriaAddress = invocation?.parameterAddresses?.[1];
  return settle((lang) => criterionRankingResult(values, criteria, headers, distance, bins, criteriaAddress, lang)) as any[][];
}

/**
 * Ranks each value within its own group, like RANK.EQ applied group by group.
 * @customfunction RANK_WITHIN
 * @param values The numbers to rank (a column, a row or a block).
 * @param groups The group of each value, same size as values.
 * @param [order] 0 (default): the largest value ranks 1. 1: the smallest value ranks 1.
 * @param [ties] "min" (default, as RANK.EQ) or "average" (as RANK.AVG).
 * @returns One rank per value, in the shape of values; empty for a blank value, #N/A where a value cannot be ranked.
 */
export function rankWithin(values: any[][], groups: any[][], order?: any, ties?: any): any[][] {
  return settle((lang) => rankWithinResult(values, groups, order, ties, lang)) as any[][];
}

/**
 * Gives each value's percentile rank within its own group, from 0 to 1, like PERCENTRANK.INC applied group by group.
 * @customfunction PERCENTRANK_WITHIN
 * @param values The numbers to rank (a column, a row or a block).
 * @param groups The group of each value, same size as values.
 * @param [significance] Digits kept after the decimal point, truncated as PERCENTRANK.INC does; default 3.
 * @returns One percentile rank per value, in the shape of values.
 */
export function percentRankWithin(values: any[][], groups: any[][], significance?: number): any[][] {
  return settle((lang) => percentRankWithinResult(values, groups, significance, lang)) as any[][];
}

/**
 * Gives each value's z-score within its own group: how many standard deviations it lies above its group's average.
 * @customfunction ZSCORE_WITHIN
 * @param values The numbers to score (a column, a row or a block).
 * @param groups The group of each value, same size as values.
 * @param [shrink] TRUE pulls small groups' averages and spreads toward the whole population's, so a group of 3 cannot win by chance. Default FALSE.
 * @returns One z-score per value, in the shape of values; #DIV/0! where the group's spread is 0 or unknown.
 */
export function zScoreWithin(values: any[][], groups: any[][], shrink?: boolean): any[][] {
  return settle((lang) => zScoreWithinResult(values, groups, shrink, lang)) as any[][];
}

/**
 * Cuts numbers into quantile bins of about equal size and labels each value with its bin, such as "Q1: 12.1–15". Use the labels as a grouping column.
 * @customfunction GROUP_BINS
 * @param values The numbers to bin (a column, a row or a block).
 * @param [bins] Number of bins, from 2 to 100; default 4 (quartiles).
 * @returns One bin label per value, in the shape of values.
 */
export function groupBins(values: any[][], bins?: number): any[][] {
  return settle((lang) => groupBinsResult(values, bins, lang)) as any[][];
}
