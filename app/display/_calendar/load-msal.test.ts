import { describe, expect, it } from "vitest";
import { msalLoader } from "./load-msal";
import { CalendarError } from "./types";

describe("loading MSAL on the tablet", () => {
  it("tries a failed load again at the next call, under another attempt, and says the network failed meanwhile", async () => {
    const asked: number[] = [];
    const msal = {} as typeof import("@azure/msal-browser");
    const load = msalLoader(async (attempt) => {
      asked.push(attempt);
      if (attempt === 0) throw new TypeError("Failed to fetch dynamically imported module: http://localhost/js/msal.js");
      return msal;
    });
    const failure = await load().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CalendarError);
    expect(failure).toMatchObject({ reason: "unreachable" });
    expect(await load()).toBe(msal);
    // Loaded once, kept: no third attempt.
    expect(await load()).toBe(msal);
    expect(asked).toEqual([0, 1]);
  });
});
