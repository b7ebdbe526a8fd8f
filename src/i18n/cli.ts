import type { MessageText } from "./catalog";

/** Help texts of the `triplet-criteria` command line, in English and Korean. */
export const CLI_HELP = {
  "help.program": {
    en: "Rank the columns of a sheet as grouping criteria for a numeric target, by triplet loss and one-way ANOVA.",
    ko: "숫자 대상 열을 가장 잘 나누는 그룹 기준을 triplet loss와 일원 분산분석(ANOVA)으로 찾아 순위를 매깁니다.",
  },
  "help.rank": {
    en: "Score every criterion column, print the ranking and write a copy of the workbook with a ranking sheet.",
    ko: "기준이 될 열을 모두 평가해 순위를 출력하고, 순위 시트를 더한 통합 문서 사본을 저장합니다.",
  },
  "help.loss": {
    en: "Print the triplet loss and ANOVA measures of one criterion.",
    ko: "기준 하나의 triplet loss와 ANOVA 지표를 출력합니다.",
  },
  "help.rankWithin": {
    en: "Rank each row's target value within its group, as RANK.EQ or RANK.AVG would.",
    ko: "같은 그룹 안에서 각 행의 대상 값에 순위를 매깁니다(RANK.EQ 또는 RANK.AVG 방식).",
  },
  "help.file": { en: "the .xlsx or .csv file to read", ko: "읽을 .xlsx 또는 .csv 파일" },
  "help.target": { en: "the numeric column to explain", ko: "설명하려는 숫자 열" },
  "help.by": { en: "the column whose values are the groups", ko: "그룹을 나누는 열" },
  "help.sheet": { en: "worksheet to read (default: the first sheet)", ko: "읽을 워크시트(기본값: 첫 번째 시트)" },
  "help.criteria": {
    en: "comma-separated columns to score (default: every other column)",
    ko: "평가할 열을 쉼표로 구분해 지정(기본값: 대상 열을 뺀 모든 열)",
  },
  "help.distance": {
    en: "distance of the triplet loss: euclidean, squared or absolute (default: euclidean)",
    ko: "triplet loss의 거리: euclidean, squared, absolute 중 하나(기본값: euclidean)",
  },
  "help.bins": {
    en: "quantile bins for number columns with many values, 2 to 100 (default: 4)",
    ko: "값이 많은 숫자 열을 나눌 분위 구간 수, 2~100(기본값: 4)",
  },
  "help.out": {
    en: "the .xlsx file to write (default: <input>-ranked.xlsx beside the input)",
    ko: "저장할 .xlsx 파일(기본값: 입력 파일 옆의 <입력 이름>-ranked.xlsx)",
  },
  "help.force": { en: "replace the output file if it exists", ko: "출력 파일이 있으면 덮어쓰기" },
  "help.json": { en: "print one JSON document instead of a table", ko: "표 대신 JSON 문서 하나를 출력" },
  "help.lang": {
    en: "language of labels and messages: en or ko (default: from LC_ALL, LANG or the system)",
    ko: "레이블과 메시지의 언어: en 또는 ko(기본값: LC_ALL, LANG 또는 시스템 설정)",
  },
  "help.encoding": {
    en: "encoding of a .csv file: utf-8 or cp949 (default: detected)",
    ko: ".csv 파일의 인코딩: utf-8 또는 cp949(기본값: 자동 감지)",
  },
  "help.order": {
    en: "0 ranks the largest value 1, 1 ranks the smallest value 1, as in RANK.EQ (default: 0)",
    ko: "0이면 가장 큰 값이 1위, 1이면 가장 작은 값이 1위, RANK.EQ와 같음(기본값: 0)",
  },
  "help.ties": {
    en: "ties: min shares the best rank (RANK.EQ), average the mean rank (RANK.AVG) (default: min)",
    ko: "동점이면 min은 가장 높은 순위를 함께 받고(RANK.EQ), average는 평균 순위를 받습니다(RANK.AVG). 기본값: min",
  },
  "help.help": { en: "display help for the command", ko: "명령의 도움말 보기" },
  "help.helpCommand": { en: "display help for a command", ko: "명령의 도움말 보기" },
  "help.row": { en: "Row", ko: "행" },
  "help.value": { en: "Value", ko: "값" },
  "help.measure": { en: "Measure", ko: "지표" },
  "help.unexpected": {
    en: "Unexpected error: {detail}. Please report it with the command you ran.",
    ko: "예상하지 못한 오류: {detail}. 실행한 명령과 함께 알려 주세요.",
  },
  "usage.missingOption": { en: "The option {option} is required.", ko: "필수 옵션이 빠졌습니다: {option}." },
  "usage.optionMissingValue": { en: "The option {option} needs a value.", ko: "옵션에 값이 필요합니다: {option}." },
  "usage.missingArgument": { en: "The argument {argument} is missing.", ko: "인수가 빠졌습니다: {argument}." },
  "usage.unknownOption": { en: "Unknown option {option}.", ko: "알 수 없는 옵션입니다: {option}." },
  "usage.unknownCommand": {
    en: "Unknown command {command}. Use rank, loss or rank-within.",
    ko: "알 수 없는 명령입니다: {command}. rank, loss, rank-within 중 하나를 쓰세요.",
  },
  "usage.excessArguments": {
    en: "Too many arguments: give one file. Put names with spaces in quotes.",
    ko: "인수가 너무 많습니다. 파일은 하나만 지정하고, 공백이 있는 이름은 따옴표로 감싸세요.",
  },
  "help.usage": { en: "{detail} Run {command} --help for usage.", ko: "{detail} 사용법은 {command} --help로 확인하세요." },
} as const satisfies Record<string, MessageText>;

export type CliHelpId = keyof typeof CLI_HELP;
