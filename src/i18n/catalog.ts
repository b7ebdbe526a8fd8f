/**
 * English and Korean texts of the messages shared by every face of the product:
 * the engine's notes, column kinds, distances, ranking keys, the ranking sheet's labels
 * and the command line's errors. Placeholders are written `{name}` and filled by `format`.
 */

export type Language = "en" | "ko";

export interface MessageText {
  readonly en: string;
  readonly ko: string;
}

/** Reasons a measure is undefined or a column was not scored (the engine's `NoteId`s). */
const NOTES = {
  "note.noRows": {
    en: "no rows to use: no row has a number in the target and a label in this column",
    ko: "쓸 수 있는 행이 없음: 대상 값이 숫자이면서 이 열에 값이 있는 행이 없습니다",
  },
  "note.oneGroup": {
    en: "one group: nothing to compare",
    ko: "그룹이 하나뿐이라 비교할 대상이 없음",
  },
  "note.oneRowPerGroup": {
    en: "one row per group: F, p, ε² and ω² are undefined",
    ko: "그룹마다 행이 하나뿐이라 F, p, ε², ω²를 계산할 수 없음",
  },
  "note.noVariation": {
    en: "all target values are equal, so no criterion can be scored",
    ko: "대상 값이 모두 같아서 어떤 기준도 평가할 수 없음",
  },
  "note.uniquePerRow": {
    en: "a different value in every row (like an ID), so it does not group anyone",
    ko: "행마다 값이 달라서(ID처럼) 그룹을 이루지 않음",
  },
  "note.constant": {
    en: "the same value in every row",
    ko: "모든 행의 값이 같음",
  },
  "note.mostlyBlank": {
    en: "mostly blank",
    ko: "대부분 비어 있음",
  },
  "note.perfectSeparation": {
    en: "values are equal within every group: perfect separation, F is infinite",
    ko: "그룹 안의 값이 모두 같아 그룹이 완전히 갈림: F는 무한대",
  },
} as const satisfies Record<string, MessageText>;

/** Kinds of candidate columns (the engine's `ColumnKind`s). */
const KINDS = {
  "kind.categorical": { en: "category", ko: "범주" },
  "kind.numericCategorical": { en: "number codes", ko: "숫자 코드" },
  "kind.numericBinned": { en: "number, in quantile bins", ko: "숫자(분위 구간)" },
  "kind.numericBinnedCount": { en: "number, in {bins} quantile bins", ko: "숫자({bins}개 분위 구간)" },
  "kind.date": { en: "date", ko: "날짜" },
  "kind.uniquePerRow": { en: "unique per row", ko: "행마다 고유" },
  "kind.constant": { en: "constant", ko: "상수" },
  "kind.mostlyBlank": { en: "mostly blank", ko: "대부분 빈 값" },
} as const satisfies Record<string, MessageText>;

const DISTANCES = {
  "distance.euclidean": { en: "euclidean", ko: "유클리드 거리 (euclidean)" },
  "distance.squared": { en: "squared", ko: "제곱 거리 (squared)" },
  "distance.absolute": { en: "absolute", ko: "절댓값 거리 (absolute)" },
} as const satisfies Record<string, MessageText>;

const KEYS = {
  "key.honestNormalizedLoss": { en: "honest normalized loss", ko: "LOO 정규화 손실" },
  "key.loss": { en: "loss", ko: "손실" },
  "key.omega2": { en: "ω²", ko: "ω²" },
  "key.p": { en: "p", ko: "p" },
} as const satisfies Record<string, MessageText>;

