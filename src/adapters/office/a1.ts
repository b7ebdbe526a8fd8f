import { columnLetter } from "../../sheet/column-letter";

/** A 0-based, inclusive rectangle of sheet cells. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Quotes a sheet name for a formula reference; quoting is always valid, so every name is quoted. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Absolute reference such as `'Data'!$C$2:$C$345`. */
export function absoluteReference(sheetName: string, box: Box): string {
  const first = `$${columnLetter(box.left)}$${box.top + 1}`;
  const last = `$${columnLetter(box.right)}$${box.bottom + 1}`;
  return `${quotedSheetName(sheetName)}!${first === last ? first : `${first}:${last}`}`;
}

/**
 * Parses an address as Office.js reports it (`C5`, `B2:D9`, `C:D`, `3:4`, with or without a
 * sheet prefix) into a box; returns `null` for anything else.
 */
export function parseAddress(address: string): Box | null {
  const bang = address.lastIndexOf("!");
  const parts = address.slice(bang + 1).replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length > 2) return null;
  const ends = parts.map(parseEnd);
  const first = ends[0];
  const last = ends[ends.length - 1];
  if (!first || !last) return null;
  return {
    top: first.row ?? 0,
    left: first.column ?? 0,
    bottom: last.row ?? 1_048_575,
    right: last.column ?? 16_383,
  };
}

function parseEnd(text: string): { row: number | null; column: number | null } | null {
  const match = /^([A-Z]{0,3})(\d*)$/.exec(text);
  if (!match || (match[1] === "" && match[2] === "")) return null;
  let column: number | null = null;
  if (match[1]) {
    column = 0;
    for (const letter of match[1]) column = column * 26 + (letter.charCodeAt(0) - 64);
    column -= 1;
  }
  return { row: match[2] ? Number(match[2]) - 1 : null, column };
}

export function intersects(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function containsBox(outer: Box, inner: Box): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}
