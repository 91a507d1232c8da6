// Whether other work shared the machine while a figure was measured. The load average cannot say:
// the bench's own processes (workerd, wrangler, the Resend stand-in, this node client) keep a
// 2-core machine above it by themselves. So this counts the machine's busy CPU time (/proc/stat)
// and takes away what this process and its descendants used (/proc/<pid>/stat, their own time and
// that of their children already reaped); what is left ran for someone else. Linux only: elsewhere
// it reports nothing and no figure is marked.
import { readdirSync, readFileSync } from "node:fs";

/** Other work averaging more than this many cores over a part marks its figures "under load". */
export const OTHER_CORES_LIMIT = 0.25;

/** Starts counting; `read()` gives the cores others used on average since then (null off Linux). */
export function startOtherLoadMeter() {
  const start = sample();
  return {
    read() {
      const end = sample();
      if (!start || !end) return null;
      const elapsed = (end.at - start.at) / 1000;
      if (elapsed <= 0) return 0;
      const others = end.busy - start.busy - (end.own - start.own);
      return Math.max(0, others / ticksPerSecond / elapsed);
    },
  };
}

/**
 * CPU milliseconds the bench's servers (every descendant of this process: wrangler, workerd, the
 * stand-in; not this client) have used so far, or null off Linux. Differences of it say what a
 * part cost the servers, which other work on the machine hardly changes, unlike a throughput.
 */
export function serverCpuMs() {
  try {
    return (ownTreeTicks({ withSelf: false }) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}

/** USER_HZ: the unit of both /proc/stat and /proc/<pid>/stat, 100 on every Linux build in use. */
const ticksPerSecond = 100;

function sample() {
  try {
    const at = performance.now();
    const busy = machineBusyTicks();
    return { at, busy, own: ownTreeTicks() };
  } catch {
    return null;
  }
}

/** Every CPU's time not idle and not waiting for I/O, in ticks (guest time is already in user). */
function machineBusyTicks() {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0];
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return user + nice + system + irq + softirq + steal;
}

/** CPU ticks of this process and all its descendants (workerd is wrangler's child, wrangler ours). */
function ownTreeTicks({ withSelf = true } = {}) {
  let total = 0;
  for (const [pid, { ticks }] of ownTree(readProcesses())) if (withSelf || pid !== process.pid) total += ticks;
  return total;
}

/**
 * CPU milliseconds each thread of the bench's servers (this process's descendants) has used so
 * far, with its name, by "pid/tid", or null off Linux. workerd runs every isolate of its process (the app
 * worker, the core worker, each Durable Object) on one thread, so a part can be held back by that
 * one thread while the machine's other core has room; comparing two readings says which thread
 * a part kept busiest, and for how long.
 */
export function serverThreadCpuMs() {
  try {
    const threads = new Map();
    for (const pid of ownTree(readProcesses()).keys()) {
      if (pid === process.pid) continue;
      let tids;
      try {
        tids = readdirSync(`/proc/${pid}/task`);
      } catch {
        continue; // exited meanwhile
      }
      for (const tid of tids) {
        const stat = readStat(`/proc/${pid}/task/${tid}/stat`);
        if (stat) threads.set(`${pid}/${tid}`, { name: stat.name, ms: ((stat.fields[11] + stat.fields[12]) * 1000) / ticksPerSecond });
      }
    }
    return threads;
  } catch {
    return null;
  }
}

/** The thread that used the most CPU between two readings of serverThreadCpuMs: its name, and how much (ms). */
export function busiestThread(before, after) {
  let busiest = null;
  for (const [thread, { name, ms }] of after) {
    const used = ms - (before.get(thread)?.ms ?? 0);
    if (!busiest || used > busiest.ms) busiest = { name, ms: used };
  }
  return busiest;
}

/** Every process: its parent and CPU ticks (its own and its reaped children's). */
function readProcesses() {
  const procs = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(`/proc/${name}/stat`);
    if (stat) procs.set(Number(name), { ppid: stat.fields[1], ticks: stat.fields[11] + stat.fields[12] + stat.fields[13] + stat.fields[14] });
  }
  return procs;
}

/** This process and its descendants, out of readProcesses(). */
function ownTree(procs) {
  const ours = new Map();
  for (const [pid, proc] of procs) {
    for (let at = pid, hops = 0; at > 1 && hops < 64; at = procs.get(at)?.ppid ?? 0, hops++) {
      if (at === process.pid) {
        ours.set(pid, proc);
        break;
      }
    }
  }
  return ours;
}

/** A /proc stat file: the command name, then the fields after it as numbers (field 3 of proc(5) first), or null once gone. */
function readStat(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return null; // exited meanwhile
  }
  // The command name is in parentheses and may hold spaces: the fields start after its last ")".
  const name = text.slice(text.indexOf("(") + 1, text.lastIndexOf(")"));
  return { name, fields: text.slice(text.lastIndexOf(")") + 2).split(" ").map(Number) };
}
