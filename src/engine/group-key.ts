import { dateToSerial, isBlankCell, isErrorValue } from "./cells";
import type { CellValue } from "./types";

/**
 * Returns the key under which Excel's COUNTIF and pivot tables treat a label as the same group,
 * or `null` for a blank label. Text matches case-insensitively after Unicode NFC normalization,
 * so "Seoul" and "SEOUL" share a key. The number 1 and the text "1" differ, TRUE and FALSE are
 * labels of their own, and a date matches the number of its serial.
 * Error values are not labels: callers check `isErrorValue` first.
 */
export function groupKey(label: CellValue | undefined): string | null {
  if (isBlankCell(label)) return null;
  if (typeof label === "number") return "n:" + String(label === 0 ? 0 : label);
  if (typeof label === "boolean") return label ? "b:TRUE" : "b:FALSE";
  if (label instanceof Date) return "n:" + String(dateToSerial(label));
  if (typeof label === "string") return "s:" + label.normalize("NFC").toLowerCase();
  if (isErrorValue(label)) return "e:" + label.error;
  return null;
}

/** Labels coded as integers: `codes[row]` is the group index, or -1 when the row has no group. */
export interface GroupCoding {
  codes: Int32Array;
  groupCount: number;
  /** Each group's label as first spelled, in order of first appearance. */
  firstLabels: CellValue[];
  leftOut: { blankLabel: number; errorLabel: number };
}

/** Options of `encodeGroups`. */
export interface EncodeOptions {
  /** Keep blank labels as one group of their own instead of leaving the rows out. */
  keepBlanks?: boolean;
}

/**
 * Codes labels as group indices in order of first appearance. Each distinct raw label is
 * normalized once, so the cost is one map look-up per row.
 */
export function encodeGroups(labels: ArrayLike<CellValue | undefined>, options: EncodeOptions = {}): GroupCoding {
  const codes = new Int32Array(labels.length);
  const firstLabels: CellValue[] = [];
  const codeByKey = new Map<string, number>();
  const codeByRaw = new Map<string | number | boolean, number>();
  const leftOut = { blankLabel: 0, errorLabel: 0 };
  let blankCode = -1;

  for (let row = 0; row < labels.length; row++) {
    const label = labels[row];

    if (typeof label === "string" || typeof label === "number" || typeof label === "boolean") {
      const known = codeByRaw.get(label);
      if (known !== undefined) {
        codes[row] = known;
        continue;
      }
    }

    if (isBlankCell(label)) {
      if (!options.keepBlanks) {
        codes[row] = -1;
        leftOut.blankLabel++;
        continue;
      }
      if (blankCode < 0) {
        blankCode = firstLabels.length;
        firstLabels.push(null);
      }
      codes[row] = blankCode;
      continue;
    }
    if (isErrorValue(label)) {
      codes[row] = -1;
      leftOut.errorLabel++;
      continue;
    }

    const key = groupKey(label) as string;
    let code = codeByKey.get(key);
    if (code === undefined) {
      code = firstLabels.length;
      codeByKey.set(key, code);
      firstLabels.push(label as CellValue);
    }
    codes[row] = code;
    if (typeof label === "string" || typeof label === "number" || typeof label === "boolean") {
      codeByRaw.set(label, code);
    }
  }
  return { codes, groupCount: firstLabels.length, firstLabels, leftOut };
}
