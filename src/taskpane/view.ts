/**
 * The task pane's DOM: builds the controls once, then renders each `PaneState` into them.
 * Every text comes from the message catalogs; column names are set as text, never as HTML.
 */
import { DISTANCES, type Distance, type RankingKey } from "../engine/types";
import { distanceText, kindText, type Language } from "../i18n/locale";
import { paneText, type PaneMessageId } from "../i18n/taskpane";
import { AUTO_REFRESH_ROW_LIMIT, type PaneController, type PaneState } from "./pane-controller";
import { columnLetter } from "../sheet/column-letter";

const KEYS: readonly RankingKey[] = ["honestNormalizedLoss", "loss", "omega2", "p"];

/** Looks up an element of the page template by id. */
function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page template has no element #${id}.`);
  return element as T;
}

function option(value: string, label: string): HTMLElement {
  const element = document.createElement("fluent-option");
  element.setAttribute("value", value);
  element.textContent = label;
  return element;
}

/** Sets a Fluent control's value once its options exist (Fluent selects ignore unknown values). */
function setValue(control: HTMLElement, value: string): void {
  const element = control as HTMLElement & { value: string };
  if (element.value !== value) element.value = value;
}

export class PaneView {
  private readonly t: (id: PaneMessageId, params?: Record<string, string | number>) => string;
  private columnsKey = "";
  private rankedKey = "";

  constructor(
    private readonly controller: PaneController,
    private readonly language: Language,
  ) {
    this.t = (id, params = {}) => paneText(id, params, language);
  }

  mount(): void {
    document.documentElement.lang = this.language;
    for (const element of document.querySelectorAll<HTMLElement>("[data-text]")) {
      element.textContent = this.t(element.dataset.text as PaneMessageId);
    }
    this.fillStaticOptions();
    this.bindEvents();
    byId("app").hidden = false;
    this.controller.subscribe((state) => this.render(state));
  }

  private fillStaticOptions(): void {
    const distance = byId("distance");
    for (const each of DISTANCES) distance.append(option(each, distanceText(each, this.language)));
    const key = byId("key");
    for (const each of KEYS) key.append(option(each, this.t(`pane.key.${each}`)));
  }

  private bindEvents(): void {
    const value = (event: Event) => (event.target as HTMLElement & { value: string }).value;
    const checked = (event: Event) => (event.target as HTMLElement & { checked: boolean }).checked;
    byId("find-data").addEventListener("click", () => void this.controller.loadData());
    byId("target").addEventListener("change", (event) => this.controller.setTarget(value(event)));
    byId("distance").addEventListener("change", (event) => this.controller.setOptions({ distance: value(event) as Distance }));
    byId("key").addEventListener("change", (event) => this.controller.setOptions({ key: value(event) as RankingKey }));
    byId("bins").addEventListener("change", (event) => {
      const bins = Math.round(Number(value(event)));
      if (Number.isInteger(bins) && bins >= 2 && bins <= 100) this.controller.setOptions({ bins });
    });
    byId("keep-blanks").addEventListener("change", (event) => this.controller.setOptions({ keepBlanks: checked(event) }));
    byId("pairs").addEventListener("change", (event) => this.controller.setOptions({ pairs: checked(event) }));
    byId("rank").addEventListener("click", () => void this.controller.rank());
    byId("cancel").addEventListener("click", () => this.controller.cancel());
    byId("refresh").addEventListener("click", () => void this.controller.refresh());
    byId("auto-refresh").addEventListener("change", (event) => void this.controller.setAutoRefresh(checked(event)));
    byId("apply-criterion").addEventListener("change", (event) => this.controller.setApplyCriterion(value(event)));
    byId("apply").addEventListener("click", () => void this.controller.apply());
  }

  render(state: PaneState): void {
    const busy = state.progress !== null || state.loading;
    byId("app").setAttribute("aria-busy", String(busy));
    this.renderData(state);
    this.renderColumns(state);
    setValue(byId("distance"), state.options.distance);
    setValue(byId("key"), state.options.key);
    setValue(byId("bins"), String(state.options.bins));
    (byId("keep-blanks") as HTMLElement & { checked: boolean }).checked = state.options.keepBlanks;
    (byId("pairs") as HTMLElement & { checked: boolean }).checked = state.options.pairs;
    this.setDisabled("rank", busy || state.target === null);
    this.setDisabled("find-data", busy);
    this.renderProgress(state);
    this.renderMessage(state);
    this.renderRanking(state, busy);
  }

