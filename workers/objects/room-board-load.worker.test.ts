import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { createContext } from "../core/context";
import { DisplaysApi } from "../core/displays";
import { orThrow } from "../errors";
import { createTestOrg } from "../test/room-fixture";
import { roomBoard } from "./room-board";

// Fault test (issue 4): a burst of concurrent heartbeats to one organisation. The board
// serialises them; afterwards its state must be exactly the last report of every display.
const db = createDb(env.DB);
const api = new DisplaysApi(env);

const DISPLAYS = 1000;
const REPORTS_EACH = 4;

describe("RoomBoard under a burst of heartbeats", () => {
  // 4,000 heartbeats, each through device-token verification and the board, on a 2-core machine
  // shared with other suites: about 15 s alone, so the suite's 20 s would fail it on a busy machine, not a slow board.
  it("sends 1,000 heartbeats at once, keeps the displays racing for 4,000, and ends with each display's last report", { timeout: 90_000 }, async () => {
    const t = await createTestOrg(db, DISPLAYS, (await createContext(env)).clock.now());
    expect(t.displays).toHaveLength(DISPLAYS);
    // Every display sends its first report in the same tick (1,000 at once), then its next as
    // soon as the board answers the previous one: all displays race each other, while each
    // display's own reports stay ordered, so "last" is well defined.
    let inFlight = 0;
    let mostInFlight = 0;
    const plan = t.displays.map((d, i) => ({ display: d, values: Array.from({ length: REPORTS_EACH }, (_, w) => (i * 7 + w * 3) % 5 < 2) }));
    const results = await Promise.all(
      plan.map(async ({ display, values }) => {
        const answers = [];
        for (const occupied of values) {
          inFlight++;
          mostInFlight = Math.max(mostInFlight, inFlight);
          answers.push(await api.heartbeat({ deviceToken: display.token, occupied }));
          inFlight--;
        }
        return answers;
      }),
    );
    expect(mostInFlight).toBe(DISPLAYS);
    expect(results.flat().filter((r) => !r.ok)).toEqual([]);
    expect(results.flat()).toHaveLength(DISPLAYS * REPORTS_EACH);

    const live = orThrow(await roomBoard(env, t.org.id).states({ orgId: t.org.id }));
    expect(live).toHaveLength(DISPLAYS);
    const byId = new Map(live.map((d) => [d.displayId, d]));
    for (const { display, values } of plan) {
      expect(byId.get(display.id)).toEqual({ displayId: display.id, online: true, occupied: values.at(-1), known: true, health: null, healthSince: null });
    }
  });
});
