/**
 * Office.js-shaped proxy objects over a `FakeWorkbook`, enforcing the rules that trip
 * add-ins in real Excel:
 * - every call and property write is queued and happens only at `context.sync()`;
 * - reading a property that was not loaded (and synced) throws `PropertyNotLoaded`;
 * - a sync whose request or response exceeds `payloadLimitBytes` fails with
 *   `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`;
 * - a string written into a cell is parsed as typed input ("=…" becomes a formula, "007" the
 *   number 7) unless the cell's number format is "@";
 * - sheet names are checked as Excel checks them;
 * - a proxy used after its `Excel.run` ended throws `InvalidObjectPath`.
 * Only the members the adapter uses are implemented; anything else is `undefined` and fails loudly.
 */
import {
  Box,
  boxAddress,
  FakeOfficeError,
  FakeSheet,
  FakeTable,
  FakeValue,
  FakeWorkbook,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  quoteSheetName,
  sheetNameProblem,
  ChangeEvent,
  FakeChart,
  ActivatedHandler,
} from "./fake-workbook";

interface Staged {
  bytes: number;
  commit(): void;
}

interface Op {
  kind: "read" | "write" | "chart" | "other";
  requestBytes: number;
  run(): Staged | void;
}

const notLoaded = (prop: string) =>
  new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  private queue: Op[] = [];
  closed = false;

  constructor(readonly model: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  enqueue(op: Op): void {
    if (this.closed) {
      throw new FakeOfficeError("InvalidObjectPath", "The object path isn't working for what you're trying to do: its request context has ended.");
    }
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.model.syncDelayMs));
    const ops = this.queue.splice(0);
    const model = this.model;
    model.syncCount++;

    const requestBytes = ops.reduce((sum, op) => sum + op.requestBytes, 0);
    if (requestBytes > model.payloadLimitBytes) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    this.armFaults(ops);

    const staged: Staged[] = [];
    for (const op of ops) {
      const result = op.run();
      if (result) staged.push(result);
    }
    const responseBytes = staged.reduce((sum, item) => sum + item.bytes, 0);
    if (responseBytes > model.payloadLimitBytes) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    model.maxResponseBytes = Math.max(model.maxResponseBytes, responseBytes);
    for (const item of staged) item.commit();
  }

  private armFaults(ops: Op[]): void {
    const faults = this.model.faults;
    if (faults.chartAddFails && ops.some((op) => op.kind === "chart")) {
      const code = faults.chartAddFails;
      faults.chartAddFails = undefined;
      const index = ops.findIndex((op) => op.kind === "chart");
      ops.splice(index, ops.length - index, { kind: "other", requestBytes: 0, run: () => fail(code) });
    }
    if (faults.valueWriteFails && ops.some((op) => op.kind === "write")) {
      const code = faults.valueWriteFails;
      faults.valueWriteFails = undefined;
      const index = ops.findIndex((op) => op.kind === "write");
      ops.splice(index, ops.length - index, { kind: "other", requestBytes: 0, run: () => fail(code) });
    }
  }
}

function fail(code: string): never {
  throw new FakeOfficeError(code, `The operation failed (${code}, raised by the fake on request).`);
}

/** A proxy whose target is found at sync time; `null` from `find` makes it a null object. */
abstract class FakeClientObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    protected readonly find: () => T | null,
    private readonly nullable = false,
  ) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  load(spec?: string | string[]): this {
    const props = typeof spec === "string" ? spec.split(",").map((p) => p.trim()) : (spec ?? this.defaultProps());
    this.context.enqueue({
      kind: "read",
      requestBytes: 64,
      run: () => {
        const target = this.find();
        if (target === null) {
          if (!this.nullable) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
          return { bytes: 16, commit: () => void (this.nullState = true) };
        }
        const snapshot = new Map<string, unknown>();
        for (const prop of props) snapshot.set(prop, this.snapshot(prop, target));
        const bytes = JSON.stringify([...snapshot.values()]).length;
        return {
          bytes,
          commit: () => {
            this.nullState = false;
            for (const [prop, value] of snapshot) this.loaded.set(prop, value);
          },
        };
      },
    });
    return this;
  }

  /** The target, or an ItemNotFound error, at sync time. */
  protected target(): T {
    const target = this.find();
    if (target === null) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return target;
  }

  protected read<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as V;
  }

  protected queue(kind: Op["kind"], run: () => void, requestBytes = 64): void {
    this.context.enqueue({ kind, requestBytes, run });
  }

  protected abstract defaultProps(): string[];
  protected abstract snapshot(prop: string, target: T): unknown;
}

