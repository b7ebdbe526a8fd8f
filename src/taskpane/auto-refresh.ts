/**
 * The opt-in automatic refresh: watches the source of a ranking and calls `refresh` once the
 * changes have paused for `DEBOUNCE_MS`. A change that arrives during a refresh schedules one
 * more refresh after it, so the last edit is never lost.
 */
import type { DataRegion, WorkbookPort } from "../adapters/office/port";

export const DEBOUNCE_MS = 1_500;

export class AutoRefresh {
  private stopWatching: (() => Promise<void>) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private pendingAfterRun = false;

  constructor(
    private readonly port: WorkbookPort,
    private readonly refresh: () => Promise<void>,
    private readonly delayMs = DEBOUNCE_MS,
  ) {}

  get watching(): boolean {
    return this.stopWatching !== null;
  }

  async watch(region: DataRegion): Promise<void> {
    await this.stop();
    this.stopWatching = await this.port.watchSource(region, () => this.onChange());
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const stop = this.stopWatching;
    this.stopWatching = null;
    if (stop) await stop();
  }

  private onChange(): void {
    if (this.running) {
      this.pendingAfterRun = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fire(), this.delayMs);
  }

  private async fire(): Promise<void> {
    this.timer = null;
    this.running = this.refresh();
    try {
      await this.running;
    } finally {
      this.running = null;
      if (this.pendingAfterRun) {
        this.pendingAfterRun = false;
        this.onChange();
      }
    }
  }
}
