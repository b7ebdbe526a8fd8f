#!/usr/bin/env node
"use strict";
// Prints vitest's JSON report as one line "N passed, N failed[, N skipped]" for CI, and fails
// when the report is missing or no test ran.
const fs = require("node:fs");

const reportPath = process.argv[2] || "test-results/vitest.json";
if (!fs.existsSync(reportPath)) {
  console.log("0 passed, 1 failed");
  console.error(`No vitest report at ${reportPath}: the test run did not finish.`);
  process.exit(1);
}
const report = JSON.parse(fs.readFileSync(reportPath, "utf8"));
const passed = report.numPassedTests ?? 0;
const failed = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : ""));
process.exit(failed > 0 || passed === 0 ? 1 : 0);
