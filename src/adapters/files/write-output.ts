import { promises as fs } from "node:fs";
import * as path from "node:path";
import { UserError } from "./user-error";

/**
 * Rejects an output path that is the input, is not .xlsx, exists without `force`, or lies
 * below a file (as in `x.csv/out.xlsx`), so the scan does not run for an output that cannot be written.
 */
export async function checkOutputPath(output: string, input: string, force: boolean): Promise<void> {
  if (path.extname(output).toLowerCase() !== ".xlsx") throw new UserError("cli.outputNotXlsx", { file: output });
  if (path.resolve(output) === path.resolve(input)) throw new UserError("cli.outputIsInput", { file: output });
  const blocker = await fileInFolderPath(output);
  if (blocker !== null) throw new UserError("cli.outputFolderBlocked", { file: output, blocker });
  if (!force && (await exists(output))) throw new UserError("cli.outputExists", { file: output });
}

/** Returns the nearest existing ancestor folder path of `output` when it is a file rather than a folder, else `null`. */
async function fileInFolderPath(output: string): Promise<string | null> {
  let folder = path.dirname(path.resolve(output));
  for (;;) {
    try {
      const stats = await fs.stat(folder);
      return stats.isDirectory() ? null : folder;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENOTDIR: a file further up is in the way; keep walking up to name it.
      if (code !== "ENOENT" && code !== "ENOTDIR") return null;
    }
    const parent = path.dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}

/**
 * Writes a file through a temporary file in the same folder, then moves it into place,
 * so a failed write leaves nothing half-written. A missing output folder is created. Without
 * `force` an existing file is kept: a hard link puts the new file in place only if the name is still free.
 */
export async function writeFileAtomically(output: string, force: boolean, write: (temporaryPath: string) => Promise<void>): Promise<void> {
  const folder = path.dirname(path.resolve(output));
  const temporary = path.join(folder, `.${path.basename(output)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.mkdir(folder, { recursive: true });
    await write(temporary);
    if (force) await fs.rename(temporary, output);
    else await linkWithoutReplacing(temporary, output);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    // mkdir fails with EEXIST or ENOTDIR when a file sits where a folder of the path should be.
    const blocker = code === "EEXIST" || code === "ENOTDIR" ? await fileInFolderPath(output) : null;
    if (blocker !== null) throw new UserError("cli.outputFolderBlocked", { file: output, blocker });
    throw new UserError("cli.writeFailed", { file: output, detail: (error as Error).message });
  } finally {
    // After a successful move the temporary name is already gone; after a failure it may never have existed.
    await fs.rm(temporary, { force: true }).catch(() => undefined);
  }
}

async function linkWithoutReplacing(temporary: string, output: string): Promise<void> {
  try {
    await fs.link(temporary, output);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new UserError("cli.outputExists", { file: output });
    // Some file systems do not support hard links; check and rename instead.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV") throw error;
    if (await exists(output)) throw new UserError("cli.outputExists", { file: output });
    await fs.rename(temporary, output);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
