/**
 * The state of a fake Excel workbook: sheets of cells, tables, charts, data bars, settings
 * and change handlers. `fake-excel-api.ts` exposes it through Office.js-shaped proxy objects
 * that follow Office.js rules; tests arrange data and act as the user through this class.
 */

export type FakeValue = number | string | boolean | { readonly error: string };

export interface StoredCell {
  value: FakeValue;
  formula?: string;
  numberFormat?: string;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** An error shaped like OfficeExtension.Error: `code` and `debugInfo` as Office.js sets them. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

export interface FakeChart {
  type: string;
  sourceAddress: string;
  seriesBy: string;
  title: string;
  /** Address of the category (x axis) labels. */
  categoryAddress: string;
  reversed: boolean;
}

export interface FakeTable {
  id: string;
  name: string;
  box: Box;
  style?: string;
}

export interface ChangeEvent {
  type: "WorksheetChanged";
  changeType: "RangeEdited";
  source: "Local";
  worksheetId: string;
  address: string;
}

export type ChangeHandler = (event: ChangeEvent) => Promise<unknown> | void;

export type ActivatedHandler = (event: { type: "WorksheetActivated"; worksheetId: string }) => Promise<unknown> | void;

let nextId = 1;

export class FakeSheet {
  readonly id = `{sheet-${nextId++}}`;
  readonly cells = new Map<number, StoredCell>();
  readonly tables: FakeTable[] = [];
  readonly charts: FakeChart[] = [];
  readonly dataBars: string[] = [];
  readonly boldCells = new Set<number>();
  readonly changeHandlers = new Set<ChangeHandler>();

  constructor(public name: string) {}

  static key(row: number, column: number): number {
    return row * MAX_COLUMNS + column;
  }

  cell(row: number, column: number): StoredCell | undefined {
    return this.cells.get(FakeSheet.key(row, column));
  }

  isEmpty(row: number, column: number): boolean {
    const cell = this.cell(row, column);
    return cell === undefined || (cell.value === "" && cell.formula === undefined);
  }

  setValue(row: number, column: number, value: FakeValue | null, numberFormat?: string): void {
    const key = FakeSheet.key(row, column);
    const format = numberFormat ?? this.cells.get(key)?.numberFormat;
    if (value === null || value === "") {
      if (format && format !== "General") this.cells.set(key, { value: "", numberFormat: format });
      else this.cells.delete(key);
      return;
    }
    this.cells.set(key, { value, numberFormat: format });
  }

  /** Bounding box of the non-empty cells, or `null` for an empty sheet. */
  usedBox(): Box | null {
    let box: Box | null = null;
    for (const [key, cell] of this.cells) {
      if (cell.value === "" && cell.formula === undefined) continue;
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      if (!box) box = { top: row, left: column, bottom: row, right: column };
      else {
        box.top = Math.min(box.top, row);
        box.bottom = Math.max(box.bottom, row);
        box.left = Math.min(box.left, column);
        box.right = Math.max(box.right, column);
      }
    }
    return box;
  }

