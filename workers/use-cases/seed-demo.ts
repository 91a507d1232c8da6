import { upsertAdmin } from "@/db/queries/admins";
import { writeWithEvidence } from "@/db/queries/evidence";
import { claimSetting } from "@/db/queries/settings";
import { subprocessors } from "@/db/schema";
import type { CoreContext } from "../core/context";
import { orThrow } from "../errors";
import { noticeClock } from "../objects/notice-clock";
import { DEMO_ADMIN, demoPendingChange, demoSubprocessors } from "../seed/demo-data";
import { draftNotice } from "./draft-notice";

export const DEMO_SEEDED = "demo_seeded_at";

/**
 * Seeds the demo vendor once: its admin, its subprocessors (in English and French) and one pending notice (published
 * through the real use cases, so its Durable Object clock runs like any other).
 */
export async function seedDemo(ctx: CoreContext): Promise<{ seeded: boolean }> {
  const now = ctx.clock.now();
  if (!(await claimSetting(ctx.db, DEMO_SEEDED, String(now)))) return { seeded: false };
  await upsertAdmin(ctx.db, DEMO_ADMIN, "vendor_admin", now);
  const rows = demoSubprocessors.map((s) => ({
    ...s,
    dataCategories: [...s.dataCategories],
    french: { ...s.french, dataCategories: [...s.french.dataCategories] },
    status: "active" as const,
    createdAt: now,
    updatedAt: now,
  }));
  await writeWithEvidence(
    ctx.db,
    rows.map((row) => ctx.db.insert(subprocessors).values(row).onConflictDoNothing()),
    [{ at: now, kind: "subprocessors.seeded", ref: "demo", actor: "system", payload: { ids: rows.map((r) => r.id) } }],
  );
  const { noticeId } = await draftNotice(
    ctx,
    { ...demoPendingChange, proposed: { ...demoPendingChange.proposed }, dataCategoriesFr: [...demoPendingChange.dataCategoriesFr] },
    DEMO_ADMIN,
  );
  orThrow(await noticeClock(ctx.env, noticeId).publish({ noticeId, actor: DEMO_ADMIN }));
  return { seeded: true };
}
