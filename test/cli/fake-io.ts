import type { CliIo } from "../../src/cli/cli-io";
import { main } from "../../src/cli/main";

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `main` in this process with captured streams, English unless `env` sets a language. */
export async function runMain(args: readonly string[], env: Record<string, string> = { LANG: "en_US.UTF-8" }, isTTY = false): Promise<InProcessRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY },
    env,
    now: () => new Date(Date.UTC(2026, 11, 4, 12, 0)),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
