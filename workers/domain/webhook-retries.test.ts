import { describe, expect, it } from "vitest";
import { DISABLE_AFTER_MS, MAX_ATTEMPTS, retryDelayAfter, shouldDisable } from "./webhook-retries";

const MIN = 60_000;

describe("retryDelayAfter", () => {
  it("waits four times longer after each failure, up to 12 hours, then gives up", () => {
    const delays = Array.from({ length: MAX_ATTEMPTS }, (_, i) => retryDelayAfter(i + 1));
    expect(delays).toEqual([1 * MIN, 4 * MIN, 16 * MIN, 64 * MIN, 256 * MIN, 720 * MIN, 720 * MIN, null]);
  });
});

describe("shouldDisable", () => {
  it("turns an endpoint off after five failures in a row over at least a day", () => {
    const since = Date.UTC(2026, 11, 1);
    expect(shouldDisable(5, since, since + DISABLE_AFTER_MS)).toBe(true);
    expect(shouldDisable(4, since, since + 2 * DISABLE_AFTER_MS)).toBe(false);
    // Five quick failures (a deploy on the receiver's side) are not a run worth turning off for.
    expect(shouldDisable(7, since, since + DISABLE_AFTER_MS - 1)).toBe(false);
  });
});
