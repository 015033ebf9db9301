// The batch progress line: its figures (share, rate, time left) from a clock the test drives, the bar
// redrawn in place and erased on a terminal, plain lines elsewhere, and nothing at all for none.
import { describe, expect, it } from 'vitest';
import { progressReporter, renderProgress } from '../plan/batch-progress.js';

describe('batch progress', () => {
  it('renders lines, rate, share and time left', () => {
    const state = { lines: 5000, bytesRead: 250, totalBytes: 1000, elapsedMs: 10_000 };
    expect(renderProgress(state, true)).toBe(
      'batch: [######··················]  25%  5000 lines  500 lines/s  ETA 0:30',
    );
    expect(renderProgress(state, false)).toBe('batch:  25%  5000 lines  500 lines/s  ETA 0:30');
    expect(renderProgress({ lines: 7, bytesRead: 9, elapsedMs: 2000 }, true)).toBe(
      'batch: 7 lines  4 lines/s',
    );
  });

  it('redraws a bar in place at most every interval and erases it at the end', () => {
    let t = 0;
    const out: string[] = [];
    const bar = progressReporter(
      'bar',
      (s) => out.push(s),
      100,
      () => t,
      100,
    );
    bar.update(1, 10);
    t = 50;
    bar.update(2, 20);
    t = 150;
    bar.update(3, 30);
    bar.done();
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^\r.*\[#{2}·+\]\s+10%/);
    expect(out[0]!.endsWith('\x1b[K')).toBe(true);
    expect(out[1]).toMatch(/^\r.*30% {2}3 lines/);
    expect(out[2]).toBe('\r\x1b[K');
  });

  it('prints plain lines (and a last one) for lines, nothing for none', () => {
    let t = 0;
    const lines: string[] = [];
    const plain = progressReporter(
      'lines',
      (s) => lines.push(s),
      undefined,
      () => t,
      1000,
    );
    plain.update(10, 1);
    t = 500;
    plain.update(20, 2);
    t = 2000;
    plain.done();
    expect(lines).toEqual(['batch: 10 lines  0 lines/s\n', 'batch: 20 lines  10 lines/s\n']);
    const none: string[] = [];
    const quiet = progressReporter('none', (s) => none.push(s), 100);
    quiet.update(1, 1);
    quiet.done();
    expect(none).toEqual([]);
  });
});
