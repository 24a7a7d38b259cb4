// CPU time (user + system) used by a process and all its descendants, read from Linux's /proc, so
// a bench can report CPU per request of a child process: steadier than wall-clock figures on a
// shared machine, where waiting for a core shows up as latency but not as CPU time. `npm start`
// runs the server in a grandchild (tsx's launcher spawns node), hence the whole tree. Elsewhere
// than Linux: null.
import fs from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux the bench runs on (getconf CLK_TCK)

function descendants(pid: number): number[] {
  const children: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  for (const task of tasks) {
    try {
      for (const child of fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/)) if (child) children.push(Number(child));
    } catch {
      // the task ended meanwhile
    }
  }
  return [pid, ...children.flatMap(descendants)];
}

function ownCpuMs(pid: number): number {
  try {
    // Fields after the command's closing parenthesis; utime and stime are fields 14 and 15 of the line.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /s, "").split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** CPU ms used so far by `pid` and its live descendants; null when /proc cannot be read. */
export function processTreeCpuMs(pid: number | undefined): number | null {
  if (pid === undefined || !fs.existsSync(`/proc/${pid}/stat`)) return null;
  return descendants(pid).reduce((sum, p) => sum + ownCpuMs(p), 0);
}

/** CPU ms used so far by the live processes whose command name is `name` (e.g. "postgres": the server and its backends); null off Linux. */
export function processesNamedCpuMs(name: string): number | null {
  let pids: string[];
  try {
    pids = fs.readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return null;
  }
  let sum = 0;
  for (const pid of pids) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() === name) sum += ownCpuMs(Number(pid));
    } catch {
      // the process ended meanwhile
    }
  }
  return sum;
}

/** CPU ms the whole host has been busy so far (all cores; not idle, not waiting for I/O), from /proc/stat; null off Linux. */
export function hostBusyCpuMs(): number | null {
  try {
    const [, ...ticks] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = ticks;
    return ((user + nice + system + irq + softirq + steal) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
