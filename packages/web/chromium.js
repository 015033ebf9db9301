// How the page's browser harnesses (test/web and bench/first-plan) run Chromium: Debian's package
// (no browser download) with one set of flags for a quiet, offline, throw-away headless run.

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Chromium's flags for a quiet, offline, throw-away headless run. */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);
