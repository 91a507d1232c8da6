import { env, runDurableObjectAlarm } from "cloudflare:test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { upsertAdmin } from "@/db/queries/admins";
import { listEvidence } from "@/db/queries/evidence";
import { requireAdmin } from "../auth/session";
import { signToken } from "../auth/tokens";
import { DAY_MS, DEFAULT_PERIODS } from "../domain/notice-periods";
import { orThrow } from "../errors";
import { noticeClock } from "../objects/notice-clock";
import { createContext } from "./context";
import { NoticesApi } from "./notices";
import { PortalApi } from "./portal";

// The periods the vendor admin sets (issue 12, section 1): a notice keeps those in force when it
// was published, whatever the settings say later.
const ADMIN = "periods-admin@vendor.test";
const db = createDb(env.DB);
const notices = () => new NoticesApi(env);
const now = async () => (await createContext(env)).clock.now();

async function session() {
  const ctx = await createContext(env);
  const sessionToken = await signToken(ctx.config.AUTH_SECRET, "session", ADMIN, ctx.clock.now());
  return { sessionToken, csrf: (await requireAdmin(ctx, sessionToken)).csrf };
}

const setPeriods = async (periods: object) => notices().changePeriods({ ...(await session()), ...periods });

async function draftAndPublish(name: string, extra: Record<string, unknown> = {}) {
  const proposed = { name, legalEntity: `${name} SAS`, purpose: "Support", location: "France", dataCategories: ["Tickets"], transferMechanism: "EEA", website: "https://support.example" };
  const { noticeId } = orThrow(await notices().draft({ ...(await session()), changeKind: "add", proposed, reason: "A better support desk." }));
  const published = await notices().publish({ ...(await session()), noticeId, ...extra });
  if (published.ok) {
    await runDurableObjectAlarm(noticeClock(env, noticeId));
    await noticeClock(env, noticeId).state();
  }
  return { noticeId, published };
}

const noticeRow = (id: string) =>
  env.DB.prepare("select published_at, objection_deadline, effective_at, notice_period_days, objection_window_days, resolution_period_days, withdrawal_reason from notices where id = ?")
    .bind(id)
    .first<Record<string, number | string | null>>();

beforeAll(async () => {
  await upsertAdmin(db, ADMIN, "vendor_admin", await now());
});

afterAll(async () => {
  orThrow(await setPeriods(DEFAULT_PERIODS));
});

