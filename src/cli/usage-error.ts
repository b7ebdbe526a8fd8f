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

/**
 * Writes a command-line mistake as one sentence in the user's language, followed by the hint
 * to run --help. Commander's English text is kept for codes without a translation.
 */
export function usageMessage(error: CommanderError, lang: Language): string {
  const known = MESSAGES[error.code];
  // Commander quotes the option or argument in its message: "error: unknown option '--bogus'".
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  const detail = known
    ? formatFrom(CLI_HELP, known.id, { [known.param]: quoted }, lang)
    : error.message.replace(/^error: /, "");
  return formatFrom(CLI_HELP, "help.usage", { detail }, lang);
}