function unknownProperty(prop: string): never {
  throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: unknown property '${prop}'.`);
}

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly tables: FakeTableCollection;

  constructor(private readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
    this.tables = new FakeTableCollection(context);
  }

  getSelectedRange(): FakeRange {
    const model = this.context.model;
    return new FakeRange(this.context, () => {
      const selection = model.selection;
      if (selection) return { sheet: model.requireSheet(selection.sheetId), box: selection.box };
      return { sheet: model.requireSheet(model.activeSheetId), box: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getActiveCell(): FakeRange {
    const selected = this.getSelectedRange();
    return new FakeRange(this.context, () => {
      const { sheet, box } = selected.resolve();
      return { sheet, box: { top: box.top, left: box.left, bottom: box.top, right: box.left } };
    });
  }
}

export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;
  readonly onActivated: { add(handler: ActivatedHandler): { context: FakeRequestContext; remove(): void } };

  constructor(private readonly context: FakeRequestContext) {
    this.onActivated = {
      add: (handler: ActivatedHandler) => {
        const model = context.model;
        context.enqueue({ kind: "other", requestBytes: 32, run: () => void model.activatedHandlers.add(handler) });
        return { context, remove: () => context.enqueue({ kind: "other", requestBytes: 32, run: () => void model.activatedHandlers.delete(handler) }) };
      },
    };
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  load(spec?: string): this {
    const props = (spec ?? "name,id,position").split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.context.enqueue({
      kind: "read",
      requestBytes: 64,
      run: () => {
        const sheets = [...this.context.model.sheets];
        const proxies = sheets.map((sheet) => new FakeWorksheet(this.context, () => (this.context.model.sheets.includes(sheet) ? sheet : null)));
        return {
          bytes: sheets.length * 64,
          commit: () => {
            proxies.forEach((proxy, index) => proxy.fill(props, sheets[index]));
            this.loadedItems = proxies;
          },
        };
      },
    });
    return this;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.requireSheet(key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.sheet(key) ?? null, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.requireSheet(this.context.model.activeSheetId));
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.context.enqueue({
      kind: "other",
      requestBytes: 64,
      run: () => {
        created = this.context.model.addSheet(name);
      },
    });
    return new FakeWorksheet(this.context, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "The sheet was never added.");
      return this.context.model.sheets.includes(created) ? created : null;
    });
  }
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  readonly charts: FakeChartCollection;
  readonly onChanged: FakeEvent;
  readonly tables: FakeTableScopedCollection & { add(address: string, hasHeaders: boolean): FakeTableProxy };

  constructor(context: FakeRequestContext, find: () => FakeSheet | null, nullable = false) {
    super(context, find, nullable);
    const collection = new FakeTableScopedCollection(context, () => {
      const sheet = this.target();
      return sheet.tables.map((table) => ({ sheet, table }));
    });
    this.tables = Object.assign(collection, {
      add: (address: string, hasHeaders: boolean) => {
        let created: TableTarget | null = null;
        this.queue("other", () => {
          const sheet = this.target();
          if (!hasHeaders) throw new FakeOfficeError("NotImplemented", "The fake adds tables with headers only.");
          const box = parseAddress(address).box;
          const clash = sheet.tables.find((t) => intersects(t.box, box));
          if (clash) throw new FakeOfficeError("InvalidArgument", `A table can't overlap another table (${clash.name}).`);
          const names = this.context.model.sheets.flatMap((s) => s.tables.map((t) => t.name));
          let name = "Table1";
          for (let n = 1; names.includes(name); n++) name = `Table${n}`;
          created = { sheet, table: this.context.model.addTable(sheet.name, name, box) };
        });
        return new FakeTableProxy(this.context, () => created);
      },
    });
    this.charts = new FakeChartCollection(context, () => this.target());
    this.onChanged = new FakeEvent(context, () => this.target());
  }

  fill(props: string[], sheet: FakeSheet): void {
    for (const prop of props) this.loaded.set(prop, this.snapshot(prop, sheet));
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.queue("other", () => {
      const sheet = this.target();
      const problem = sheetNameProblem(value, this.context.model.sheets, sheet);
      if (problem) throw new FakeOfficeError(problem.code, problem.message);
      sheet.name = value;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  set position(value: number) {
    this.queue("other", () => {
      const sheets = this.context.model.sheets;
      const sheet = this.target();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(value, sheets.length), 0, sheet);
    });
  }

  protected defaultProps(): string[] {
    return ["name", "id", "position"];
  }

  protected snapshot(prop: string, sheet: FakeSheet): unknown {
    if (prop === "name") return sheet.name;
    if (prop === "id") return sheet.id;
    if (prop === "position") return this.context.model.sheets.indexOf(sheet);
    return unknownProperty(prop);
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.target();
      if (address === undefined) return { sheet, box: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      return { sheet, box: parseAddress(address).box };
    });
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, () => {
      if (rowCount < 1 || columnCount < 1 || row < 0 || column < 0 || row + rowCount > MAX_ROWS || column + columnCount > MAX_COLUMNS) {
        throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format: range indexes.");
      }
      return { sheet: this.target(), box: { top: row, left: column, bottom: row + rowCount - 1, right: column + columnCount - 1 } };
    });
  }

  getUsedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.target();
      return { sheet, box: sheet.usedBox() ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.target();
        const box = sheet.usedBox();
        return box ? { sheet, box } : null;
      },
      true,
    );
  }

  delete(): void {
    this.queue("other", () => this.context.model.removeSheet(this.target()));
  }

  activate(): void {
    this.queue("other", () => {
      this.context.model.activeSheetId = this.target().id;
    });
  }
}