/** Labels of the ranking sheet that the task pane and the command line write. */
const SHEET = {
  "sheet.title": { en: "Criteria ranked for {target}", ko: "기준 순위: {target}" },
  "sheet.source": { en: "Source", ko: "원본" },
  "sheet.sourceWithSheet": { en: "{source}, sheet {sheet}", ko: "{source}, 시트 {sheet}" },
  "sheet.target": { en: "Target", ko: "대상 열" },
  "sheet.rowsUsed": { en: "Rows used", ko: "사용한 행" },
  "sheet.rowsUsedDetail": { en: "of {rows} data rows", ko: "전체 데이터 {rows}행 중" },
  "sheet.rowsSkipped": { en: "Rows skipped", ko: "제외한 행" },
  "sheet.rowsSkippedDetail": {
    en: "target blank: {blank}, not a number: {notANumber}, error: {error}",
    ko: "대상 값이 빈 칸 {blank}행, 숫자가 아님 {notANumber}행, 오류 {error}행",
  },
  "sheet.distance": { en: "Distance", ko: "거리" },
  "sheet.key": { en: "Ranked by", ko: "순위 지표" },
  "sheet.bins": { en: "Bins for number columns", ko: "숫자 열의 구간 수" },
  "sheet.date": { en: "Date", ko: "작성 일시" },
  "sheet.scanNote": { en: "Note", ko: "참고" },
  "sheet.rank": { en: "Rank", ko: "순위" },
  "sheet.criterion": { en: "Criterion", ko: "기준" },
  "sheet.kind": { en: "Kind", ko: "종류" },
  "sheet.groups": { en: "Groups", ko: "그룹 수" },
  "sheet.n": { en: "n", ko: "n" },
  "sheet.smallestGroup": { en: "Smallest group", ko: "가장 작은 그룹" },
  "sheet.loss": { en: "Loss", ko: "손실" },
  "sheet.normalizedLoss": { en: "Normalized loss", ko: "정규화 손실" },
  "sheet.honestLoss": { en: "Honest loss", ko: "LOO 손실" },
  "sheet.honestNormalizedLoss": { en: "Honest normalized loss", ko: "LOO 정규화 손실" },
  "sheet.eta2": { en: "η²", ko: "η²" },
  "sheet.epsilon2": { en: "ε²", ko: "ε²" },
  "sheet.omega2": { en: "ω²", ko: "ω²" },
  "sheet.F": { en: "F", ko: "F" },
  "sheet.p": { en: "p", ko: "p" },
  "sheet.pHolm": { en: "p (Holm)", ko: "p (Holm)" },
  "sheet.note": { en: "Note", ko: "비고" },
  "sheet.rowsLeftOut": {
    en: "rows left out: {blank} with a blank label, {error} with an error label",
    ko: "그룹 값이 빈 행 {blank}개, 오류인 행 {error}개 제외",
  },
  "sheet.skippedTitle": { en: "Columns not scored", ko: "평가하지 않은 열" },
  "sheet.column": { en: "Column", ko: "열" },
  "sheet.reason": { en: "Reason", ko: "이유" },
  "sheet.groupsTitle": { en: "Groups of the top criterion, {criterion}", ko: "1위 기준 {criterion}의 그룹별 요약" },
  "sheet.group": { en: "Group", ko: "그룹" },
  "sheet.mean": { en: "Mean", ko: "평균" },
  "sheet.sd": { en: "SD", ko: "표준편차" },
  "sheet.min": { en: "Min", ko: "최솟값" },
  "sheet.max": { en: "Max", ko: "최댓값" },
  "sheet.blankGroup": { en: "(blank)", ko: "(빈 값)" },
  "sheet.infinity": { en: "∞", ko: "∞" },
  "sheet.undefined": { en: "undefined", ko: "정의되지 않음" },
  "sheet.noScored": { en: "No criterion could be scored.", ko: "평가할 수 있는 기준이 없습니다." },
  "sheet.chartTitle": { en: "{key} by criterion", ko: "기준별 {key}" },
  "sheet.namePrefix": { en: "Ranking", ko: "기준 순위" },
} as const satisfies Record<string, MessageText>;

