/**
 * Misuse of an engine function, such as value and label ranges of different sizes. Faces show
 * the message of `messageId` from their catalog with `params` filled in; `message` is English.
 */
export class EngineInputError extends Error {
  constructor(
    readonly messageId: "sizeMismatch" | "invalidDistance" | "invalidBins" | "invalidOrder" | "invalidTies",
    readonly params: Record<string, string | number>,
    message: string,
  ) {
    super(message);
    this.name = "EngineInputError";
  }
}
