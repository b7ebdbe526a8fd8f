// The engine's public surface. Faces import from here only.
export * from "./types";
export { isErrorValue, isBlankCell, numericValue, dateToSerial, toValueColumn, type ValueColumn, type ValueSkips } from "./cells";
export { groupKey, encodeGroups, type GroupCoding, type EncodeOptions } from "./group-key";
export { computeGroupStatistics, type GroupStatistics } from "./group-statistics";
export { tripletLosses } from "./triplet-loss";
export { anovaMeasures, type AnovaMeasures } from "./effect-sizes";
export { fUpperTail } from "./f-distribution";
export { EngineInputError } from "./engine-input-error";
export { scoreCriterion, criterionLoss, type CriterionLossResult, type CriterionLossOptions, type CriterionSkips } from "./criterion-score";
export { rankWithinGroups, RANK_STATUS, type WithinRanks, type RankOptions } from "./rank-within";
export { quantileBins, formatBinValue, type QuantileBinning, type QuantileBinOptions } from "./quantile-bins";
export { classifyColumn, DEFAULT_MAX_CATEGORIES, DEFAULT_MIN_FILLED_SHARE, type ClassifyOptions, type ColumnClassification } from "./column-kind";
export { holmAdjust } from "./holm";
export { rankCriteria } from "./criterion-order";
export { scanCriteria, scoreCandidate, prepareTarget, summarizeScan, type ColumnInput, type ScanOptions, type CriterionResult, type ScanResult, type PreparedTarget } from "./criterion-scan";
export { percentRankWithinGroups, type PercentRankOptions } from "./percent-rank-within";
export { zScoresWithinGroups, ZSCORE_STATUS, type WithinZScores } from "./zscore-within";
export { scanCriterionPairs, combineCodings, criterionCoding, PAIR_SEPARATOR } from "./criterion-pairs";
