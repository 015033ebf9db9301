// The benches' CPU clock: process.cpuUsage (user + system of this process), so the machine's load,
// which stretches wall-clock times, does not enter the figures.

/**
 * @param f - the work to time
 * @param times - how many times to run it (default once)
 * @returns the CPU milliseconds of running `f` `times` times
 */
export function cpuMs(f: () => void, times = 1): number {
  const start = process.cpuUsage();
  for (let i = 0; i < times; i++) f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
