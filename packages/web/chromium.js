// How the page's browser harnesses (test/web and the benches in bench/) run Chromium: Debian's
// package (no browser download) with one set of flags for a quiet, offline, throw-away headless run.

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

/**
 * @returns the options of playwright-core's `chromium.launchPersistentContext(profile, options)`
 *   every harness uses: Debian's browser, headless, these flags, a desktop viewport
 */
export function chromiumLaunchOptions() {
  return {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
  };
}