interface RangeTarget {
  sheet: FakeSheet;
  box: Box;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  readonly format: { font: { bold: boolean; size: number }; autofitColumns(): void; columnWidth: number };
  readonly conditionalFormats: { add(type: string): { dataBar: Record<string, unknown> }; clearAll(): void };

  constructor(context: FakeRequestContext, find: () => RangeTarget | null, nullable = false) {
    super(context, find, nullable);
    const range = this;
    this.format = {
      font: {
        get bold(): boolean {
          throw notLoaded("bold");
        },
        set bold(value: boolean) {
          range.queue("other", () => {
            const { sheet, box } = range.target();
            forEachCell(box, (r, c) => void (value ? sheet.boldCells.add(FakeSheet.key(r, c)) : sheet.boldCells.delete(FakeSheet.key(r, c))));
          });
        },
        get size(): number {
          throw notLoaded("size");
        },
        set size(_value: number) {
          range.queue("other", () => void range.target());
        },
      },
      autofitColumns: () => range.queue("other", () => void range.target()),
      set columnWidth(_value: number) {
        range.queue("other", () => void range.target());
      },
      get columnWidth(): number {
        throw notLoaded("columnWidth");
      },
    };
    this.conditionalFormats = {
      add: (type: string) => {
        if (type !== "DataBar") throw new FakeOfficeError("NotImplemented", `The fake supports only DataBar conditional formats, not ${type}.`);
        range.queue("other", () => {
          const { sheet, box } = range.target();
          sheet.dataBars.push(boxAddress(box));
        });
        return { dataBar: {} };
      },
      clearAll: () => {
        range.queue("other", () => {
          const { sheet, box } = range.target();
          const kept = sheet.dataBars.filter((address) => {
            const bars = parseAddress(address).box;
            return !(bars.top >= box.top && bars.bottom <= box.bottom && bars.left >= box.left && bars.right <= box.right);
          });
          sheet.dataBars.splice(0, sheet.dataBars.length, ...kept);
        });
      },
    };
  }

