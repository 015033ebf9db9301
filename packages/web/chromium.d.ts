/** Where Debian's chromium package puts the browser. */
export declare const CHROMIUM_PATH: string;
/** Chromium's flags for a quiet, offline, throw-away headless run. */
export declare const CHROMIUM_ARGS: readonly string[];
