#!/usr/bin/env node
"use strict";
// Builds examples/penguins.xlsx from the Palmer penguins data that the vega-datasets
// package ships (data/penguins.json). Run from the repository: node scripts/make-demo-workbook.js
const fs = require("node:fs");
const path = require("node:path");
const ExcelJS = require("exceljs");

const root = path.resolve(__dirname, "..");
const packageFolder = path.join(root, "node_modules", "vega-datasets");
const output = path.join(root, "examples", "penguins.xlsx");

// The column order of the source records; every record has all seven keys (null when missing).
const COLUMNS = ["Species", "Island", "Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)", "Sex"];

async function main() {
  const version = JSON.parse(fs.readFileSync(path.join(packageFolder, "package.json"), "utf8")).version;
  const records = JSON.parse(fs.readFileSync(path.join(packageFolder, "data", "penguins.json"), "utf8"));

  const workbook = new ExcelJS.Workbook();
  // Fixed metadata, so a rebuilt file shows the same properties.
  workbook.creator = "triplet-criteria scripts/make-demo-workbook.js";
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;

  const sheet = workbook.addWorksheet("penguins", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(COLUMNS).font = { bold: true };
  for (const record of records) {
    // A missing measurement stays an empty cell, never 0.
    sheet.addRow(COLUMNS.map((name) => (record[name] === null || record[name] === undefined ? null : record[name])));
  }
  COLUMNS.forEach((name, index) => {
    sheet.getColumn(index + 1).width = Math.max(10, name.length + 2);
  });

  await workbook.xlsx.writeFile(output);
  process.stdout.write(`Wrote ${path.relative(root, output)}: ${records.length} penguins from vega-datasets ${version}\n`);
}

main().catch((error) => {
  process.stderr.write(`make-demo-workbook failed: ${error.message}\n`);
  process.exitCode = 1;
});