  private setDisabled(id: string, disabled: boolean): void {
    byId(id).toggleAttribute("disabled", disabled);
  }

  private renderData(state: PaneState): void {
    const region = state.region;
    const summary = byId("data-summary");
    if (!region) {
      summary.textContent = "";
      return;
    }
    const rows = region.rowCount - (state.headerRow === null ? 0 : 1);
    const address = `${columnLetter(region.left)}${region.top + 1}:${columnLetter(region.left + region.columnCount - 1)}${region.top + region.rowCount}`;
    const params = { table: region.tableName ?? "", sheet: region.sheetName, address, rows, columns: region.columnCount };
    summary.textContent = this.t(region.tableName ? "pane.dataTable" : "pane.dataRange", params);
    byId("preview-note").textContent = state.previewRows ? this.t("pane.previewNote", { rows: state.previewRows }) : "";
  }

  private renderColumns(state: PaneState): void {
    const key = state.columns.map((column) => `${column.name}\u0000${column.kind}`).join("\u0001");
    const target = byId("target");
    const list = byId("criteria");
    if (key !== this.columnsKey) {
      this.columnsKey = key;
      target.replaceChildren(...state.columns.filter((column) => column.numeric).map((column) => option(column.name, column.name)));
      list.replaceChildren(
        ...state.columns.map((column) => {
          const box = document.createElement("fluent-checkbox");
          box.dataset.column = column.name;
          box.addEventListener("change", () => this.controller.setChecked(column.name, (box as HTMLElement & { checked: boolean }).checked));
          return box;
        }),
      );
    }
    if (state.target !== null) setValue(target, state.target);
    for (const box of list.querySelectorAll<HTMLElement & { checked: boolean }>("fluent-checkbox")) {
      const column = state.columns.find((each) => each.name === box.dataset.column)!;
      const skipped = column.kind === "uniquePerRow" || column.kind === "constant" || column.kind === "mostlyBlank";
      const kind = kindText(column.kind, this.language);
      let note = kind;
      if (column.name === state.target) note = this.t("pane.isTarget");
      else if (skipped) note = this.t("pane.skipped", { kind });
      box.textContent = `${column.name} (${note})`;
      box.checked = column.checked && column.name !== state.target;
      box.toggleAttribute("disabled", column.name === state.target || skipped || state.progress !== null);
    }
  }

  private renderProgress(state: PaneState): void {
    const progress = state.progress;
    const bar = byId("progress-bar");
    byId("progress").hidden = progress === null;
    this.setDisabled("cancel", progress === null || progress.phase === "writing");
    byId("cancel").hidden = progress === null;
    if (!progress) return;
    if (progress.total > 0) {
      bar.setAttribute("max", String(progress.total));
      bar.setAttribute("value", String(progress.done));
    } else bar.removeAttribute("value");
    byId("progress-text").textContent = progress.text;
  }

  private renderMessage(state: PaneState): void {
    const error = state.message?.kind === "error" ? state.message.text : "";
    const status = state.message && state.message.kind !== "error" ? state.message.text : "";
    byId("error").textContent = error;
    byId("error").hidden = error === "";
    byId("status").textContent = status;
    byId("status").dataset.kind = state.message?.kind ?? "";
  }

  private renderRanking(state: PaneState, busy: boolean): void {
    const ranking = state.ranking;
    byId("ranking").hidden = ranking === null;
    if (!ranking) return;
    byId("ranking-summary").textContent = this.t("pane.rankingOf", { sheet: ranking.sheetName, target: ranking.target.name });
    (byId("auto-refresh") as HTMLElement & { checked: boolean }).checked = ranking.autoRefresh;
    const large = ranking.source.rowCount > AUTO_REFRESH_ROW_LIMIT;
    byId("auto-refresh-note").textContent = large ? this.t("pane.autoRefreshLarge", { rows: ranking.source.rowCount }) : "";
    const key = ranking.ranked.map((column) => column.name).join("\u0001");
    const select = byId("apply-criterion");
    if (key !== this.rankedKey) {
      this.rankedKey = key;
      select.replaceChildren(...ranking.ranked.map((column) => option(column.name, column.name)));
    }
    if (state.applyCriterion !== null) setValue(select, state.applyCriterion);
    this.setDisabled("refresh", busy);
    this.setDisabled("apply", busy || state.applyCriterion === null);
  }
}
