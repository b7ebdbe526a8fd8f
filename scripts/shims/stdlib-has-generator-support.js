/* eslint-disable no-undef */
// Stands in for @stdlib/assert-has-generator-support in the add-in bundle (a webpack alias).
// The original probes with an indirect eval, which the add-in's Content-Security-Policy blocks, so
// in Office it would log a CSP violation and report false. Every webview that runs Office's shared
// runtime supports generators (ES2015), and true selects the same stdlib code path the Node tests run.
"use strict";

module.exports = function hasGeneratorSupport() {
  return true;
};