  /** Excel's current region (Ctrl+*): the box grown until every neighbouring row and column is empty. */
  surroundingRegion(start: Box): Box {
    const box = { ...start };
    for (let grown = true; grown; ) {
      grown = false;
      const filled = (r: number, c: number): boolean => !this.isEmpty(r, c);
      // Diagonal neighbours count too, so rows and columns are checked one cell beyond the box.
      const rowFilled = (r: number): boolean => {
        for (let c = Math.max(0, box.left - 1); c <= Math.min(MAX_COLUMNS - 1, box.right + 1); c++) if (filled(r, c)) return true;
        return false;
      };
      const columnFilled = (c: number): boolean => {
        for (let r = Math.max(0, box.top - 1); r <= Math.min(MAX_ROWS - 1, box.bottom + 1); r++) if (filled(r, c)) return true;
        return false;
      };
      // Grow a whole run at a time, so a tall region costs one pass per side, not one per row.
      while (box.top > 0 && rowFilled(box.top - 1)) (box.top -= 1), (grown = true);
      while (box.bottom < MAX_ROWS - 1 && rowFilled(box.bottom + 1)) (box.bottom += 1), (grown = true);
      while (box.left > 0 && columnFilled(box.left - 1)) (box.left -= 1), (grown = true);
      while (box.right < MAX_COLUMNS - 1 && columnFilled(box.right + 1)) (box.right += 1), (grown = true);
    }
    return box;
  }
}

/** Faults a test can arm; each fires once and is then cleared. */
export interface FakeFaults {
  /** The next sync that reads values returns `null` values, as a failed read can. */
  nullValuesOnNextRead?: boolean;
  /** The next sync that adds a chart fails with this code. */
  chartAddFails?: string;
  /** The next sync that writes values fails with this code. */
  valueWriteFails?: string;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  /** Settings stored as JSON text, as a saved file keeps them. */
  readonly settings = new Map<string, string>();
  activeSheetId = "";
  selection: { sheetId: string; box: Box } | null = null;
  /** Request and response payload limit per sync, in bytes (Excel on the web: 5 MB). */
  payloadLimitBytes = 5 * 1024 * 1024;
  faults: FakeFaults = {};
  /** Delay of each sync in milliseconds, to make progress and Cancel observable in browser tests. */
  syncDelayMs = 0;
  syncCount = 0;
  /** Largest response payload of a sync so far, in bytes. */
  maxResponseBytes = 0;
  readonly pendingEvents: Promise<unknown>[] = [];
  readonly activatedHandlers = new Set<ActivatedHandler>();

  addSheet(name: string, rows: readonly (readonly (FakeValue | null)[])[] = [], at = { row: 0, column: 0 }): FakeSheet {
    const problem = sheetNameProblem(name, this.sheets);
    if (problem) throw new FakeOfficeError(problem.code, problem.message);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    rows.forEach((row, r) => row.forEach((value, c) => sheet.setValue(at.row + r, at.column + c, value)));
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  sheet(nameOrId: string): FakeSheet | undefined {
    const key = nameOrId.toLocaleLowerCase();
    return this.sheets.find((sheet) => sheet.id === nameOrId || sheet.name.toLocaleLowerCase() === key);
  }

  removeSheet(sheet: FakeSheet): void {
    if (this.sheets.length === 1) throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0].id;
    if (this.selection?.sheetId === sheet.id) this.selection = null;
  }

  addTable(sheetName: string, name: string, box: Box): FakeTable {
    const sheet = this.requireSheet(sheetName);
    const table = { id: `{table-${nextId++}}`, name, box };
    sheet.tables.push(table);
    return table;
  }

  /** Selects cells as the user would; the active cell is the top-left one. */
  select(sheetName: string, box: Box): void {
    const sheet = this.requireSheet(sheetName);
    this.activeSheetId = sheet.id;
    this.selection = { sheetId: sheet.id, box };
  }

  /** Activates a sheet as the user would by clicking its tab, then fires the activation handlers. */
  userActivate(sheetName: string): void {
    const sheet = this.requireSheet(sheetName);
    this.activeSheetId = sheet.id;
    this.selection = { sheetId: sheet.id, box: { top: 0, left: 0, bottom: 0, right: 0 } };
    for (const handler of this.activatedHandlers) {
      this.pendingEvents.push(new Promise((resolve) => setTimeout(resolve, 0)).then(() => handler({ type: "WorksheetActivated", worksheetId: sheet.id })));
    }
  }

  /** Types values into cells as the user would, then fires the sheet's change handlers. */
  userEdit(sheetName: string, row: number, column: number, rows: readonly (readonly (FakeValue | null)[])[]): void {
    const sheet = this.requireSheet(sheetName);
    rows.forEach((values, r) => values.forEach((value, c) => sheet.setValue(row + r, column + c, value)));
    const box = { top: row, left: column, bottom: row + rows.length - 1, right: column + Math.max(1, rows[0]?.length ?? 1) - 1 };
    this.fireChange(sheet, box);
  }

  fireChange(sheet: FakeSheet, box: Box): void {
    const event: ChangeEvent = {
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: sheet.id,
      address: boxAddress(box),
    };
    for (const handler of sheet.changeHandlers) {
      // Office delivers events after the change, never inside the call that made it.
      this.pendingEvents.push(new Promise((resolve) => setTimeout(resolve, 0)).then(() => handler(event)));
    }
  }