/** Errors and progress lines of the command line. */
const CLI = {
  "cli.fileNotFound": {
    en: "Cannot read {file}: the file does not exist. Check the path and try again.",
    ko: "{file} 파일을 읽을 수 없습니다. 파일이 없습니다. 경로를 확인하고 다시 실행하세요.",
  },
  "cli.fileUnreadable": {
    en: "Cannot read {file}: {detail}. Check that it is a valid .xlsx or .csv file.",
    ko: "{file} 파일을 읽을 수 없습니다({detail}). 올바른 .xlsx 또는 .csv 파일인지 확인하세요.",
  },
  "cli.notXlsx": {
    en: "Cannot read {file}: it is not a valid .xlsx workbook (the file is damaged or is not a zip archive). Open it in Excel and save it again as .xlsx.",
    ko: "{file} 파일을 읽을 수 없습니다. 올바른 .xlsx 통합 문서가 아닙니다(파일이 손상되었거나 zip 형식이 아님). Excel에서 열어 .xlsx로 다시 저장하세요.",
  },
  "cli.compoundFile": {
    en: "Cannot read {file}: it is an old .xls workbook or a password-protected one. Open it in Excel and save it as .xlsx without a password.",
    ko: "{file} 파일을 읽을 수 없습니다. 예전 .xls 형식이거나 암호가 걸린 통합 문서입니다. Excel에서 열어 암호 없이 .xlsx로 저장하세요.",
  },
  "cli.unsupportedType": {
    en: "Cannot read {file}: only .xlsx and .csv files are supported. Save the data as one of them and try again.",
    ko: "{file} 파일을 읽을 수 없습니다. .xlsx와 .csv 파일만 지원합니다. 둘 중 하나로 저장한 뒤 다시 실행하세요.",
  },
  "cli.invalidEncoding": {
    en: "Cannot read {file}: it is neither valid UTF-8 nor CP949 (EUC-KR) text. Save it as UTF-8, or name its encoding with --encoding.",
    ko: "{file} 파일을 읽을 수 없습니다. UTF-8도 CP949(EUC-KR)도 아닌 글자가 있습니다. UTF-8로 저장하거나 --encoding으로 인코딩을 지정하세요.",
  },
  "cli.notInEncoding": {
    en: "Cannot read {file} as {encoding}: it contains bytes that are not valid {encoding}. Try another --encoding value (utf-8 or cp949).",
    ko: "{file} 파일을 {encoding}(으)로 읽을 수 없습니다. {encoding}에 맞지 않는 바이트가 있습니다. --encoding에 다른 값(utf-8 또는 cp949)을 지정해 보세요.",
  },
  "cli.unknownEncoding": {
    en: "Unknown encoding {encoding}. Use --encoding utf-8 or --encoding cp949.",
    ko: "알 수 없는 인코딩 {encoding}입니다. --encoding utf-8 또는 --encoding cp949를 쓰세요.",
  },
  "cli.sheetNotFound": {
    en: "Sheet {sheet} was not found in {file}. Its sheets are: {sheets}.",
    ko: "{file}에 {sheet} 시트가 없습니다. 있는 시트: {sheets}.",
  },
  "cli.noSheets": {
    en: "{file} contains no worksheet. Open it in Excel and check that it has data.",
    ko: "{file}에 워크시트가 없습니다. Excel에서 열어 데이터가 있는지 확인하세요.",
  },
  "cli.noData": {
    en: "The sheet {sheet} in {file} is empty. Choose a sheet with data using --sheet.",
    ko: "{file}의 {sheet} 시트가 비어 있습니다. --sheet로 데이터가 있는 시트를 고르세요.",
  },
  "cli.unknownColumn": {
    en: "Column {column} was not found. The columns are: {columns}.",
    ko: "{column} 열을 찾을 수 없습니다. 있는 열: {columns}.",
  },
  "cli.targetNotNumeric": {
    en: "The target column {column} contains no numbers ({text} text cells, {blank} blank). Choose a numeric column with --target.",
    ko: "대상 열 {column}에 숫자가 없습니다(텍스트 {text}칸, 빈 칸 {blank}칸). --target으로 숫자 열을 고르세요.",
  },
  "cli.targetAsCriterion": {
    en: "The target column {column} cannot also be a criterion. Remove it from --criteria.",
    ko: "대상 열 {column}은(는) 기준으로 함께 쓸 수 없습니다. --criteria에서 빼세요.",
  },
  "cli.noCriteria": {
    en: "There is no column to use as a criterion besides the target. Add grouping columns to the sheet or name them with --criteria.",
    ko: "대상 열 말고는 기준으로 쓸 열이 없습니다. 그룹을 나눌 열을 추가하거나 --criteria로 지정하세요.",
  },
  "cli.outputExists": {
    en: "The output file {file} already exists. Add --force to replace it, or choose another name with --out.",
    ko: "출력 파일 {file}이(가) 이미 있습니다. 덮어쓰려면 --force를 붙이고, 아니면 --out으로 다른 이름을 지정하세요.",
  },
  "cli.outputIsInput": {
    en: "The output file {file} is the input file. Choose another name with --out; the input is never changed.",
    ko: "출력 파일 {file}이(가) 입력 파일과 같습니다. 입력 파일은 바꾸지 않으니 --out으로 다른 이름을 지정하세요.",
  },
  "cli.outputNotXlsx": {
    en: "The output file {file} must end in .xlsx. Choose a name like result.xlsx with --out.",
    ko: "출력 파일 {file}은(는) .xlsx로 끝나야 합니다. --out으로 result.xlsx 같은 이름을 지정하세요.",
  },
  "cli.writeFailed": {
    en: "Cannot write {file}: {detail}. Check that the folder exists and is writable; nothing was written.",
    ko: "{file} 파일을 쓸 수 없습니다({detail}). 폴더가 있고 쓰기 권한이 있는지 확인하세요. 아무것도 쓰지 않았습니다.",
  },
  "cli.invalidOption": {
    en: "Invalid value {value} for {option}. Allowed: {allowed}.",
    ko: "{option}의 값 {value}이(가) 올바르지 않습니다. 쓸 수 있는 값: {allowed}.",
  },
  "cli.invalidBins": {
    en: "Invalid value {value} for --bins. Give a whole number from 2 to 100.",
    ko: "--bins의 값 {value}이(가) 올바르지 않습니다. 2에서 100 사이의 정수를 지정하세요.",
  },
  "cli.sizeMismatch": {
    en: "The columns {target} and {by} have different lengths. Check the sheet.",
    ko: "{target} 열과 {by} 열의 길이가 다릅니다. 시트를 확인하세요.",
  },
  "cli.reading": { en: "Reading {file}", ko: "{file} 읽는 중" },
  "cli.scanning": { en: "Scoring criteria: {total}", ko: "기준 {total}개 평가 중" },
  "cli.wrote": { en: "Wrote {file} (sheet {sheet})", ko: "{file} 파일을 저장했습니다(시트: {sheet})" },
  "cli.skippedRows": {
    en: "{count} rows skipped: the target is blank in {blank}, not a number in {notANumber}, an error in {error}.",
    ko: "{count}행 제외: 대상 값이 빈 칸 {blank}행, 숫자가 아님 {notANumber}행, 오류 {error}행.",
  },
} as const satisfies Record<string, MessageText>;

export const CATALOG = { ...NOTES, ...KINDS, ...DISTANCES, ...KEYS, ...SHEET, ...CLI } as const;

export type MessageId = keyof typeof CATALOG;
