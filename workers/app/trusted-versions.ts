import type { PageVersion } from "./render-cache";

/**
 * How long this isolate answers a page from the version the core last gave it, without asking
 * again. A person's write forwarded by this isolate (a form post, an admin action, a dev tool)
 * forgets every trusted version at once; any other change (a tablet's heartbeat, another isolate,
 * an alarm) is seen at most this much later. docs/decisions/018-trusted-page-versions.md.
 */
const TRUST_MS = 1_000;

interface Trusted {
  version: PageVersion;
  /** Real time the core gave it. */
  at: number;
  /** Real time it is asked for again. */
  until: number;
}

/**
 * Page versions as the core last gave them, per question (page, access, language), held for at
 * most TRUST_MS and never past the version's own `freshForMs`.
 */
export class TrustedVersions {
  private readonly entries = new Map<string, Trusted>();
  /** Bumped by each forget: an answer asked for before it is not kept, it may predate the change. */
  private generation = 0;

  constructor(
    private readonly capacity: number,
    private readonly trustMs = TRUST_MS,
  ) {}

  /**
   * The version for `question`: the trusted one while it holds, else `ask`'s (null: none to trust).
   * `revalidate` asks whatever is trusted: the request said it wants no stored answer.
   */
  async version(question: string, ask: () => Promise<PageVersion | null>, { revalidate = false } = {}): Promise<PageVersion | null> {
    const now = Date.now();
    const hit = revalidate ? undefined : this.entries.get(question);
    if (hit && hit.until > now) {
      const { key, freshForMs } = hit.version;
      return { key, freshForMs: freshForMs === null ? null : freshForMs - (now - hit.at) };
    }
    const asked = this.generation;
    const version = await ask();
    if (version === null || asked !== this.generation) return version;
    const until = now + Math.min(this.trustMs, version.freshForMs ?? Infinity);
    this.entries.delete(question);
    this.entries.set(question, { version, at: now, until });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return version;
  }

  /** Every trusted version is asked for again: this isolate has just forwarded a change. */
  forgetAll(): void {
    this.entries.clear();
    this.generation++;
  }
}

/** This isolate's trusted versions of the public pages (/subprocessors, /rooms/{org}). */
export const pageVersions = new TrustedVersions(2_000);

/**
 * Whether a request refuses an answer from store (RFC 9111 §5.2.1: `no-cache`, or `max-age=0`, as
 * a reload sends). The finder's live script fetches the list again with `cache: "no-store"`, which
 * sends `Cache-Control: no-cache` (Fetch), right after its board told it of a change: the trusted
 * version may predate that change by up to TRUST_MS, and the script would keep the old list.
 */
export function wantsRevalidation(request: Request): boolean {
  const directives = (request.headers.get("cache-control") ?? "").toLowerCase().split(",").map((d) => d.trim());
  return directives.includes("no-cache") || directives.includes("max-age=0") || request.headers.get("pragma")?.toLowerCase() === "no-cache";
}
