import type { DiagnosticStream } from "./progress";

/** The command line's streams, environment and clock, so tests can run `main` in-process. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: DiagnosticStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, now: () => new Date() };
}