  /** Waits until every delivered event handler has finished. */
  async settleEvents(): Promise<void> {
    while (this.pendingEvents.length > 0) await Promise.all(this.pendingEvents.splice(0));
  }

  /** Drops what only lives while the file is open (event handlers), keeping what a saved file keeps. */
  saveAndReopen(): void {
    for (const sheet of this.sheets) sheet.changeHandlers.clear();
    this.activatedHandlers.clear();
  }

  /** The values of a box as plain rows, `null` for empty cells; for asserts. */
  valuesOf(sheetName: string, box: Box): (FakeValue | null)[][] {
    const sheet = this.requireSheet(sheetName);
    const rows: (FakeValue | null)[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: (FakeValue | null)[] = [];
      for (let c = box.left; c <= box.right; c++) {
        const cell = sheet.cell(r, c);
        row.push(cell === undefined || cell.value === "" ? null : cell.value);
      }
      rows.push(row);
    }
    return rows;
  }

  requireSheet(nameOrId: string): FakeSheet {
    const sheet = this.sheet(nameOrId);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: sheet ${nameOrId}.`);
    return sheet;
  }
}

/** Checks a new sheet name as Excel does; returns the error Excel raises, or `null`. */
export function sheetNameProblem(name: string, sheets: readonly FakeSheet[], except?: FakeSheet): { code: string; message: string } | null {
  const invalid = (why: string) => ({ code: "InvalidArgument", message: `The argument is invalid or missing or has an incorrect format: sheet name "${name}" ${why}.` });
  if (name.trim() === "") return invalid("is blank");
  if (name.length > 31) return invalid("is longer than 31 characters");
  if (/[:\\/?*[\]]/.test(name)) return invalid("contains one of : \\ / ? * [ ]");
  if (name.startsWith("'") || name.endsWith("'")) return invalid("starts or ends with an apostrophe");
  if (name.toLocaleLowerCase() === "history") return invalid("is reserved");
  const key = name.normalize("NFC").toLocaleLowerCase();
  if (sheets.some((sheet) => sheet !== except && sheet.name.normalize("NFC").toLocaleLowerCase() === key)) {
    return { code: "ItemAlreadyExists", message: `A sheet named "${name}" already exists.` };
  }
  return null;
}

export function columnLetters(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

export function boxAddress(box: Box): string {
  const first = `${columnLetters(box.left)}${box.top + 1}`;
  const last = `${columnLetters(box.right)}${box.bottom + 1}`;
  return first === last ? first : `${first}:${last}`;
}

/** Sheet name as Excel writes it in an address: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Parses `A1`, `B2:D9`, `C:E` or `3:5`, with or without a sheet prefix. */
export function parseAddress(address: string): { sheetName: string | null; box: Box } {
  let sheetName: string | null = null;
  let rest = address;
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    sheetName = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    rest = address.slice(bang + 1);
  }
  const parts = rest.replace(/\$/g, "").toUpperCase().split(":");
  const ends = parts.map(parseEnd);
  const [first, last] = [ends[0], ends[ends.length - 1]];
  if (ends.some((end) => end === null) || parts.length > 2) {
    throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: address ${address}.`);
  }
  const box = {
    top: first!.row ?? 0,
    left: first!.column ?? 0,
    bottom: last!.row ?? (first!.row === null ? MAX_ROWS - 1 : first!.row),
    right: last!.column ?? (first!.column === null ? MAX_COLUMNS - 1 : first!.column),
  };
  return { sheetName, box };
}

function parseEnd(text: string): { row: number | null; column: number | null } | null {
  const match = /^([A-Z]{0,3})(\d*)$/.exec(text);
  if (!match || (match[1] === "" && match[2] === "")) return null;
  let column: number | null = null;
  if (match[1]) {
    column = 0;
    for (const letter of match[1]) column = column * 26 + (letter.charCodeAt(0) - 64);
    column -= 1;
  }
  return { row: match[2] ? Number(match[2]) - 1 : null, column };
}
