/**
 * English and Korean messages of the Excel custom functions: argument errors (`#VALUE!`),
 * reasons behind `#N/A`, and the labels of CRITERION_STATS. Placeholders are written `{name}`.
 */
import type { Language, MessageText } from "./catalog";
import { formatFrom, MessageParams } from "./locale";

export const FUNCTION_MESSAGES = {
  "fn.shape": { en: "{rows} rows × {columns} columns", ko: "{rows}행 × {columns}열" },
  "fn.sizeMismatch": {
    en: "values is {values} but groups is {groups}. Give two ranges of the same size, such as A2:A100 and B2:B100.",
    ko: "values는 {values}인데 groups는 {groups}입니다. A2:A100과 B2:B100처럼 크기가 같은 두 범위를 지정하세요.",
  },
  "fn.criteriaMismatch": {
    en: "values has {values} cells but each criteria column has {criteria}. Give criteria columns as long as values, such as A2:A100 and B2:E100.",
    ko: "values는 {values}칸인데 criteria의 각 열은 {criteria}칸입니다. A2:A100과 B2:E100처럼 values와 길이가 같은 기준 열을 지정하세요.",
  },
  "fn.valuesNotVector": {
    en: "values is {values}. Give one column (or one row) of numbers.",
    ko: "values가 {values}입니다. 숫자가 있는 열 하나(또는 행 하나)를 지정하세요.",
  },
  "fn.headersMismatch": {
    en: "headers has {headers} cells but criteria has {columns} columns. Give one name per criteria column, or TRUE when the first row holds the names.",
    ko: "headers는 {headers}칸인데 criteria는 {columns}열입니다. 기준 열마다 이름을 하나씩 지정하거나, 첫 행에 이름이 있으면 TRUE를 지정하세요.",
  },
  "fn.invalidDistance": {
    en: 'Unknown distance "{value}". Use "euclidean" (the default), "squared" or "absolute".',
    ko: '알 수 없는 거리입니다: "{value}". "euclidean"(기본값), "squared", "absolute" 중 하나를 쓰세요.',
  },
  "fn.invalidKind": {
    en: 'Unknown kind "{value}". Use "loss" (the default), "normalized", "honest" or "honest_normalized".',
    ko: '알 수 없는 종류입니다: "{value}". "loss"(기본값), "normalized", "honest", "honest_normalized" 중 하나를 쓰세요.',
  },
  "fn.invalidOrder": {
    en: 'Unknown order "{value}". Use 0 (the largest value ranks 1, the default) or 1 (the smallest value ranks 1).',
    ko: '알 수 없는 순서입니다: "{value}". 0(가장 큰 값이 1위, 기본값) 또는 1(가장 작은 값이 1위)을 쓰세요.',
  },
  "fn.invalidTies": {
    en: 'Unknown tie rule "{value}". Use "min" (as RANK.EQ, the default) or "average" (as RANK.AVG); 0 and 1 mean the same.',
    ko: '알 수 없는 동점 처리 방법입니다: "{value}". "min"(RANK.EQ와 같음, 기본값) 또는 "average"(RANK.AVG와 같음)를 쓰세요. 0과 1도 같은 뜻입니다.',
  },
  "fn.invalidBins": {
    en: 'Invalid number of bins "{value}". Use a whole number from 2 to 100; 4 (quartiles) is the default.',
    ko: '구간 수가 올바르지 않습니다: "{value}". 2에서 100 사이의 정수를 쓰세요. 기본값은 4(사분위)입니다.',
  },
  "fn.invalidSignificance": {
    en: 'Invalid significance "{value}". Use a whole number of digits from 1 to 15; 3 is the default, as in PERCENTRANK.INC.',
    ko: '유효 자릿수가 올바르지 않습니다: "{value}". 1에서 15 사이의 정수를 쓰세요. 기본값은 PERCENTRANK.INC와 같은 3입니다.',
  },
  "fn.invalidFlag": {
    en: 'Invalid {name} "{value}". Use TRUE or FALSE.',
    ko: '{name} 값이 올바르지 않습니다: "{value}". TRUE 또는 FALSE를 쓰세요.',
  },
  "fn.optionIsError": {
    en: "The {name} argument is the error {code}. Give a value such as 0 or 1, or leave it out.",
    ko: "{name} 인수가 오류 값입니다: {code}. 0이나 1 같은 값을 쓰거나 생략하세요.",
  },
  "fn.inputError": {
    en: "The input holds the error {code}. As in AVERAGE, the first error in values or groups is returned; fix it or filter it out.",
    ko: "입력에 {code} 오류가 있습니다. AVERAGE처럼 values나 groups에서 처음 만난 오류를 돌려줍니다. 오류를 고치거나 걸러 내세요.",
  },
  "fn.inputErrorOther": {
    en: "The input holds the error {code}, which a custom function cannot return. Fix it or filter it out.",
    ko: "입력에 {code} 오류가 있는데, 사용자 지정 함수는 이 오류를 그대로 돌려줄 수 없습니다. 오류를 고치거나 걸러 내세요.",
  },
  "fn.rowNotANumber": {
    en: "This row's value is not a number (text, a logical or an error), so it has no result.",
    ko: "이 행의 값이 숫자가 아니어서(텍스트, 논리값 또는 오류) 결과가 없습니다.",
  },
  "fn.rowNoGroup": {
    en: "This row's group is blank or an error, so it has no result.",
    ko: "이 행의 그룹이 비어 있거나 오류여서 결과가 없습니다.",
  },
  "fn.columnName": { en: "Column {index}", ko: "열 {index}" },
  "fn.rowName": { en: "Row {index}", ko: "행 {index}" },
  "fn.internal": {
    en: "TRIPLET could not compute this result: {detail}",
    ko: "TRIPLET이 결과를 계산하지 못했습니다: {detail}",
  },
  "stats.rowsUsed": { en: "Rows used", ko: "사용한 행" },
  "stats.groups": { en: "Groups", ko: "그룹 수" },
  "stats.smallestGroup": { en: "Smallest group", ko: "가장 작은 그룹" },
  "stats.distance": { en: "Distance", ko: "거리" },
  "stats.loss": { en: "Loss", ko: "손실" },
  "stats.normalizedLoss": { en: "Normalized loss", ko: "정규화 손실" },
  "stats.honestLoss": { en: "Honest loss", ko: "LOO 손실" },
  "stats.honestNormalizedLoss": { en: "Honest normalized loss", ko: "LOO 정규화 손실" },
  "stats.eta2": { en: "η² (eta squared)", ko: "η² (에타 제곱)" },
  "stats.epsilon2": { en: "ε² (epsilon squared)", ko: "ε² (엡실론 제곱)" },
  "stats.omega2": { en: "ω² (omega squared)", ko: "ω² (오메가 제곱)" },
  "stats.F": { en: "F", ko: "F" },
  "stats.p": { en: "p", ko: "p" },
  "stats.rowsSkipped": { en: "Rows skipped", ko: "제외한 행" },
  "stats.skippedReasons": { en: "Skipped, by reason", ko: "제외 이유별 행 수" },
  "stats.skippedCounts": {
    en: "value blank {blank}, value not a number {notANumber}, group blank {blankLabel}, group error {errorLabel}",
    ko: "값이 빈 칸 {blank}, 값이 숫자가 아님 {notANumber}, 그룹이 빈 칸 {blankLabel}, 그룹이 오류 {errorLabel}",
  },
  "stats.note": { en: "Note", ko: "참고" },
} as const satisfies Record<string, MessageText>;

export type FunctionMessageId = keyof typeof FUNCTION_MESSAGES;

/** Text of a custom-function message in the given language. */
export function functionText(id: FunctionMessageId, params: MessageParams = {}, lang: Language = "en"): string {
  return formatFrom(FUNCTION_MESSAGES, id, params, lang);
}
