/* eslint-disable no-undef */
// Webpack loader for node_modules: replaces the last-resort global lookup `new Function("return this")()`
// with `({})`, the value the libraries fall back to when that call throws. @microsoft/fast-element 1.14
// (under Fluent UI) keeps it for engines without globalThis. Office's webviews have globalThis, so the
// branch never runs, but the add-in's Content-Security-Policy forbids eval, and the bundle test
// rejects any Function constructor in the output.
"use strict";

module.exports = function removeFunctionConstructorGlobalLookup(source) {
  return source.replace(/new Function\((["'])return this\1\)\(\)/g, "({})");
};