  /** The sheet and box, resolved now; for proxies derived from this one. */
  resolve(): RangeTarget {
    return this.target();
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }

  set values(rows: unknown[][]) {
    this.writeMatrix("values", rows, (sheet, r, c, value) => writeTyped(sheet, r, c, value));
  }

  set formulas(rows: unknown[][]) {
    this.writeMatrix("formulas", rows, (sheet, r, c, value) => {
      // Like typing, a formula written into a text-formatted cell is stored as text.
      if (typeof value === "string" && value.startsWith("=") && sheet.cell(r, c)?.numberFormat !== "@") {
        sheet.cells.set(FakeSheet.key(r, c), { value: { error: "#BUSY!" }, formula: value, numberFormat: sheet.cell(r, c)?.numberFormat });
      } else writeTyped(sheet, r, c, value);
    });
  }

  set numberFormat(rows: unknown[][]) {
    this.writeMatrix("numberFormat", rows, (sheet, r, c, value) => {
      if (value === null) return;
      if (typeof value !== "string") throw new FakeOfficeError("InvalidArgument", "A number format must be a string.");
      const cell = sheet.cell(r, c);
      if (cell) cell.numberFormat = value;
      else sheet.cells.set(FakeSheet.key(r, c), { value: "", numberFormat: value });
    });
  }

  private writeMatrix(prop: string, rows: unknown[][], write: (sheet: FakeSheet, r: number, c: number, value: unknown) => void): void {
    const bytes = JSON.stringify(rows)?.length ?? 0;
    this.context.enqueue({
      kind: prop === "numberFormat" ? "other" : "write",
      requestBytes: bytes,
      run: () => {
        const { sheet, box } = this.target();
        const height = box.bottom - box.top + 1;
        const width = box.right - box.left + 1;
        if (!Array.isArray(rows) || rows.length !== height || rows.some((row) => !Array.isArray(row) || row.length !== width)) {
          throw new FakeOfficeError(
            "InvalidArgument",
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          );
        }
        forEachCell(box, (r, c) => write(sheet, r, c, rows[r - box.top][c - box.left]));
        if (prop !== "numberFormat") this.context.model.fireChange(sheet, box);
      },
    });
  }

  protected defaultProps(): string[] {
    return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values"];
  }

