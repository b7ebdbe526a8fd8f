/** Reason for a failed workbook operation, which the pane explains to the user. */
export type WorkbookErrorReason =
  | "noData"
  | "readFailed"
  | "readTooLarge"
  | "sourceMissing"
  | "writeFailed"
  | "rewriteFailed"
  | "noRoomForFormulas";

/** A workbook failure with a reason the pane turns into a message, and Excel's own detail. */
export class WorkbookError extends Error {
  constructor(
    readonly reason: WorkbookErrorReason,
    readonly detail = "",
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = "WorkbookError";
  }
}

/** Error codes with which Office.js rejects a request that is too large for one sync. */
const RESOURCE_ERROR_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
  "OperationCellsExceedLimit",
]);

/** Checks whether Office.js rejected a request for its size, so that a smaller request may succeed. */
export function isResourceError(error: unknown): boolean {
  return RESOURCE_ERROR_CODES.has(officeErrorCode(error));
}

/** Returns the `code` of an OfficeExtension.Error, or "" for anything else. */
export function officeErrorCode(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") return error.code;
  return "";
}

/** Office's message for an error, with its code, for the detail line of a pane message. */
export function describeOfficeError(error: unknown): string {
  if (error instanceof WorkbookError) return error.detail || error.reason;
  const code = officeErrorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${message} (${code})` : message;
}
