import { env, SELF } from "cloudflare:test";
import { eq, like } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { createDb } from "@/db/client";
import { upsertAdmin, upsertOrgPerson } from "@/db/queries/admins";
import { advanceDevClock } from "../test/dev-clock";
import { emailDeliveries, orgs } from "@/db/schema";
import { finderKey } from "../auth/finder-key";
import { INCIDENT_AFTER_MS } from "../domain/room-board";
import { orThrow } from "../errors";
import { createTestOrg, TEST_SECRET } from "../test/room-fixture";
import { standin } from "../test/standin-client";
import { DisplaysApi } from "./displays";
import { FinderApi } from "./finder";
import { RoomsApi } from "./rooms";

// Issue 10, item 2: the heartbeat's calendar health, what the admin page and the room finder make
// of it, and the one email per incident (and per recovery) to the organisation's own admins.

const db = createDb(env.DB);
const displays = new DisplaysApi(env);
const rooms = new RoomsApi(env);
const finder = new FinderApi(env);
const MIN = 60_000;

const advance = (ms: number) => advanceDevClock(db, ms);

/** Heartbeats once a minute for `minutes` minutes, each with the given health. */
async function beat(deviceToken: string, calendarHealth: "ok" | "stale" | "needs_sign_in" | "error", minutes = 1) {
  for (let i = 0; i < minutes; i++) {
    orThrow(await displays.heartbeat({ deviceToken, occupied: false, calendarHealth }));
    await advance(MIN);
  }
}

async function healthEmails(displayId: string) {
  return db.select().from(emailDeliveries).where(like(emailDeliveries.idempotencyKey, `calendar-%:${displayId}:%`)).all();
}

async function finderStatus(t: Awaited<ReturnType<typeof createTestOrg>>, displayId: string) {
  const { rooms: list, counts } = orThrow(await finder.rooms({ slug: t.org.slug, sessionToken: t.sessionToken }));
  return { status: list.find((r) => r.id === displayId)?.status, counts };
}

