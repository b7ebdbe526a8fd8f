/**
 * Apply: adds live RANK_WITHIN and ZSCORE_WITHIN columns for one ranked criterion beside the
 * ranking's source data, so the people's ranks follow later edits without a refresh.
 */
import { readTable } from "../sheet";
import { resolveColumn } from "./analysis";
import type { RankingRecord, RecordedColumn } from "./ranking-record";
import type { PaneContext, PaneMessage } from "./pane-state";

/** Writes the two formula columns and returns the success message naming their sheet and header cell. */
export async function applyFormulas(context: PaneContext, ranking: RankingRecord, criterion: RecordedColumn): Promise<PaneMessage> {
  const { port, store } = context;
  const source = await port.locate(ranking.source);
  // The user may have inserted or moved columns since the ranking: find both by their headers.
  const firstRows = await port.readBlock(source, 0);
  const columnNames = readTable(firstRows.rows, { firstColumn: source.left, hasHeader: ranking.headerRow !== null }).columns.map((column) => column.name);
  const valueColumn = resolveColumn(columnNames, ranking.target);
  const groupColumn = resolveColumn(columnNames, criterion);
  const groups = criterion.kind === "numericBinned" ? `TRIPLET.GROUP_BINS({groups},${ranking.options.bins})` : "{groups}";
  const names = { target: ranking.target.name, criterion: criterion.name };
  const placement = await port.writeFormulaColumns({
    region: source,
    headerRow: ranking.headerRow,
    valueColumn,
    groupColumn,
    columns: [
      { header: store.text("pane.rankHeader", names), formula: `=TRIPLET.RANK_WITHIN({values},${groups})` },
      { header: store.text("pane.zHeader", names), formula: `=TRIPLET.ZSCORE_WITHIN({values},${groups})` },
    ],
  });
  const text = store.text("pane.applied", { ...names, address: placement.headerAddress, sheet: placement.sheetName });
  return { kind: "success", text };
}
