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
  const procs = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let text;
    try {
      text = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    // The command name is in parentheses and may hold spaces: the fields start after its last ")".
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const ppid = Number(fields[1]);
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    procs.set(Number(name), { ppid, ticks });
  }
  let total = 0;
  for (const [pid, { ticks }] of procs) {
    for (let at = pid, hops = 0; at > 1 && hops < 64; at = procs.get(at)?.ppid ?? 0, hops++) {
      if (at === process.pid) {
        if (withSelf || pid !== process.pid) total += ticks;
        break;
      }
    }
  }
  return total;
}
