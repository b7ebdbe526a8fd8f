import type { MessageId, MessageParams } from "../../i18n/locale";

/**
 * An error caused by the user's input or files, such as a missing file, an unknown column or an
 * existing output. It carries a catalog message id, so the command line can print it in the
 * user's language. `message` contains the id and parameters for logs.
 */
export class UserError extends Error {
  constructor(
    readonly messageId: MessageId,
    readonly params: MessageParams = {},
  ) {
    super(`${messageId} ${JSON.stringify(params)}`);
    this.name = "UserError";
  }
}
