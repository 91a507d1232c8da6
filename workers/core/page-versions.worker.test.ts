import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { upsertAdmin } from "@/db/queries/admins";
import { displays } from "@/db/schema";
import { eq } from "drizzle-orm";
import { requireAdmin } from "../auth/session";
import { signToken } from "../auth/tokens";
import { DAY_MS } from "../domain/notice";
import { OFFLINE_AFTER_MS } from "../domain/room-board";
import { orThrow } from "../errors";
import { roomBoard } from "../objects/room-board";
import { advanceDevClock } from "../test/dev-clock";
import { createTestOrg } from "../test/room-fixture";
import { runArmedAlarm } from "../test/run-alarm";
import { createContext } from "./context";
import { DisplaysApi } from "./displays";
import { FinderApi } from "./finder";
import { NoticesApi } from "./notices";
import { PortalApi } from "./portal";

// The versions the app worker caches /subprocessors and /rooms/{org} under
// (workers/app/render-cache.ts): a page is rendered again exactly when its version changes, so
// every change a page shows must change its version, and nothing else should.
const db = createDb(env.DB);
const ADMIN = "versions-admin@vendor.test";
const now = async () => (await createContext(env)).clock.now();

describe("the public list's version", () => {
  const portal = new PortalApi(env);
  const notices = new NoticesApi(env);
  const version = async () => orThrow(await portal.publicListVersion());
  async function session() {
    const ctx = await createContext(env);
    const sessionToken = await signToken(ctx.config.AUTH_SECRET, "session", ADMIN, ctx.clock.now());
    return { sessionToken, csrf: (await requireAdmin(ctx, sessionToken)).csrf };
  }

  beforeAll(async () => {
    await upsertAdmin(db, ADMIN, "vendor_admin", await now());
  });

  it("changes with every change the page shows: publication, the objection deadline passing, withdrawal; not with a draft", async () => {
    const before = await version();
    expect(await version()).toEqual(before);
    const proposed = { name: "Versioned Mail", legalEntity: "Versioned Mail Ltd", purpose: "Email", location: "Ireland", dataCategories: ["Email addresses"], transferMechanism: "EEA", website: "https://mail.example" };
    const { noticeId } = orThrow(await notices.draft({ ...(await session()), reason: "A better mail provider.", changeKind: "add", subprocessorId: "sp_versioned", proposed }));
    expect((await version()).version).toBe(before.version);

    orThrow(await notices.publish({ ...(await session()), noticeId }));
    const published = await version();
    expect(published.version).not.toBe(before.version);
    // The page offers to object until the deadline: its entry holds no longer than that.
    expect(published.freshForMs).toBeGreaterThan(14 * DAY_MS);
    expect(published.freshForMs).toBeLessThanOrEqual(15 * DAY_MS);

    // Past the deadline the page no longer offers to object, whether or not the clock's alarm has run.
    await advanceDevClock(db, 15 * DAY_MS + 60_000);
    const closed = await version();
    expect(closed.version).not.toBe(published.version);

    orThrow(await notices.withdraw({ ...(await session()), noticeId, reason: "We chose another provider." }));
    const withdrawn = await version();
    expect(withdrawn.version).not.toBe(closed.version);

    // The page states the periods in force: setting them changes it too.
    orThrow(await notices.changePeriods({ ...(await session()), noticePeriodDays: 45, objectionWindowDays: 20, resolutionPeriodDays: 30 }));
    expect((await version()).version).not.toBe(withdrawn.version);
  });
});

describe("the room finder's version", () => {
  const finder = new FinderApi(env);
  const devices = new DisplaysApi(env);

  it("changes when a room's status changes (a report, silence, an admin change), not with a report that changes nothing", async () => {
    const t = await createTestOrg(db, 2, await now());
    const [a, b] = t.displays;
    const access = { slug: t.org.slug, sessionToken: t.sessionToken };
    const version = async () => orThrow(await finder.version(access)).version;

    orThrow(await devices.heartbeat({ deviceToken: a!.token, occupied: true }));
    orThrow(await devices.heartbeat({ deviceToken: b!.token, occupied: false }));
    const seen = await version();
    expect(await version()).toBe(seen);
    orThrow(await devices.heartbeat({ deviceToken: a!.token, occupied: true }));
    expect(await version()).toBe(seen);

    orThrow(await devices.heartbeat({ deviceToken: a!.token, occupied: false }));
    const freed = await version();
    expect(freed).not.toBe(seen);

    await db.update(displays).set({ name: "Renamed room" }).where(eq(displays.id, b!.id));
    orThrow(await roomBoard(env, t.org.id).sync({ orgId: t.org.id }));
    const renamed = await version();
    expect(renamed).not.toBe(freed);

    await advanceDevClock(db, OFFLINE_AFTER_MS + 1000);
    expect(await runArmedAlarm(roomBoard(env, t.org.id))).toBe(true);
    expect(await version()).not.toBe(renamed);
  });

  it("holds no longer than a room's schedule stays trusted, and is refused to a wrong key as the finder is", async () => {
    const t = await createTestOrg(db, 1, await now());
    const [a] = t.displays;
    orThrow(await devices.heartbeat({ deviceToken: a!.token, occupied: true, calendarHealth: "ok" }));
    expect(orThrow(await finder.version({ slug: t.org.slug, sessionToken: t.sessionToken })).freshForMs).toBeNull();
    orThrow(await devices.heartbeat({ deviceToken: a!.token, occupied: true, calendarHealth: "needs_sign_in" }));
    const fresh = orThrow(await finder.version({ slug: t.org.slug, sessionToken: t.sessionToken })).freshForMs;
    // The organisation's default limit: 60 minutes after the last `ok` schedule.
    expect(fresh).toBeGreaterThan(59 * 60_000);
    expect(fresh).toBeLessThanOrEqual(60 * 60_000);

    expect(await finder.version({ slug: t.org.slug, key: "wrong" })).toMatchObject({ ok: false, error: { code: "finder_access_denied" } });
    expect(await finder.rooms({ slug: t.org.slug, key: "wrong" })).toMatchObject({ ok: false, error: { code: "finder_access_denied" } });
  });
});