  protected snapshot(prop: string, { sheet, box }: RangeTarget): unknown {
    switch (prop) {
      case "address":
        return `${quoteSheetName(sheet.name)}!${boxAddress(box)}`;
      case "rowIndex":
        return box.top;
      case "columnIndex":
        return box.left;
      case "rowCount":
        return box.bottom - box.top + 1;
      case "columnCount":
        return box.right - box.left + 1;
      case "values":
        if (this.context.model.faults.nullValuesOnNextRead) {
          this.context.model.faults.nullValuesOnNextRead = false;
          return null;
        }
        return mapCells(sheet, box, (cell) => (cell === undefined ? "" : typeof cell.value === "object" ? cell.value.error : cell.value));
      case "valueTypes":
        return mapCells(sheet, box, (cell) => valueType(cell?.value));
      case "numberFormat":
        return mapCells(sheet, box, (cell) => cell?.numberFormat ?? "General");
      case "formulas":
        return mapCells(sheet, box, (cell) => cell?.formula ?? (cell === undefined ? "" : typeof cell.value === "object" ? cell.value.error : cell.value));
      default:
        return unknownProperty(prop);
    }
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.target().sheet);
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive(({ box }) => ({ top: box.top + row, left: box.left + column, bottom: box.top + row, right: box.left + column }));
  }

  getOffsetRange(rows: number, columns: number): FakeRange {
    return this.derive(({ box }) => ({ top: box.top + rows, left: box.left + columns, bottom: box.bottom + rows, right: box.right + columns }));
  }

  getResizedRange(rows: number, columns: number): FakeRange {
    return this.derive(({ box }) => ({ ...box, bottom: box.bottom + rows, right: box.right + columns }));
  }

  getSurroundingRegion(): FakeRange {
    return this.derive(({ sheet, box }) => sheet.surroundingRegion(box));
  }

  getTables(fullyContained = false): FakeTableScopedCollection {
    return new FakeTableScopedCollection(this.context, () => {
      const { sheet, box } = this.target();
      return sheet.tables.filter((t) => (fullyContained ? contains(box, t.box) : intersects(box, t.box))).map((table) => ({ sheet, table }));
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const { sheet, box } = this.target();
        let used: Box | null = null;
        forEachCell(box, (r, c) => {
          const cell = sheet.cell(r, c);
          const filled = cell !== undefined && (cell.value !== "" || cell.formula !== undefined || (!valuesOnly && cell.numberFormat !== undefined));
          if (!filled) return;
          if (!used) used = { top: r, left: c, bottom: r, right: c };
          else used = { top: Math.min(used.top, r), left: Math.min(used.left, c), bottom: Math.max(used.bottom, r), right: Math.max(used.right, c) };
        });
        return used ? { sheet, box: used } : null;
      },
      true,
    );
  }

  select(): void {
    this.queue("other", () => {
      const { sheet, box } = this.target();
      this.context.model.select(sheet.name, box);
    });
  }

  clear(): void {
    this.queue("write", () => {
      const { sheet, box } = this.target();
      // Visits the stored cells, not the box, because the box may be the whole sheet.
      for (const key of [...sheet.cells.keys()]) {
        const row = Math.floor(key / MAX_COLUMNS);
        const column = key % MAX_COLUMNS;
        if (row >= box.top && row <= box.bottom && column >= box.left && column <= box.right) {
          sheet.cells.delete(key);
          sheet.boldCells.delete(key);
        }
      }
    });
  }

  private derive(toBox: (target: RangeTarget) => Box): FakeRange {
    return new FakeRange(this.context, () => {
      const target = this.target();
      const box = toBox(target);
      if (box.top < 0 || box.left < 0 || box.bottom >= MAX_ROWS || box.right >= MAX_COLUMNS || box.bottom < box.top || box.right < box.left) {
        throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format: the range is off the sheet.");
      }
      return { sheet: target.sheet, box };
    });
  }
}

interface TableTarget {
  sheet: FakeSheet;
  table: FakeTable;
}