describe("calendar health", () => {
  it("takes a heartbeat with each health value and shows it on the admin page", async () => {
    const t = await createTestOrg(db, 4);
    const values = ["ok", "stale", "needs_sign_in", "error"] as const;
    for (const [i, health] of values.entries()) {
      expect(orThrow(await displays.heartbeat({ deviceToken: t.displays[i]!.token, occupied: false, calendarHealth: health }))).toMatchObject({ online: true });
    }
    const overview = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    expect(values.map((_, i) => overview.displays.find((d) => d.id === t.displays[i]!.id)?.health)).toEqual([...values]);
  });

  it("refuses a heartbeat with an unknown health or any extra field, at the app's door and the core's", async () => {
    const t = await createTestOrg(db, 1);
    const deviceToken = t.displays[0]!.token;
    expect((await displays.heartbeat({ deviceToken, occupied: false, calendarHealth: "fine" })).ok).toBe(false);
    expect((await displays.heartbeat({ deviceToken, occupied: false, calendarHealth: "ok", lastReadAt: 1 })).ok).toBe(false);
    const { heartbeatBody } = await import("../app/device-api.schema");
    expect(heartbeatBody.safeParse({ occupied: true, calendarHealth: "ok" }).success).toBe(true);
    expect(heartbeatBody.safeParse({ occupied: true, calendarHealth: "ok", subject: "Board meeting" }).success).toBe(false);
    expect(heartbeatBody.safeParse({ occupied: true, calendarHealth: "signed_out" }).success).toBe(false);
  });

  it("emails one message per incident to the org's admins only, in French for a French org, and one on recovery", async () => {
    await standin.reset();
    const t = await createTestOrg(db, 1);
    await db.update(orgs).set({ lang: "fr" }).where(eq(orgs.id, t.org.id));
    // People who must not hear of it: a member of the same organisation, a vendor admin, and another organisation's admin.
    const other = await createTestOrg(db, 1);
    await upsertOrgPerson(db, `member-${t.org.slug}@org.test`, "org_member", t.org.id, Date.now());
    await upsertAdmin(db, `vendor-${t.org.slug}@vendor.test`, "vendor_admin", Date.now());
    await upsertOrgPerson(db, `second-${t.org.slug}@org.test`, "org_admin", t.org.id, Date.now());
    const display = t.displays[0]!;

    await beat(display.token, "ok");
    // A blip: nine minutes of "sign-in needed", then fine again. Nobody is emailed.
    await beat(display.token, "needs_sign_in", INCIDENT_AFTER_MS / MIN - 1);
    await beat(display.token, "ok");
    expect(await healthEmails(display.id)).toEqual([]);

    // An incident: twenty minutes not ok (sign-in, then an error: the same incident).
    await beat(display.token, "needs_sign_in", 12);
    await beat(display.token, "error", 8);
    const owed = await healthEmails(display.id);
    expect(owed.map((e) => [e.template, e.recipient, e.lang]).sort()).toEqual([
      ["calendar-incident", t.admin, "fr"],
      ["calendar-incident", `second-${t.org.slug}@org.test`, "fr"],
    ].sort());

    await beat(display.token, "ok", 3);
    const all = await healthEmails(display.id);
    expect(all.filter((e) => e.template === "calendar-recovered").map((e) => e.recipient).sort()).toEqual([t.admin, `second-${t.org.slug}@org.test`].sort());
    expect(all).toHaveLength(4);
    expect(await healthEmails(other.displays[0]!.id)).toEqual([]);

    // Delivered by the existing sender, in French.
    await vi.waitFor(async () => expect((await standin.state()).mailbox.filter((m) => m.to.includes(t.admin))).toHaveLength(2), { timeout: 5000 });
    const mailbox = (await standin.state()).mailbox.filter((m) => m.to.includes(t.admin));
    expect(mailbox.map((m) => m.subject).sort()).toEqual([`L’écran « ${display.name} » ne lit plus son calendrier`, `L’écran « ${display.name} » lit de nouveau son calendrier`].sort());
    expect(mailbox.find((m) => m.subject.includes("ne lit plus"))?.text?.replace(/\s+/g, " ")).toContain("se reconnecte au calendrier de la salle");
    const everyone = (await standin.state()).mailbox.flatMap((m) => m.to);
    expect(everyone).not.toContain(`member-${t.org.slug}@org.test`);
    expect(everyone).not.toContain(`vendor-${t.org.slug}@vendor.test`);
    expect(everyone).not.toContain(other.admin);
  });

  it("shows a room as status unknown once its schedule is older than the organisation's limit", async () => {
    const t = await createTestOrg(db, 2);
    const [failing, fine] = t.displays;
    await beat(failing!.token, "ok");
    orThrow(await displays.heartbeat({ deviceToken: fine!.token, occupied: false, calendarHealth: "ok" }));
    // Sign-in needed: the schedule it holds is still recent, so the finder still trusts it.
    await beat(failing!.token, "needs_sign_in", 58);
    orThrow(await displays.heartbeat({ deviceToken: fine!.token, occupied: false, calendarHealth: "ok" }));
    expect((await finderStatus(t, failing!.id)).status).toBe("available");
    // Past 60 minutes (the default) since its last good read: unknown, never "available".
    await beat(failing!.token, "needs_sign_in", 2);
    orThrow(await displays.heartbeat({ deviceToken: fine!.token, occupied: false, calendarHealth: "ok" }));
    const after = await finderStatus(t, failing!.id);
    expect(after.status).toBe("unknown");
    expect(after.counts).toMatchObject({ available: 1, unknown: 1 });
    expect((await finderStatus(t, fine!.id)).status).toBe("available");
    const filtered = orThrow(await finder.rooms({ slug: t.org.slug, sessionToken: t.sessionToken, filters: { available: true } }));
    expect(filtered.rooms.map((r) => r.id)).toEqual([fine!.id]);
  });

  it("follows the organisation's limit from the settings form, for the finder and the tablet", async () => {
    const t = await createTestOrg(db, 1);
    const display = t.displays[0]!;
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    const form = { sessionToken: t.sessionToken, csrf, retentionMonths: "13", microsoftClientId: "", microsoftTenantId: "", googleClientId: "" };
    const refused = await rooms.settings({ ...form, scheduleStaleMinutes: "5" });
    expect(refused.ok ? null : refused.error.issues.map((i) => i.path)).toEqual(["scheduleStaleMinutes"]);
    orThrow(await rooms.settings({ ...form, scheduleStaleMinutes: "15" }));
    expect(orThrow(await rooms.overview({ sessionToken: t.sessionToken })).org.scheduleStaleMinutes).toBe(15);
    expect(orThrow(await displays.config({ deviceToken: display.token })).org.scheduleStaleMinutes).toBe(15);
    await beat(display.token, "ok");
    await beat(display.token, "error", 16);
    expect((await finderStatus(t, display.id)).status).toBe("unknown");
  });

  it("tells live finder pages when a room becomes unknown", async () => {
    const t = await createTestOrg(db, 1);
    const display = t.displays[0]!;
    const key = await finderKey(TEST_SECRET, t.org.id, 1);
    const response = await SELF.fetch(`http://core/live/${t.org.slug}?key=${key}`, { headers: { upgrade: "websocket" } });
    expect(response.status).toBe(101);
    const socket = response.webSocket!;
    const messages: unknown[] = [];
    socket.accept();
    socket.addEventListener("message", (event) => messages.push(JSON.parse(event.data as string)));
    await beat(display.token, "ok");
    await beat(display.token, "stale");
    await vi.waitFor(() => expect(messages).toContainEqual({ type: "display", display: { displayId: display.id, online: true, occupied: false, known: false } }));
    socket.close(1000);
  });
});
