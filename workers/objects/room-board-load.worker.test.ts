import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { createContext } from "../core/context";
import { DisplaysApi } from "../core/displays";
import { orThrow } from "../errors";
import { createTestOrg } from "../test/room-fixture";
import { roomBoard } from "./room-board";

// Fault test (issue 4): a burst of 1,000 concurrent heartbeats to one organisation. The board
// serialises them; afterwards its state must be exactly the last report of every display.
const db = createDb(env.DB);
const api = new DisplaysApi(env);

describe("RoomBoard under a burst of heartbeats", () => {
  it("ends with each display's last report after 1,000 concurrent heartbeats", async () => {
    const t = await createTestOrg(db, 250, (await createContext(env)).clock.now());
    // Four waves of 250 concurrent heartbeats each (1,000 in flight together): each display's
    // reports are chained, so "last" is well defined, while all displays race each other.
    const waves = 4;
    const plan = t.displays.map((d, i) => ({ display: d, values: Array.from({ length: waves }, (_, w) => (i * 7 + w * 3) % 5 < 2) }));
    const results = await Promise.all(
      plan.map(async ({ display, values }) => {
        const answers = [];
        for (const occupied of values) answers.push(await api.heartbeat({ deviceToken: display.token, occupied }));
        return answers;
      }),
    );
    const failures = results.flat().filter((r) => !r.ok);
    expect(failures).toEqual([]);
    expect(results.flat()).toHaveLength(1000);

    const live = new Map(orThrow(await roomBoard(env, t.org.id).states({ orgId: t.org.id })).map((d) => [d.displayId, d]));
    for (const { display, values } of plan) {
      expect(live.get(display.id)).toEqual({ displayId: display.id, online: true, occupied: values.at(-1), known: true, health: null, healthSince: null });
    }
  });

  it("takes 1,000 heartbeats sent all at once without losing or failing any", async () => {
    const t = await createTestOrg(db, 1000, (await createContext(env)).clock.now());
    const expected = new Map(t.displays.map((d, i) => [d.id, i % 3 === 0]));
    const results = await Promise.all(t.displays.map((d) => api.heartbeat({ deviceToken: d.token, occupied: expected.get(d.id)! })));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const live = orThrow(await roomBoard(env, t.org.id).states({ orgId: t.org.id }));
    expect(live).toHaveLength(1000);
    for (const d of live) expect(d).toEqual({ displayId: d.displayId, online: true, occupied: expected.get(d.displayId), known: true, health: null, healthSince: null });
  });
});
