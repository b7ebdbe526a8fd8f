import { SingleBar } from "cli-progress";

/** Diagnostic output: the process's stderr, or a buffer in tests. */
export interface DiagnosticStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** Reports progress of a counted task. */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/**
 * Starts a progress bar on a terminal, else prints one plain line per tenth of the work so
 * logs stay short. `label` is the text of the task, already in the user's language.
 */
export function startProgress(stream: DiagnosticStream, label: string, total: number): Progress {
  if (stream.isTTY) return barProgress(stream, label, total);
  return lineProgress(stream, label, total);
}

function barProgress(stream: DiagnosticStream, label: string, total: number): Progress {
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total}`,
    stream: stream as NodeJS.WritableStream,
    hideCursor: true,
    clearOnComplete: true,
    synchronousUpdate: true,
  });
  bar.start(total, 0);
  return {
    update: (done) => bar.update(done),
    stop: () => bar.stop(),
  };
}

function lineProgress(stream: DiagnosticStream, label: string, total: number): Progress {
  stream.write(`${label}\n`);
  const step = Math.max(1, Math.ceil(total / 10));
  let reported = 0;
  return {
    update: (done, all) => {
      if (done - reported < step && done !== all) return;
      if (done === reported) return;
      reported = done;
      stream.write(`  ${done}/${all}\n`);
    },
    stop: () => undefined,
  };
}
