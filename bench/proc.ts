// Linux /proc readings: CPU of finished descendants, a child's CPU, and a process's peak memory (VmHWM).
import { readFileSync, readdirSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function statFields(pid: number | 'self'): string[] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces and parentheses): field 3 (state) is index 0.
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/**
 * CPU (user + system, ms) of this process's children that have ended and been reaped, with their own
 * reaped descendants (cutime + cstime). A delta around a run of a system is the CPU that system's
 * processes used (the registry, still running, is not in it).
 */
export function reapedChildrenCpuMs(): number {
  const f = statFields('self')!;
  return (Number(f[13]) + Number(f[14])) * TICK_MS;
}

/** CPU of a running process: own (utime + stime) and of its reaped children (cutime + cstime), ms. */
export function processCpuMs(pid: number): { own: number; children: number } | undefined {
  const f = statFields(pid);
  if (!f) return undefined;
  return { own: (Number(f[11]) + Number(f[12])) * TICK_MS, children: (Number(f[13]) + Number(f[14])) * TICK_MS };
}

/** Direct children of this process (every thread's `children` list). */
export function childPids(): number[] {
  const pids = new Set<number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      for (const pid of readFileSync(`/proc/self/task/${tid}/children`, 'utf8').trim().split(/\s+/)) if (pid) pids.add(Number(pid));
    } catch {
      // thread gone
    }
  }
  return [...pids];
}

export function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
}

/** VmHWM (peak resident set) in KiB, or undefined once the process is gone. */
export function vmHwmKb(pid: number): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

export interface Watch {
  /** Stops polling; returns the highest VmHWM seen (KiB) and the process's own CPU at the last poll (ms). */
  stop(): { pid: number | undefined; peakKb: number | undefined; ownCpuMs: number | undefined };
}

/**
 * Polls every `everyMs` for a child of this process whose command line contains `match` (or the given
 * pid), then its VmHWM. The last poll can be up to `everyMs` before the process exits, so a peak
 * reached in its last few milliseconds may be missed (stated in the report).
 */
export function watchProcess(match: string | number, everyMs = 20): Watch {
  let pid = typeof match === 'number' ? match : undefined;
  let peakKb: number | undefined;
  let ownCpuMs: number | undefined;
  const poll = () => {
    if (pid === undefined && typeof match === 'string') pid = childPids().find((candidate) => cmdline(candidate).includes(match));
    if (pid === undefined) return;
    const hwm = vmHwmKb(pid);
    if (hwm !== undefined) peakKb = Math.max(peakKb ?? 0, hwm);
    const cpu = processCpuMs(pid);
    if (cpu) ownCpuMs = cpu.own;
  };
  poll();
  const timer = setInterval(poll, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return { pid, peakKb, ownCpuMs };
    },
  };
}

/** Busy CPU time of the whole machine so far (all cores, ms), from /proc/stat. */
export function machineBusyMs(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return (user + nice + system + irq + softirq + steal) * TICK_MS;
}

/** CPU this process itself used so far (ms). */
export function selfCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Total time all waits for a quiet machine may take in one benchmark run. */
let quietBudgetMs = 6 * 60_000;
export let quietWaitedMs = 0;

/**
 * Waits until the machine is quiet: other work (another test suite, say) running during a measurement
 * would be timed too. Samples 0.5 s at a time, at most `maxWaitMs` per call and 6 minutes per
 * benchmark run; returns the last sample's load in cores (the report shows the load during each run).
 */
export async function waitForQuiet(maxWaitMs = 120_000, threshold = 0.3): Promise<number> {
  const started = Date.now();
  for (;;) {
    const busy0 = machineBusyMs();
    const t0 = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const load = (machineBusyMs() - busy0) / (Date.now() - t0);
    const waited = Date.now() - started;
    if (load < threshold || waited > maxWaitMs || waited > quietBudgetMs) {
      quietBudgetMs -= waited;
      quietWaitedMs += waited;
      return load;
    }
  }
}
