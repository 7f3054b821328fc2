/**
 * Two clocks per measurement. Wall time is what a user waits; CPU time
 * (this process's user + system time) is what the code costs, and stays
 * meaningful when other jobs share the machine's cores: on the shared 2-core
 * build box, wall times swing 2× from one minute to the next, CPU times don't.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A handle on V8's gc() without restarting node with --expose-gc: the growth test
// collects garbage before each run, so a run does not pay for its predecessor's heap.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export function collectGarbage(): void {
  gc();
}

export interface Timing {
  wall: number;
  cpu: number;
}

export function measure(fn: () => void): Timing {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  fn();
  const wall = performance.now() - wall0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
