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
  "note.oneRow": {
    en: "only one row to use: nothing to compare",
    ko: "쓸 수 있는 행이 하나뿐이라 비교할 대상이 없음",
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
  "sheet.skippedBlank": { en: "target blank: {count}", ko: "대상 값이 빈 칸: {count}행" },
  "sheet.skippedNotANumber": { en: "not a number: {count}", ko: "숫자가 아님: {count}행" },
  "sheet.skippedError": { en: "error: {count}", ko: "오류: {count}행" },
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
  "sheet.rowsLeftOut": { en: "rows left out: {parts}", ko: "제외한 행: {parts}" },
  "sheet.leftOutBlank": { en: "{count} with a blank label", ko: "그룹 값이 빈 칸 {count}행" },
  "sheet.leftOutError": { en: "{count} with an error label", ko: "그룹 값이 오류 {count}행" },
  "sheet.howToRead": {
    en: "Lower loss is better. Honest normalized loss: 0 = the criterion explains nothing, −1 = groups separate perfectly, above 0 = worse than no grouping.",
    ko: "손실은 낮을수록 좋습니다. LOO 정규화 손실(각 행을 자기 그룹에서 빼고 계산한 정규화 손실): 0 = 기준이 아무것도 설명하지 못함, −1 = 그룹이 완전히 갈림, 0보다 큼 = 그룹을 나누지 않은 것보다 나쁨.",
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

/** Errors and progress lines of the command line. Names of columns and sheets are quoted. */
const CLI = {
  "cli.fileNotFound": {
    en: "Cannot read {file}: the file does not exist. Check the path and try again.",
    ko: "파일이 없습니다: {file}. 경로를 확인하세요.",
  },
  "cli.isFolder": {
    en: "Cannot read {file}: it is a folder, not a file. Give the path of an .xlsx or .csv file.",
    ko: "파일이 아니라 폴더입니다: {file}. .xlsx 또는 .csv 파일의 경로를 지정하세요.",
  },
  "cli.fileUnreadable": {
    en: "Cannot read {file}: {detail}. Check that it is a valid .xlsx or .csv file.",
    ko: "파일을 읽을 수 없습니다: {file} ({detail}). 올바른 .xlsx 또는 .csv 파일인지 확인하세요.",
  },
  "cli.notXlsx": {
    en: "Cannot read {file}: it is not a valid .xlsx workbook (the file is damaged or is not a zip archive). Open it in Excel and save it again as .xlsx.",
    ko: "파일을 읽을 수 없습니다: {file}. 올바른 .xlsx 통합 문서가 아닙니다(파일이 손상되었거나 zip 형식이 아님). Excel에서 열어 .xlsx로 다시 저장하세요.",
  },
  "cli.compoundFile": {
    en: "Cannot read {file}: it is an old .xls workbook or a password-protected one. Open it in Excel and save it as .xlsx without a password.",
    ko: "파일을 읽을 수 없습니다: {file}. 예전 .xls 형식이거나 암호가 걸린 통합 문서입니다. Excel에서 열어 암호 없이 .xlsx로 저장하세요.",
  },
  "cli.unsupportedType": {
    en: "Cannot read {file}: only .xlsx and .csv files are supported. Save the data as one of them and try again.",
    ko: "파일을 읽을 수 없습니다: {file}. .xlsx와 .csv 파일만 지원합니다. 둘 중 하나로 저장한 뒤 다시 실행하세요.",
  },
  "cli.invalidEncoding": {
    en: "Cannot read {file}: it is neither valid UTF-8 nor CP949 (EUC-KR) text. Save it as UTF-8, or name its encoding with --encoding.",
    ko: "파일을 읽을 수 없습니다: {file}. UTF-8도 CP949(EUC-KR)도 아닌 글자가 있습니다. UTF-8로 저장하거나 --encoding으로 인코딩을 지정하세요.",
  },
  "cli.notInEncoding": {
    en: "Cannot read {file} as {encoding}: it contains bytes that are not valid {encoding}. Try another --encoding value (utf-8 or cp949).",
    ko: "파일을 {encoding} 인코딩으로 읽을 수 없습니다: {file}. {encoding}에 맞지 않는 바이트가 있습니다. --encoding에 다른 값(utf-8 또는 cp949)을 지정해 보세요.",
  },
  "cli.unknownEncoding": {
    en: "Unknown encoding {encoding}. Use --encoding utf-8 or --encoding cp949.",
    ko: "알 수 없는 인코딩입니다: {encoding}. --encoding utf-8 또는 --encoding cp949를 쓰세요.",
  },
  "cli.csvQuoteNotClosed": {
    en: "The CSV file {file} is not valid at line {line}: a quoted field is never closed. Add the closing quote (\") and try again.",
    ko: "CSV 파일이 올바르지 않습니다: {file}, {line}번째 줄. 따옴표로 시작한 필드가 닫히지 않았습니다. 닫는 따옴표(\")를 넣고 다시 실행하세요.",
  },
  "cli.csvInvalidQuote": {
    en: "The CSV file {file} is not valid at line {line}: a quote inside a quoted field is not doubled, or text follows a closing quote. Write a quote inside a field as two quotes (\"\").",
    ko: "CSV 파일이 올바르지 않습니다: {file}, {line}번째 줄. 따옴표로 감싼 필드 안의 따옴표가 두 번 쓰이지 않았거나 닫는 따옴표 뒤에 글자가 있습니다. 필드 안의 따옴표는 두 번(\"\") 쓰세요.",
  },
  "cli.csvInvalid": {
    en: "The CSV file {file} is not valid at line {line}: {detail}. Fix the file and try again.",
    ko: "CSV 파일이 올바르지 않습니다: {file}, {line}번째 줄({detail}). 파일을 고친 뒤 다시 실행하세요.",
  },
  "cli.csvEmpty": {
    en: "The file {file} is empty: it has no header row and no data. Save the data with a header row of column names.",
    ko: "파일이 비어 있습니다: {file}. 머리글 행도 데이터도 없습니다. 첫 행에 열 이름을 넣어 데이터와 함께 저장하세요.",
  },
  "cli.csvNoRows": {
    en: "The file {file} has a header row but no data rows. Add rows of data below the header.",
    ko: "머리글 행만 있고 데이터 행이 없습니다: {file}. 머리글 아래에 데이터 행을 추가하세요.",
  },
  "cli.sheetNotFound": {
    en: "Sheet \"{sheet}\" was not found in {file}. Its sheets are: {sheets}.",
    ko: "{file}에 \"{sheet}\" 시트가 없습니다. 있는 시트: {sheets}.",
  },
  "cli.noSheets": {
    en: "{file} contains no worksheet. Open it in Excel and check that it has data.",
    ko: "워크시트가 없습니다: {file}. Excel에서 열어 데이터가 있는지 확인하세요.",
  },
  "cli.noData": {
    en: "The sheet \"{sheet}\" in {file} is empty. Choose a sheet with data using --sheet.",
    ko: "{file}의 \"{sheet}\" 시트가 비어 있습니다. --sheet로 데이터가 있는 시트를 고르세요.",
  },
  "cli.sheetNoRows": {
    en: "The sheet \"{sheet}\" in {file} has a header row but no data rows. Add data below the header, or choose another sheet with --sheet.",
    ko: "{file}의 \"{sheet}\" 시트에 머리글 행만 있고 데이터 행이 없습니다. 머리글 아래에 데이터를 추가하거나 --sheet로 다른 시트를 고르세요.",
  },
  "cli.unknownColumn": {
    en: "Column \"{column}\" was not found. The columns are: {columns}.",
    ko: "열을 찾을 수 없습니다: \"{column}\". 있는 열: {columns}.",
  },
  "cli.targetNotNumeric": {
    en: "The target column \"{column}\" contains no numbers ({text} text cells, {blank} blank). Choose a numeric column with --target.",
    ko: "대상 열에 숫자가 없습니다: \"{column}\"(텍스트 {text}칸, 빈 칸 {blank}칸). --target으로 숫자 열을 고르세요.",
  },
  "cli.targetNoVariation": {
    en: "All values of the target column \"{column}\" are equal ({value}), so no criterion can be scored and nothing was written. Choose another target column with --target.",
    ko: "대상 열의 값이 모두 같습니다: \"{column}\"(모두 {value}). 평가할 수 있는 기준이 없어 아무것도 쓰지 않았습니다. --target으로 다른 대상 열을 고르세요.",
  },
  "cli.targetOneRow": {
    en: "The target column \"{column}\" has a number in only one row, so there is nothing to compare and nothing was written. Add more rows, or choose another target column with --target.",
    ko: "대상 열에서 숫자가 있는 행이 하나뿐입니다: \"{column}\". 비교할 대상이 없어 아무것도 쓰지 않았습니다. 행을 더 추가하거나 --target으로 다른 대상 열을 고르세요.",
  },
  "cli.targetAsCriterion": {
    en: "The target column \"{column}\" cannot also be a criterion. Remove it from --criteria.",
    ko: "대상 열은 기준으로 함께 쓸 수 없습니다: \"{column}\". --criteria에서 빼세요.",
  },
  "cli.noCriteria": {
    en: "There is no column to use as a criterion besides the target. Add grouping columns to the sheet or name them with --criteria.",
    ko: "대상 열 말고는 기준으로 쓸 열이 없습니다. 그룹을 나눌 열을 추가하거나 --criteria로 지정하세요.",
  },
  "cli.outputExists": {
    en: "The output file {file} already exists. Add --force to replace it, or choose another name with --out.",
    ko: "출력 파일이 이미 있습니다: {file}. 덮어쓰려면 --force를 붙이거나 --out으로 다른 이름을 지정하세요.",
  },
  "cli.outputIsInput": {
    en: "The output file {file} is the input file. Choose another name with --out; the input is never changed.",
    ko: "출력 파일이 입력 파일과 같습니다: {file}. 입력 파일은 바꾸지 않으니 --out으로 다른 이름을 지정하세요.",
  },
  "cli.outputNotXlsx": {
    en: "The output file {file} must end in .xlsx. Choose a name like result.xlsx with --out.",
    ko: "출력 파일 이름은 .xlsx로 끝나야 합니다: {file}. --out으로 result.xlsx 같은 이름을 지정하세요.",
  },
  "cli.outputFolderBlocked": {
    en: "Cannot write {file}: {blocker} is a file, so the output folder cannot be created. Choose another path with --out.",
    ko: "출력 파일을 쓸 수 없습니다: {file}. 폴더가 있어야 할 자리에 파일이 있습니다: {blocker}. --out으로 다른 경로를 지정하세요.",
  },
  "cli.writeFailed": {
    en: "Cannot write {file}: {detail}. Check that the folder exists and is writable; nothing was written.",
    ko: "파일을 쓸 수 없습니다: {file} ({detail}). 폴더가 있고 쓰기 권한이 있는지 확인하세요. 아무것도 쓰지 않았습니다.",
  },
  "cli.invalidOption": {
    en: "Invalid value {value} for {option}. Allowed: {allowed}.",
    ko: "{option} 값이 올바르지 않습니다: {value}. 쓸 수 있는 값: {allowed}.",
  },
  "cli.invalidBins": {
    en: "Invalid value {value} for --bins. Give a whole number from 2 to 100.",
    ko: "--bins 값이 올바르지 않습니다: {value}. 2에서 100 사이의 정수를 지정하세요.",
  },
  "cli.sizeMismatch": {
    en: "The columns \"{target}\" and \"{by}\" have different lengths. Check the sheet.",
    ko: "두 열의 길이가 다릅니다: \"{target}\", \"{by}\". 시트를 확인하세요.",
  },
  "cli.reading": { en: "Reading {file}", ko: "읽는 중: {file}" },
  "cli.scanning": { en: "Scoring criteria ({total})", ko: "기준 {total}개 평가 중" },
  "cli.wrote": { en: "Wrote {file} (sheet \"{sheet}\")", ko: "저장했습니다: {file} (시트 \"{sheet}\")" },
  "cli.skippedRows": { en: "{rows} skipped: {reasons}.", ko: "{rows} 제외: {reasons}." },
  "cli.reasonTargetBlank": { en: "the target is blank in {rows}", ko: "대상 값이 빈 칸 {rows}" },
  "cli.reasonTargetNotANumber": { en: "the target is not a number in {rows}", ko: "대상 값이 숫자가 아님 {rows}" },
  "cli.reasonTargetError": { en: "the target is an error in {rows}", ko: "대상 값이 오류 {rows}" },
  "cli.reasonLabelBlank": { en: "the group label is blank in {rows}", ko: "그룹 값이 빈 칸 {rows}" },
  "cli.reasonLabelError": { en: "the group label is an error in {rows}", ko: "그룹 값이 오류 {rows}" },
  "cli.rowsOne": { en: "{count} row", ko: "{count}행" },
  "cli.rowsMany": { en: "{count} rows", ko: "{count}행" },
} as const satisfies Record<string, MessageText>;

export const CATALOG = { ...NOTES, ...KINDS, ...DISTANCES, ...KEYS, ...SHEET, ...CLI } as const;

export type MessageId = keyof typeof CATALOG;
