import type { CommanderError } from "commander";
import { CLI_HELP, type CliHelpId } from "../i18n/cli";
import { formatFrom, Language } from "../i18n/locale";

/** Catalog messages for commander's error codes, with the name of the parameter that takes the quoted token. */
const MESSAGES: Readonly<Record<string, { id: CliHelpId; param: string }>> = {
  "commander.missingMandatoryOptionValue": { id: "usage.missingOption", param: "option" },
  "commander.optionMissingArgument": { id: "usage.optionMissingValue", param: "option" },
  "commander.missingArgument": { id: "usage.missingArgument", param: "argument" },
  "commander.unknownOption": { id: "usage.unknownOption", param: "option" },
  "commander.unknownCommand": { id: "usage.unknownCommand", param: "command" },
  "commander.excessArguments": { id: "usage.excessArguments", param: "" },
};

/** Subcommands whose own help explains their options, such as `--target`. */
const SUBCOMMANDS = ["rank", "loss", "rank-within"];

/**
 * Writes a command-line mistake as one sentence in the user's language, followed by the hint
 * to run --help: the subcommand's help when `argv` names one, since only that help lists its options.
 * Commander's English text is kept for codes without a translation.
 */
export function usageMessage(error: CommanderError, argv: readonly string[], lang: Language): string {
  const known = MESSAGES[error.code];
  // Commander quotes the option or argument in its message: "error: unknown option '--bogus'".
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  const detail = known
    ? formatFrom(CLI_HELP, known.id, { [known.param]: quoted }, lang)
    : error.message.replace(/^error: /, "");
  return formatFrom(CLI_HELP, "help.usage", { detail, command: helpCommand(argv) }, lang);
}

/** Returns `triplet-criteria <subcommand>` for the first argument that is not an option, or `triplet-criteria`. */
function helpCommand(argv: readonly string[]): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--lang") {
      i++;
      continue;
    }
    if (arg.startsWith("-")) continue;
    return SUBCOMMANDS.includes(arg) ? `triplet-criteria ${arg}` : "triplet-criteria";
  }
  return "triplet-criteria";
}
