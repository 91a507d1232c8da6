import { afterEach, describe, expect, it, vi } from "vitest";
import { TrustedVersions, wantsRevalidation } from "./trusted-versions";

/** The core's answer for a page's version, counting how often it is asked. */
function core(initial: string, freshForMs: number | null = null) {
  let current = initial;
  let asked = 0;
  return {
    ask: async () => {
      asked++;
      return { key: current, freshForMs };
    },
    change: (next: string) => (current = next),
    asked: () => asked,
  };
}

describe("TrustedVersions", () => {
  afterEach(() => vi.useRealTimers());

  it("asks the core again, and trusts the new answer, when the request wants no stored answer", async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const versions = new TrustedVersions(10, 1_000);
    const board = core("b1");
    await versions.version("finder", board.ask);
    board.change("b2");
    // The live script, told of the change by its socket, fetches the list again with no-cache.
    expect((await versions.version("finder", board.ask, { revalidate: true }))?.key).toBe("b2");
    expect((await versions.version("finder", board.ask))?.key).toBe("b2");
    expect(board.asked()).toBe(2);
  });

  it("reads no-cache, max-age=0 and Pragma: no-cache as wanting no stored answer, as the live script's fetch and a reload send them", () => {
    const asking = (headers: Record<string, string>) => wantsRevalidation(new Request("https://trust.example/rooms/acme", { headers }));
    expect(asking({ "cache-control": "no-cache" })).toBe(true);
    expect(asking({ "cache-control": "Max-Age=0" })).toBe(true);
    expect(asking({ pragma: "no-cache" })).toBe(true);
    expect(asking({})).toBe(false);
    expect(asking({ "cache-control": "max-age=60" })).toBe(false);
  });

  it("asks the core once within the trust time, and again once it is over", async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const versions = new TrustedVersions(10, 1_000);
    const list = core("v1");
    expect(await versions.version("subprocessors|en", list.ask)).toEqual({ key: "v1", freshForMs: null });
    list.change("v2");
    vi.advanceTimersByTime(999);
    expect((await versions.version("subprocessors|en", list.ask))?.key).toBe("v1");
    expect(list.asked()).toBe(1);
    vi.advanceTimersByTime(1);
    expect((await versions.version("subprocessors|en", list.ask))?.key).toBe("v2");
    expect(list.asked()).toBe(2);
  });

  it("sees a change at once after forgetAll, the write this isolate forwarded", async () => {
    const versions = new TrustedVersions(10, 60_000);
    const list = core("v1");
    await versions.version("subprocessors|en", list.ask);
    list.change("v2");
    versions.forgetAll();
    expect((await versions.version("subprocessors|en", list.ask))?.key).toBe("v2");
  });

  it("does not keep a version asked for while a write was under way", async () => {
    const versions = new TrustedVersions(10, 60_000);
    const list = core("v1");
    let answer!: () => void;
    const slow = () => new Promise<{ key: string; freshForMs: null }>((resolve) => (answer = () => resolve({ key: "v1", freshForMs: null })));
    const pending = versions.version("subprocessors|en", slow);
    list.change("v2");
    versions.forgetAll();
    answer();
    expect((await pending)?.key).toBe("v1");
    expect((await versions.version("subprocessors|en", list.ask))?.key).toBe("v2");
  });

  it("never trusts a version past its own freshness, and counts that freshness down", async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const versions = new TrustedVersions(10, 1_000);
    const finder = core("b1", 300);
    await versions.version("finder", finder.ask);
    vi.advanceTimersByTime(200);
    expect(await versions.version("finder", finder.ask)).toEqual({ key: "b1", freshForMs: 100 });
    vi.advanceTimersByTime(100);
    await versions.version("finder", finder.ask);
    expect(finder.asked()).toBe(2);
  });

  it("keeps nothing when the core gives no version (refused access asks every time)", async () => {
    const versions = new TrustedVersions(10, 60_000);
    let asked = 0;
    const refused = async () => (asked++, null);
    expect(await versions.version("finder|wrong-key", refused)).toBeNull();
    expect(await versions.version("finder|wrong-key", refused)).toBeNull();
    expect(asked).toBe(2);
  });
});
