/**
 * Progress of `plan --batch` on stderr, never stdout: lines done, the rate, and when the input's size
 * is known (a regular file) the share of its bytes read, a bar and the time left. On a terminal one
 * line redraws in place (`\r`, erased before the summary); `--progress lines` prints a plain line
 * every few seconds instead, and one at the end, for logs; otherwise (the default off a terminal)
 * nothing, so a script's stderr is only the summary.
 */

/** Where progress is shown: a bar on a terminal, plain lines, or nowhere. */
export type ProgressMode = 'bar' | 'lines' | 'none';

/** The figures one progress line shows. */
export interface ProgressState {
  lines: number;
  bytesRead: number;
  /** The input's size, when known. */
  totalBytes?: number;
  elapsedMs: number;
}

const BAR_WIDTH = 24;

/** `1:05`, `1:02:03`. */
function clock(seconds: number): string {
  const s = Math.round(seconds);
  const hms = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  const parts = hms[0] ? hms : hms.slice(1);
  return parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join(':');
}

/**
 * @param state - how far the batch has got
 * @param bar - draw a bar (on a terminal)
 * @returns one line of text, without a line end: `[#####·····]  42%  420000 lines  9800 lines/s  ETA 0:59`
 */
export function renderProgress(state: ProgressState, bar: boolean): string {
  const seconds = state.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(state.lines / seconds) : 0;
  const parts = [`${state.lines} lines`, `${rate} lines/s`];
  if (state.totalBytes !== undefined && state.totalBytes > 0) {
    const share = Math.min(1, state.bytesRead / state.totalBytes);
    const percent = `${String(Math.floor(share * 100)).padStart(3)}%`;
    const eta = share > 0 && share < 1 ? `ETA ${clock((seconds * (1 - share)) / share)}` : '';
    const filled = Math.round(share * BAR_WIDTH);
    const drawn = bar ? `[${'#'.repeat(filled)}${'·'.repeat(BAR_WIDTH - filled)}] ` : '';
    parts.unshift(`${drawn}${percent}`);
    if (eta) parts.push(eta);
  }
  return `batch: ${parts.join('  ')}`;
}

/** Shows progress as a batch goes: call update after each written chunk, and done at the end. */
export interface ProgressReporter {
  update(lines: number, bytesRead: number): void;
  /** Erases the bar (or prints the last plain line), before the summary. */
  done(): void;
}

/**
 * @param mode - bar, lines or none
 * @param write - writes to stderr
 * @param totalBytes - the input's size, when known
 * @param now - the clock in milliseconds (tests pass their own)
 * @param everyMs - how often to redraw (bar) or print (lines)
 * @returns the reporter
 */
export function progressReporter(
  mode: ProgressMode,
  write: (text: string) => void,
  totalBytes: number | undefined,
  now: () => number = () => performance.now(),
  everyMs = mode === 'bar' ? 100 : 5000,
): ProgressReporter {
  const start = now();
  let last = -Infinity; // the first update shows at once
  let state: ProgressState = { lines: 0, bytesRead: 0, elapsedMs: 0 };
  if (totalBytes !== undefined) state.totalBytes = totalBytes;
  const show = (): void => {
    if (mode === 'bar') write(`\r${renderProgress(state, true)}\x1b[K`);
    else if (mode === 'lines') write(`${renderProgress(state, false)}\n`);
  };
  return {
    update(lines, bytesRead) {
      if (mode === 'none') return;
      const t = now();
      state = { ...state, lines, bytesRead, elapsedMs: t - start };
      if (t - last < everyMs) return;
      last = t;
      show();
    },
    done() {
      if (mode === 'bar') write('\r\x1b[K');
      else if (mode === 'lines') {
        state = { ...state, elapsedMs: now() - start };
        show();
      }
    },
  };
}