export class FakeTableProxy extends FakeClientObject<TableTarget> {
  fill(props: string[], target: TableTarget): void {
    for (const prop of props) this.loaded.set(prop, this.snapshot(prop, target));
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.queue("other", () => {
      const { table } = this.target();
      const taken = this.context.model.sheets.some((sheet) => sheet.tables.some((t) => t !== table && t.name.toLowerCase() === value.toLowerCase()));
      if (taken || !/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(value) || /^[A-Za-z]{1,3}\d+$/.test(value)) {
        throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: table name ${value}.`);
      }
      table.name = value;
    });
  }
  set style(value: string) {
    this.queue("other", () => void (this.target().table.style = value));
  }
  convertToRange(): void {
    this.queue("other", () => {
      const { sheet, table } = this.target();
      sheet.tables.splice(sheet.tables.indexOf(table), 1);
    });
  }
  get id(): string {
    return this.read("id");
  }

  protected defaultProps(): string[] {
    return ["name", "id"];
  }

  protected snapshot(prop: string, { table }: TableTarget): unknown {
    if (prop === "name") return table.name;
    if (prop === "id") return table.id;
    return unknownProperty(prop);
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.target().sheet);
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.target().sheet, box: this.target().table.box }));
  }

  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, table } = this.target();
      return { sheet, box: { ...table.box, bottom: table.box.top } };
    });
  }

  getDataBodyRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, table } = this.target();
      return { sheet, box: { ...table.box, top: table.box.top + 1 } };
    });
  }
}

export class FakeTableScopedCollection {
  private loadedItems: FakeTableProxy[] | null = null;

  constructor(
    private readonly context: FakeRequestContext,
    private readonly findAll: () => TableTarget[],
  ) {}

  get items(): FakeTableProxy[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  load(spec?: string): this {
    const props = (spec ?? "name,id").split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.context.enqueue({
      kind: "read",
      requestBytes: 64,
      run: () => {
        const targets = this.findAll();
        const proxies = targets.map((target) => new FakeTableProxy(this.context, () => target));
        return { bytes: targets.length * 64, commit: () => {
          proxies.forEach((proxy, index) => proxy.fill(props, targets[index]));
          this.loadedItems = proxies;
        } };
      },
    });
    return this;
  }
}

export class FakeTableCollection extends FakeTableScopedCollection {
  constructor(private readonly workbookContext: FakeRequestContext) {
    super(workbookContext, () => workbookContext.model.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table }))));
  }

  getItemOrNullObject(name: string): FakeTableProxy {
    return new FakeTableProxy(
      this.workbookContext,
      () => {
        for (const sheet of this.workbookContext.model.sheets) {
          const table = sheet.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
          if (table) return { sheet, table };
        }
        return null;
      },
      true,
    );
  }
}

export class FakeChartCollection {
  private loadedItems: { delete(): void }[] | null = null;

  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  get items(): { delete(): void }[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  load(_spec?: string): this {
    this.context.enqueue({
      kind: "read",
      requestBytes: 64,
      run: () => {
        const sheet = this.sheet();
        const charts = [...sheet.charts];
        const items = charts.map((chart) => ({
          delete: () =>
            this.context.enqueue({ kind: "other", requestBytes: 32, run: () => void sheet.charts.splice(sheet.charts.indexOf(chart), 1) }),
        }));
        return { bytes: charts.length * 64, commit: () => void (this.loadedItems = items) };
      },
    });
    return this;
  }

  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChartProxy {
    const chart: FakeChart = { type, sourceAddress: "", seriesBy, title: "", categoryAddress: "", reversed: false };
    this.context.enqueue({
      kind: "chart",
      requestBytes: 128,
      run: () => {
        const { sheet, box } = source.resolve();
        if (sheet !== this.sheet()) throw new FakeOfficeError("InvalidArgument", "The chart's source range is on another sheet.");
        chart.sourceAddress = boxAddress(box);
        sheet.charts.push(chart);
      },
    });
    return new FakeChartProxy(this.context, chart);
  }
}

export class FakeChartProxy {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly axes: { categoryAxis: { reversePlotOrder: boolean } };
  readonly series: { getItemAt(index: number): { setXAxisValues(range: FakeRange): void } };
  constructor(
    private readonly context: FakeRequestContext,
    chart: FakeChart,
  ) {
    this.axes = {
      categoryAxis: {
        get reversePlotOrder(): boolean {
          throw notLoaded("reversePlotOrder");
        },
        set reversePlotOrder(value: boolean) {
          context.enqueue({ kind: "other", requestBytes: 16, run: () => void (chart.reversed = value) });
        },
      },
    };
    this.series = {
      getItemAt: (index: number) => ({
        setXAxisValues: (range: FakeRange) =>
          context.enqueue({
            kind: "other",
            requestBytes: 64,
            run: () => {
              if (index !== 0) throw new FakeOfficeError("ItemNotFound", `The chart has no series ${index}.`);
              chart.categoryAddress = boxAddress(range.resolve().box);
            },
          }),
      }),
    };
    this.title = {
      get text(): string {
        throw notLoaded("text");
      },
      set text(value: string) {
        context.enqueue({ kind: "other", requestBytes: 64, run: () => void (chart.title = value) });
      },
    };
    this.legend = {
      get visible(): boolean {
        throw notLoaded("visible");
      },
      set visible(_value: boolean) {
        context.enqueue({ kind: "other", requestBytes: 16, run: () => undefined });
      },
    };
  }

  setPosition(_start: unknown, _end?: unknown): void {
    this.context.enqueue({ kind: "other", requestBytes: 64, run: () => undefined });
  }
}

export class FakeSettingCollection {
  constructor(private readonly context: FakeRequestContext) {}

  add(key: string, value: unknown): void {
    const text = JSON.stringify(value);
    this.context.enqueue({ kind: "other", requestBytes: text.length, run: () => void this.context.model.settings.set(key, text) });
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, () => (this.context.model.settings.has(key) ? key : null), true);
  }
}

export class FakeSetting extends FakeClientObject<string> {
  get value(): unknown {
    return this.read("value");
  }
  protected defaultProps(): string[] {
    return ["key", "value"];
  }
  protected snapshot(prop: string, key: string): unknown {
    if (prop === "key") return key;
    if (prop === "value") return JSON.parse(this.context.model.settings.get(key)!);
    return unknownProperty(prop);
  }
  delete(): void {
    this.queue("other", () => void this.context.model.settings.delete(this.target()));
  }
}

export class FakeEvent {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(handler: (event: ChangeEvent) => Promise<unknown>): { context: FakeRequestContext; remove(): void } {
    let registered: FakeSheet | null = null;
    this.context.enqueue({
      kind: "other",
      requestBytes: 32,
      run: () => {
        registered = this.sheet();
        registered.changeHandlers.add(handler);
      },
    });
    const context = this.context;
    return {
      context,
      remove: () => context.enqueue({ kind: "other", requestBytes: 32, run: () => void registered?.changeHandlers.delete(handler) }),
    };
  }
}

function forEachCell(box: Box, visit: (row: number, column: number) => void): void {
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) visit(r, c);
}

function mapCells<V>(sheet: FakeSheet, box: Box, map: (cell: ReturnType<FakeSheet["cell"]>) => V): V[][] {
  const rows: V[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row: V[] = [];
    for (let c = box.left; c <= box.right; c++) row.push(map(sheet.cell(r, c)));
    rows.push(row);
  }
  return rows;
}

function valueType(value: FakeValue | undefined): string {
  if (value === undefined || value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "string") return "String";
  return "Error";
}

/** Writes a value as Excel parses typed input, unless the cell is formatted as text ("@"). */
function writeTyped(sheet: FakeSheet, row: number, column: number, value: unknown): void {
  if (value === null || value === undefined) return; // null leaves the cell unchanged, as in Office.js
  const format = sheet.cell(row, column)?.numberFormat;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new FakeOfficeError("InvalidArgument", `A cell value must be a finite number, not ${value}.`);
    sheet.setValue(row, column, value);
    return;
  }
  if (typeof value === "boolean") return sheet.setValue(row, column, value);
  if (typeof value !== "string") throw new FakeOfficeError("InvalidArgument", `A cell value must be a number, string or boolean, not ${String(value)}.`);
  if (format === "@") return sheet.setValue(row, column, value);
  if (/^[=+-]/.test(value) && !/^[+-]?\d/.test(value)) {
    sheet.cells.set(FakeSheet.key(row, column), { value: { error: "#NAME?" }, formula: value, numberFormat: format });
    return;
  }
  const trimmed = value.trim();
  if (trimmed !== "" && /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return sheet.setValue(row, column, Number(trimmed));
  if (/^(true|false)$/i.test(trimmed)) return sheet.setValue(row, column, trimmed.toLowerCase() === "true");
  sheet.setValue(row, column, value);
}

function intersects(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function contains(outer: Box, inner: Box): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

/** The `Excel` namespace: `run` with a new context, or with the context of an earlier object. */
export function createFakeExcel(model: FakeWorkbook) {
  return {
    async run<T>(first: unknown, second?: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      let context: FakeRequestContext;
      let batch: (context: FakeRequestContext) => Promise<T>;
      if (typeof first === "function") {
        context = new FakeRequestContext(model);
        batch = first as (context: FakeRequestContext) => Promise<T>;
      } else {
        const holder = first as { context?: FakeRequestContext } | FakeRequestContext;
        context = holder instanceof FakeRequestContext ? holder : holder.context!;
        batch = second!;
        context.closed = false;
      }
      try {
        const result = await batch(context);
        await context.sync();
        return result;
      } finally {
        context.closed = true;
      }
    },
  };
}
