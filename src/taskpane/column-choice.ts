/**
 * The data's columns as the pane offers them: each column's kind, whether it can be the target,
 * and whether it is ticked as a criterion at first.
 */
import { classifyColumn, type ColumnKind } from "../engine";
import type { SheetColumn } from "../sheet";

/** Kinds that cannot group anyone usefully, so they start unticked. */
export const SKIPPED_KINDS: ReadonlySet<ColumnKind> = new Set(["uniquePerRow", "constant", "mostlyBlank"]);

export interface ColumnChoice {
  name: string;
  /** 0-based column inside the data region. */
  index: number;
  kind: ColumnKind;
  /** At least half of the column's filled cells are numbers, so it can be the target. */
  numeric: boolean;
  checked: boolean;
}

export function describeColumn(column: SheetColumn): ColumnChoice {
  const classification = classifyColumn(column.cells);
  let numbers = 0;
  let filled = 0;
  for (const cell of column.cells) {
    if (cell === null) continue;
    filled++;
    if (typeof cell === "number") numbers++;
  }
  return {
    name: column.name,
    index: column.index,
    kind: classification.kind,
    numeric: numbers > 0 && numbers * 2 >= filled && classification.kind !== "date",
    checked: !SKIPPED_KINDS.has(classification.kind),
  };
}
