#!/usr/bin/env node
"use strict";
// Writes a large, deterministic test table for timing `triplet-criteria rank` on big files.
// Usage: node scripts/make-large-csv.js ROWS COLUMNS OUT
// OUT ending in .csv gives a UTF-8 CSV; OUT ending in .xlsx gives a workbook with one sheet
// "data" (written with exceljs's streaming writer). The first column, "Score", is the target.
// The other columns cycle through four kinds of criterion: a text group with a few labels,
// a Korean text group, a whole-number column and a decimal column (both binned by the engine).
// About 1% of the criterion cells are blank. The same arguments always give the same file.
const fs = require("node:fs");
const ExcelJS = require("exceljs");

// The benchmark's seeded generator, from the compiled command line (`npm install` builds it).
const { seededRandom: makeRandom } = require("../dist/node/bench/synthetic-data.js");

const REGIONS = ["North", "South", "East", "West", "Center"];
const TEAMS = ["서울", "부산", "대구", "인천", "광주", "대전", "울산"];

function headerRow(columns) {
  const header = ["Score"];
  for (let c = 1; c < columns; c++) header.push(`${["Region", "Team", "Age", "Weight"][(c - 1) % 4]} ${c}`);
  return header;
}

/** One data row: criteria first (drawn at random), then a score that depends on the first criteria. */
function dataRow(random, columns) {
  const cells = new Array(columns);
  let score = 50;
  for (let c = 1; c < columns; c++) {
    const kind = (c - 1) % 4;
    let value;
    if (kind === 0) value = REGIONS[Math.floor(random() * REGIONS.length)];
    else if (kind === 1) value = TEAMS[Math.floor(random() * TEAMS.length)];
    else if (kind === 2) value = 18 + Math.floor(random() * 60);
    else value = Math.round((45 + random() * 60) * 10) / 10;
    // Only the first four criteria move the score, each by a different amount.
    if (c === 1) score += REGIONS.indexOf(value) * 2;
    if (c === 2) score += TEAMS.indexOf(value) * 0.5;
    if (c === 3) score -= (value - 18) * 0.2;
    if (c === 4) score += (value - 75) * 0.05;
    cells[c] = random() < 0.01 ? null : value;
  }
  cells[0] = Math.round((score + (random() - 0.5) * 20) * 100) / 100;
  return cells;
}

function csvField(value) {
  return value === null ? "" : String(value);
}

function writeCsv(rows, columns, out) {
  const random = makeRandom(20261204);
  const fd = fs.openSync(out, "w");
  let chunk = `${headerRow(columns).join(",")}\n`;
  for (let r = 0; r < rows; r++) {
    chunk += `${dataRow(random, columns).map(csvField).join(",")}\n`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, chunk);
      chunk = "";
    }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
}

async function writeXlsx(rows, columns, out) {
  const random = makeRandom(20261204);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: false, useSharedStrings: true });
  // Fixed metadata, so the same arguments give the same cells and properties.
  workbook.creator = "triplet-criteria scripts/make-large-csv.js";
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet("data");
  sheet.addRow(headerRow(columns)).commit();
  for (let r = 0; r < rows; r++) sheet.addRow(dataRow(random, columns)).commit();
  sheet.commit();
  await workbook.commit();
}

async function main() {
  const [rowsText, columnsText, out] = process.argv.slice(2);
  const rows = Number(rowsText);
  const columns = Number(columnsText);
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(columns) || columns < 2 || !out || !/\.(csv|xlsx)$/i.test(out)) {
    process.stderr.write("Usage: node scripts/make-large-csv.js ROWS COLUMNS OUT.csv|OUT.xlsx (ROWS >= 1, COLUMNS >= 2)\n");
    process.exit(2);
  }
  if (/\.xlsx$/i.test(out)) await writeXlsx(rows, columns, out);
  else writeCsv(rows, columns, out);
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
