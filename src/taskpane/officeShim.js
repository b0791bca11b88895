/*
 * Loaded right after office.js on the shared-runtime page. When office.js did not load (the page is
 * opened in a plain browser, or the Office CDN is unreachable) there is no CustomFunctions global,
 * yet the functions bundle registers every function with CustomFunctions.associate as it loads and
 * would throw. This no-op stand-in lets the rest of the page start; it is guarded on Office so it
 * can never shadow the real runtime.
 */
if (typeof Office === "undefined") {
  window.CustomFunctions = { associate: function () {} };
}
