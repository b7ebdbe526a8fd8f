import { Command, CommanderError } from "commander";
import { parseEncoding } from "../adapters/files/decode-text";
import { UserError } from "../adapters/files/user-error";
import { CLI_HELP, type CliHelpId } from "../i18n/cli";
import { format, formatFrom, Language } from "../i18n/locale";
import { processIo, type CliIo } from "./cli-io";
import { runLoss } from "./loss-command";
import { cliLanguage, parseBins, parseCriteriaList, parseDistance, parseLanguage, parseOrder, parseTies } from "./options";
import { runRank } from "./rank-command";
import { runRankWithin } from "./rank-within-command";
import { usageMessage } from "./usage-error";

/** Exit codes of the command line. */
export const EXIT = {
  ok: 0,
  /**
   * The input or output failed: a missing file or column, a text target, an existing output,
   * or (for `rank`) a target with equal values or one usable row, which nothing can be ranked by.
   */
  inputError: 1,
  /** The command line itself is invalid: an unknown option, a missing argument, an invalid value. */
  usageError: 2,
  /** An unexpected error, which is a bug. */
  internalError: 3,
} as const;

const USAGE_MESSAGES = new Set(["cli.invalidOption", "cli.invalidBins", "cli.unknownEncoding"]);

/** Runs the command line with arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let lang: Language = "en";
  try {
    lang = cliLanguage(argv, io.env);
    let exitCode: number = EXIT.ok;
    const program = buildProgram(lang, io, (code) => {
      exitCode = code;
    });
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    return reportError(error, argv, io, lang);
  }
}

function buildProgram(lang: Language, io: CliIo, setExitCode: (code: number) => void): Command {
  const help = (id: CliHelpId): string => formatFrom(CLI_HELP, id, {}, lang);
  const program = new Command("triplet-criteria")
    .description(help("help.program"))
    .exitOverride()
    // Usage errors are printed by reportError in the user's language, so commander's own English line is dropped.
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text), outputError: () => undefined })
    .helpOption("-h, --help", help("help.help"))
    .helpCommand("help [command]", help("help.helpCommand"))
    .option("--lang <language>", help("help.lang"));

  const common = (command: Command): Command =>
    command
      .argument("<file>", help("help.file"))
      .requiredOption("--target <column>", help("help.target"))
      .option("--sheet <name>", help("help.sheet"))
      .option("--encoding <encoding>", help("help.encoding"), parseEncoding)
      .option("--json", help("help.json"))
      .option("--lang <language>", help("help.lang"), parseLanguage);

  common(program.command("rank").description(help("help.rank")))
    .option("--criteria <columns>", help("help.criteria"), parseCriteriaList)
    .option("--distance <distance>", help("help.distance"), parseDistance)
    .option("--bins <count>", help("help.bins"), parseBins)
    .option("--out <file>", help("help.out"))
    .option("--force", help("help.force"))
    .action(async (file: string, options) => setExitCode(await runRank(file, withDefaults(options), io, lang)));

  common(program.command("loss").description(help("help.loss")))
    .requiredOption("--by <column>", help("help.by"))
    .option("--distance <distance>", help("help.distance"), parseDistance)
    .action(async (file: string, options) => setExitCode(await runLoss(file, withDefaults(options), io, lang)));

  common(program.command("rank-within").description(help("help.rankWithin")))
    .requiredOption("--by <column>", help("help.by"))
    .option("--order <order>", help("help.order"), parseOrder)
    .option("--ties <rule>", help("help.ties"), parseTies)
    .action(async (file: string, options) => setExitCode(await runRankWithin(file, withDefaults(options), io, lang)));

  return program;
}

/**
 * Option defaults, applied here instead of through commander, so that the help text (which
 * states them in the user's language) does not gain an English "(default: …)".
 */
const DEFAULTS = { distance: "euclidean", bins: 4, order: 0, ties: "min", json: false, force: false } as const;

/** Fills the options the user did not give (commander leaves them undefined) with `DEFAULTS`; the result is untyped like commander's values. */
function withDefaults(options: Record<string, unknown>): any {
  const given = Object.entries(options).filter(([, value]) => value !== undefined);
  return { ...DEFAULTS, ...Object.fromEntries(given) };
}

/** Prints one clear sentence on stderr and returns the exit code that fits the error. */
function reportError(error: unknown, argv: readonly string[], io: CliIo, lang: Language): number {
  if (error instanceof CommanderError) {
    // Help and version output are not failures.
    if (error.code === "commander.helpDisplayed" || error.code === "commander.help" || error.code === "commander.version") return EXIT.ok;
    io.stderr.write(`${usageMessage(error, argv, lang)}\n`);
    return EXIT.usageError;
  }
  if (error instanceof UserError) {
    io.stderr.write(`${format(error.messageId, error.params, lang)}\n`);
    return USAGE_MESSAGES.has(error.messageId) ? EXIT.usageError : EXIT.inputError;
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.stderr.write(`${formatFrom(CLI_HELP, "help.unexpected", { detail }, lang)}\n`);
  if (error instanceof Error && error.stack && io.env.TRIPLET_DEBUG) io.stderr.write(`${error.stack}\n`);
  return EXIT.internalError;
}