describe("the periods the vendor admin sets", () => {
  it("are the defaults, with the deployment's floors, until an admin sets others", async () => {
    expect(orThrow(await notices().periods(await session()))).toMatchObject({
      periods: { noticePeriodDays: 30, objectionWindowDays: 15, resolutionPeriodDays: 30 },
      floors: { noticePeriodDays: 10, objectionWindowDays: 5, resolutionPeriodDays: 10 },
    });
  });

  it("refuse a period below the floor or an objection window longer than the notice, naming the field", async () => {
    const low = await setPeriods({ noticePeriodDays: 9, objectionWindowDays: 5, resolutionPeriodDays: 30 });
    expect(low).toMatchObject({ ok: false, error: { code: "validation_failed", status: 400, issues: [{ path: "noticePeriodDays", code: "below_floor", params: { floor: 10 } }] } });
    expect(!low.ok && low.error.issues[0]!.message).toBe("Notice period must be at least 10\u00a0days, the shortest this deployment allows.");
    const late = await setPeriods({ noticePeriodDays: 10, objectionWindowDays: 11, resolutionPeriodDays: 30 });
    expect(late).toMatchObject({ ok: false, error: { issues: [{ path: "objectionWindowDays", code: "window_after_notice" }] } });
    const typo = await setPeriods({ noticePeriodDays: "ten", objectionWindowDays: 5, resolutionPeriodDays: 30 });
    expect(typo).toMatchObject({ ok: false, error: { code: "validation_failed", issues: [{ path: "noticePeriodDays" }] } });
  });

  it("date a notice from the periods in force when it is published, and never move it when they change", async () => {
    orThrow(await setPeriods({ noticePeriodDays: 10, objectionWindowDays: 5, resolutionPeriodDays: 14 }));
    const { noticeId } = await draftAndPublish("Freshdesk");
    const before = (await noticeRow(noticeId))!;
    const publishedAt = Number(before.published_at);
    expect(before).toMatchObject({ objection_deadline: publishedAt + 5 * DAY_MS, effective_at: publishedAt + 10 * DAY_MS, notice_period_days: 10, objection_window_days: 5, resolution_period_days: 14 });

    orThrow(await setPeriods({ noticePeriodDays: 45, objectionWindowDays: 20, resolutionPeriodDays: 40 }));
    expect(await noticeRow(noticeId)).toEqual(before);
    const clock = orThrow(await noticeClock(env, noticeId).state());
    expect(clock.state).toMatchObject({ objectionDeadline: publishedAt + 5 * DAY_MS, effectiveAt: publishedAt + 10 * DAY_MS, periods: { resolutionPeriodDays: 14 } });
    expect(clock.due.find((work) => work.kind === "take_effect")?.dueAt).toBe(publishedAt + 10 * DAY_MS);

    // An objection to the older notice gets its 14 days, not the 40 now in force.
    const objected = orThrow(await noticeClock(env, noticeId).submitObjection({ organisation: "Customer SA", contactEmail: "dpo@customer.test", grounds: "Our tickets must stay in the EEA and we need to know the hosting region now.", lang: "en" }));
    const objection = await env.DB.prepare("select received_at, resolution_deadline from objections where id = ?").bind(objected.objectionId).first<{ received_at: number; resolution_deadline: number }>();
    expect(objection!.resolution_deadline - objection!.received_at).toBe(14 * DAY_MS);

    // A notice published now runs on the new periods: 30 days is too early, 45 is the default.
    const early = await draftAndPublish("Helpscout", { effectiveAt: (await now()) + 30 * DAY_MS });
    expect(early.published).toMatchObject({ ok: false, error: { code: "effective_too_early" } });
    const later = await draftAndPublish("Kayako");
    const row = (await noticeRow(later.noticeId))!;
    expect(Number(row.effective_at) - Number(row.published_at)).toBe(45 * DAY_MS);
    expect(Number(row.objection_deadline) - Number(row.published_at)).toBe(20 * DAY_MS);

    // The public notice states the periods it was published with.
    const view = orThrow(await new PortalApi(env).notice({ id: noticeId }));
    expect(view.notice.periods).toEqual({ noticePeriodDays: 10, objectionWindowDays: 5, resolutionPeriodDays: 14 });
    const list = orThrow(await new PortalApi(env).publicList());
    expect(list.periods).toEqual({ noticePeriodDays: 45, objectionWindowDays: 20, resolutionPeriodDays: 40 });
  });

  it("leave evidence of who set them", async () => {
    orThrow(await setPeriods({ noticePeriodDays: 31, objectionWindowDays: 16, resolutionPeriodDays: 31 }));
    const entry = (await listEvidence(db)).filter((e) => e.kind === "settings.periods_changed").at(-1);
    expect(entry).toMatchObject({ actor: ADMIN, ref: "contract_periods" });
    expect(JSON.parse(entry!.payload)).toEqual({ noticePeriodDays: 31, objectionWindowDays: 16, resolutionPeriodDays: 31 });
  });
});

describe("a withdrawn change", () => {
  it("keeps why it was withdrawn, for the public notice", async () => {
    const { noticeId } = await draftAndPublish("Zammad");
    orThrow(await notices().withdraw({ ...(await session()), noticeId, reason: "Zammad could not host in the EEA." }));
    expect(await noticeRow(noticeId)).toMatchObject({ withdrawal_reason: "Zammad could not host in the EEA." });
    const view = orThrow(await new PortalApi(env).notice({ id: noticeId }));
    expect(view.notice).toMatchObject({ status: "withdrawn", withdrawalReason: "Zammad could not host in the EEA." });
  });
});
