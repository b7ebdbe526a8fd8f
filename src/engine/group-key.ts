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
  if (typeof label === "string") return "s:" + normalizeText(label);
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
 * Codes labels as group indices in order of first appearance, matching labels as `groupKey` does.
 *
 * Text goes through one map that contains both raw spellings and their normalized keys. That is
 * consistent because a normalized key is its own normalized form, so every entry X maps to the
 * group of normalize(X). Each distinct spelling is normalized once, and a label already in
 * normalized form costs one map entry. Numbers and dates share a map keyed by value (a date by
 * its serial number); logicals have a slot each.
 */
export function encodeGroups(labels: ArrayLike<CellValue | undefined>, options: EncodeOptions = {}): GroupCoding {
  const codes = new Int32Array(labels.length);
  const firstLabels: CellValue[] = [];
  const codeByText = new Map<string, number>();
  const codeByNumber = new Map<number, number>();
  const codeByLogical = [-1, -1];
  const leftOut = { blankLabel: 0, errorLabel: 0 };
  let blankCode = -1;

  const newGroup = (label: CellValue): number => {
    firstLabels.push(label);
    return firstLabels.length - 1;
  };

  for (let row = 0; row < labels.length; row++) {
    const label = labels[row];
    let code: number | undefined;

    if (typeof label === "string" && label !== "") {
      code = codeByText.get(label);
      if (code === undefined) {
        const key = normalizeText(label);
        code = key === label ? undefined : codeByText.get(key);
        if (code === undefined) {
          code = newGroup(label);
          codeByText.set(key, code);
        }
        if (key !== label) codeByText.set(label, code);
      }
    } else if (typeof label === "number" || label instanceof Date) {
      // A date matches the number of its serial; -0 matches 0.
      let value = label instanceof Date ? dateToSerial(label) : label;
      if (value === 0) value = 0;
      code = codeByNumber.get(value);
      if (code === undefined) {
        code = newGroup(label);
        codeByNumber.set(value, code);
      }
    } else if (typeof label === "boolean") {
      const slot = label ? 1 : 0;
      if (codeByLogical[slot] < 0) codeByLogical[slot] = newGroup(label);
      code = codeByLogical[slot];
    } else if (isErrorValue(label)) {
      leftOut.errorLabel++;
      code = -1;
    } else if (options.keepBlanks) {
      if (blankCode < 0) blankCode = newGroup(null);
      code = blankCode;
    } else {
      leftOut.blankLabel++;
      code = -1;
    }
    codes[row] = code;
  }
  return { codes, groupCount: firstLabels.length, firstLabels, leftOut };
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** Case-folds text as COUNTIF compares it: NFC normalization (not needed for ASCII), then lower case. */
function normalizeText(text: string): string {
  return (NON_ASCII.test(text) ? text.normalize("NFC") : text).toLowerCase();
}
