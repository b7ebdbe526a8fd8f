/**
 * English and Korean texts of the task pane: labels, progress lines and messages. Placeholders
 * are written `{name}`. Column kinds, distances and notes come from the shared catalog.
 */
import type { Language, MessageText } from "./catalog";
import { formatFrom, MessageParams } from "./locale";

export const PANE_MESSAGES = {
  "pane.title": { en: "Rank criteria", ko: "기준 순위 매기기" },
  "pane.intro": {
    en: "Which column splits people into groups that differ most in the target? Pick the target, then rank.",
    ko: "어떤 열로 그룹을 나누어야 대상 값이 그룹끼리 가장 뚜렷하게 갈릴까요? 대상 열을 고른 뒤 순위를 매기세요.",
  },
  "pane.outsideOffice": {
    en: "This page works only inside Excel. Open it from Excel: Home tab > Triplet Criteria > Rank criteria.",
    ko: "이 페이지는 Excel 안에서만 동작합니다. Excel의 홈 탭 > Triplet 기준 평가 > 기준 순위에서 여세요.",
  },
  "pane.loading": { en: "Looking for data around the selection…", ko: "선택 영역 주변의 데이터를 찾는 중…" },
  "pane.data": { en: "Data", ko: "데이터" },
  "pane.dataTable": { en: "Table {table} on sheet {sheet}: {rows} rows, {columns} columns", ko: "{sheet} 시트의 표 {table}: {rows}행, {columns}열" },
  "pane.dataRange": { en: "{sheet}!{address}: {rows} rows, {columns} columns", ko: "{sheet}!{address}: {rows}행, {columns}열" },
  "pane.findData": { en: "Use selection", ko: "선택 영역 사용" },
  "pane.previewNote": { en: "Kinds are judged from the first {rows} rows; the ranking reads every row.", ko: "종류는 처음 {rows}행을 보고 정했습니다. 순위는 모든 행으로 계산합니다." },
  "pane.target": { en: "Target (a column of numbers)", ko: "대상 열(숫자 열)" },
  "pane.criteria": { en: "Criteria to score", ko: "평가할 기준 열" },
  "pane.skipped": { en: "{kind}, skipped", ko: "{kind}, 제외" },
  "pane.isTarget": { en: "target", ko: "대상 열" },
  "pane.options": { en: "Options", ko: "옵션" },
  "pane.distance": { en: "Distance", ko: "거리" },
  "pane.key": { en: "Rank by", ko: "순위 지표" },
  "pane.key.honestNormalizedLoss": { en: "Honest normalized loss", ko: "LOO 정규화 손실" },
  "pane.keyHint": {
    en: "Honest normalized loss is the default because it does not reward columns that cut people into tiny groups.",
    ko: "LOO 정규화 손실(각 행을 자기 그룹에서 빼고 계산한 정규화 손실)이 기본값입니다. 사람을 아주 작은 그룹으로 쪼개는 열을 좋게 평가하지 않기 때문입니다.",
  },
  "pane.key.loss": { en: "Loss (the published method)", ko: "손실(원래 방법)" },
  "pane.key.omega2": { en: "ω² (effect size)", ko: "ω²(효과 크기)" },
  "pane.key.p": { en: "p (ANOVA F test)", ko: "p(ANOVA F 검정)" },
  "pane.bins": { en: "Bins for number columns", ko: "숫자 열의 구간 수" },
  "pane.keepBlanks": { en: "Count blank labels as a group", ko: "빈 값을 하나의 그룹으로 세기" },
  "pane.pairs": { en: "Also score pairs of criteria (such as age band × gender)", ko: "기준 두 개의 조합도 평가(예: 연령대 × 성별)" },
  "pane.rank": { en: "Rank criteria", ko: "기준 순위 매기기" },
  "pane.cancel": { en: "Cancel", ko: "취소" },
  "pane.progress": { en: "Progress", ko: "진행 상황" },
  "pane.reading": { en: "Reading rows: {done} of {total}", ko: "행 읽는 중: {total}행 중 {done}행" },
  "pane.scoring": { en: "Scoring criteria: {done} of {total}", ko: "기준 평가 중: {total}개 중 {done}개" },
  "pane.scoringPairs": { en: "Scoring pairs: {done} of {total}", ko: "기준 조합 평가 중: {total}개 중 {done}개" },
  "pane.writing": { en: "Writing the sheet {sheet}…", ko: "{sheet} 시트를 쓰는 중…" },
  "pane.done": { en: "Wrote the sheet {sheet}. Best criterion: {best}.", ko: "{sheet} 시트를 만들었습니다. 1위 기준: {best}." },
  "pane.doneNone": {
    en: "Wrote the sheet {sheet}, but no criterion could be ranked; the sheet gives the reason for each column.",
    ko: "{sheet} 시트를 만들었지만 순위를 매길 수 있는 기준이 없습니다. 열마다 이유를 시트에 적었습니다.",
  },
  "pane.cancelled": { en: "Cancelled. Nothing was written.", ko: "취소했습니다. 아무것도 쓰지 않았습니다." },
  "pane.ranking": { en: "Ranking sheet", ko: "순위 시트" },
  "pane.rankingOf": { en: "{sheet}: target {target}", ko: "{sheet}: 대상 열 {target}" },
  "pane.refresh": { en: "Refresh", ko: "새로 고침" },
  "pane.refreshed": { en: "Refreshed the sheet {sheet}.", ko: "{sheet} 시트를 새로 계산했습니다." },
  "pane.autoRefresh": { en: "Refresh when the data changes", ko: "데이터가 바뀌면 자동으로 새로 고침" },
  "pane.autoRefreshLarge": {
    en: "The data has {rows} rows, so each automatic refresh re-reads them all; it starts off.",
    ko: "데이터가 {rows}행이라 자동 새로 고침 때마다 모든 행을 다시 읽습니다. 그래서 처음에는 꺼 둡니다.",
  },
  "pane.apply": { en: "Add rank and z-score columns", ko: "순위·z 점수 열 추가" },
  "pane.applyCriterion": { en: "Rank people within", ko: "그룹 기준" },
  "pane.applied": {
    en: "Added live formulas in {address} on {sheet}: rank and z-score of {target} within {criterion}.",
    ko: "{sheet} 시트 {address}에 수식을 넣었습니다: {criterion} 그룹 안에서 {target}의 순위와 z 점수.",
  },
  "pane.rankHeader": { en: "Rank of {target} within {criterion}", ko: "{criterion} 안 {target} 순위" },
  "pane.zHeader": { en: "z of {target} within {criterion}", ko: "{criterion} 안 {target} z 점수" },
  "pane.error.noData": {
    en: "No data was found on the sheet {detail}. Select a cell inside your data, then choose Use selection.",
    ko: "{detail} 시트에서 데이터를 찾지 못했습니다. 데이터 안의 셀을 선택한 뒤 선택 영역 사용을 누르세요.",
  },
  "pane.error.readFailed": {
    en: "Excel returned no cells for {detail}, so nothing was written. Try again; if it repeats, save the workbook and reopen it.",
    ko: "Excel이 {detail}의 셀을 돌려주지 않아 아무것도 쓰지 않았습니다. 다시 시도하고, 계속되면 통합 문서를 저장한 뒤 다시 여세요.",
  },
  "pane.error.readTooLarge": {
    en: "{detail} is too large for Excel to send in one request. Shorten the very long text in that row, or select fewer columns.",
    ko: "너무 커서 Excel이 한 번에 보낼 수 없습니다: {detail}. 그 행의 아주 긴 텍스트를 줄이거나 열을 적게 선택하세요.",
  },
  "pane.error.sourceMissing": {
    en: "The data of this ranking ({detail}) no longer exists. Select the data, then choose Rank criteria again.",
    ko: "이 순위의 원본 데이터({detail})가 더 이상 없습니다. 데이터를 선택한 뒤 기준 순위 매기기를 다시 누르세요.",
  },
  "pane.error.writeFailed": {
    en: "Excel could not write the sheet: {detail}. The partly written sheet was removed and your data is unchanged; try again.",
    ko: "Excel이 시트를 쓰지 못했습니다({detail}). 쓰다 만 시트는 지웠고 데이터는 그대로입니다. 다시 시도하세요.",
  },
  "pane.error.rewriteFailed": {
    en: "Excel could not rewrite the ranking sheet: {detail}. The sheet may be incomplete; choose Refresh again, or delete the sheet and rank again.",
    ko: "Excel이 순위 시트를 다시 쓰지 못했습니다({detail}). 시트가 불완전할 수 있습니다. 새로 고침을 다시 누르거나, 시트를 지우고 순위를 다시 매기세요.",
  },
  "pane.error.noRoomForFormulas": {
    en: "No two empty columns were found in {detail} beside the data. Clear two columns to the right of the data, then try again.",
    ko: "데이터 오른쪽 {detail}에서 빈 열 두 개를 찾지 못했습니다. 데이터 오른쪽의 열 두 개를 비운 뒤 다시 시도하세요.",
  },
  "pane.error.unexpected": {
    en: "The step failed: {detail}. Nothing else was changed; try again, and reopen the pane if it repeats.",
    ko: "작업이 실패했습니다({detail}). 다른 것은 바뀌지 않았습니다. 다시 시도하고, 계속되면 창을 다시 여세요.",
  },
  "pane.error.noTarget": {
    en: "No column holds numbers, so there is no target. Select data with a numeric column, then choose Use selection.",
    ko: "숫자가 든 열이 없어 대상 열을 고를 수 없습니다. 숫자 열이 있는 데이터를 선택한 뒤 선택 영역 사용을 누르세요.",
  },
  "pane.error.nothingToScore": {
    en: "Nothing was written for the target {target}: {reason}. Choose another target column.",
    ko: "대상 열 {target}의 순위 시트를 만들지 않았습니다: {reason}. 다른 대상 열을 고르세요.",
  },
  "pane.error.noCriteria": {
    en: "Tick at least one criterion column other than the target.",
    ko: "대상 열이 아닌 기준 열을 하나 이상 선택하세요.",
  },
  "pane.error.notRankingSheet": {
    en: "The active sheet {sheet} was not made by Rank criteria. Open a ranking sheet, then choose Refresh.",
    ko: "지금 시트는 기준 순위 매기기로 만든 시트가 아닙니다: {sheet}. 순위 시트를 연 뒤 새로 고침을 누르세요.",
  },
} as const satisfies Record<string, MessageText>;

export type PaneMessageId = keyof typeof PANE_MESSAGES;

/** Text of a task pane message in the given language. */
export function paneText(id: PaneMessageId, params: MessageParams = {}, lang: Language = "en"): string {
  return formatFrom(PANE_MESSAGES, id, params, lang);
}
