/** Where Debian's chromium package puts the browser. */
export declare const CHROMIUM_PATH: string;
/** Chromium's flags for a quiet, offline, throw-away headless run. */
export declare const CHROMIUM_ARGS: readonly string[];
/** The options of `chromium.launchPersistentContext(profile, options)` every harness uses. */
export declare function chromiumLaunchOptions(): {
  executablePath: string;
  headless: boolean;
  args: string[];
  viewport: { width: number; height: number };
};
