import { upsertOrgPerson } from "@/db/queries/admins";
import { chunked, insertDisplays, insertOrg } from "@/db/queries/rooms";
import { notices, subprocessors, subscribers } from "@/db/schema";
import { finderKey } from "../auth/finder-key";
import { signToken } from "../auth/tokens";
import type { CoreContext } from "../core/context";
import { displayForm } from "../core/rooms.schema";
import { roomBoard } from "../objects/room-board";

/** D1 batches stay well under the runtime's limits when kept to this many statements. */
const STATEMENTS_PER_BATCH = 100;

/**
 * Bench data (dev tools only): a longer subprocessor list with past notices, confirmed
 * subscribers, one organisation with many rooms and several with a hundred displays each, plus the
 * device tokens a load generator needs. Idempotent per size: names are derived from counters.
 */
export async function seedBench(
  ctx: CoreContext,
  input: { subprocessors: number; pastNotices: number; subscribers: number; bigOrgRooms: number; heartbeatOrgs: number; displaysPerOrg: number },
) {
  const now = ctx.clock.now();
  const statements = [];
  for (let i = 0; i < input.subprocessors; i++) {
    statements.push(
      ctx.db
        .insert(subprocessors)
        .values({
          id: `sp_bench_${i}`,
          name: `Bench Vendor ${i}`,
          legalEntity: `Bench Vendor ${i} SAS`,
          purpose: "Benchmark filler: a realistic length of purpose text for a subprocessor entry",
          location: "European Union",
          dataCategories: ["Account data", "Usage metadata"],
          transferMechanism: "Processing within the EEA",
          website: `https://vendor${i}.example`,
          status: "active",
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing(),
    );
  }
  for (let i = 0; i < input.pastNotices; i++) {
    const at = now - (60 + i * 7) * 86_400_000;
    statements.push(
      ctx.db
        .insert(notices)
        .values({
          id: `ntc_bench_${i}`,
          changeKind: "add",
          subprocessorId: `sp_bench_${i % Math.max(1, input.subprocessors)}`,
          proposed: { name: `Bench Vendor ${i}` },
          reason: "A past change, for the benchmark's page with history.",
          status: "effective",
          createdAt: at,
          createdBy: "bench",
          publishedAt: at,
          objectionDeadline: at + 15 * 86_400_000,
          effectiveAt: at + 30 * 86_400_000,
          appliedAt: at + 30 * 86_400_000,
          updatedAt: at + 30 * 86_400_000,
        })
        .onConflictDoNothing(),
    );
  }
  const subscriberRows = Array.from({ length: input.subscribers }, (_, i) => ({
    id: `sub_bench_${i}`,
    email: `subscriber${i}@bench.test`,
    lang: (i % 5 === 0 ? "fr" : "en") as "en" | "fr",
    status: "confirmed" as const,
    createdAt: now,
    confirmedAt: now,
  }));
  for (const chunk of chunked(subscriberRows, 7)) statements.push(ctx.db.insert(subscribers).values(chunk).onConflictDoNothing());

  // Each organisation's displays have ids of its own (three hex digits: fff for the big one), the
  // same whatever else a call seeds, so seeding more organisations later keeps the first ones'.
  const orgs: { id: string; slug: string; rooms: number; idPrefix: string }[] = [];
  if (input.bigOrgRooms > 0) orgs.push({ id: "org_bench_big", slug: "bench-big", rooms: input.bigOrgRooms, idPrefix: "fff" });
  for (let o = 0; o < input.heartbeatOrgs; o++) orgs.push({ id: `org_bench_${o}`, slug: `bench-${o}`, rooms: input.displaysPerOrg, idPrefix: (0xa00 + o).toString(16) });
  const displayIds = new Map<string, string[]>();
  for (const org of orgs) {
    statements.push(insertOrg(ctx.db, { id: org.id, slug: org.slug, name: `Bench ${org.slug}`, lang: "en", createdAt: now }));
    const rows = Array.from({ length: org.rooms }, (_, i) => ({
      id: `dsp_${org.idPrefix}${String(i).padStart(17, "0")}`,
      orgId: org.id,
      ...displayForm.parse({ name: `Room ${String(i).padStart(4, "0")}`, roomEmail: `room${i}@${org.slug}.test`, capacity: String(2 + (i % 19)), floor: String(i % 12), equipment: i % 3 ? "screen" : "screen, video" }),
      tokenVersion: 1,
      pairedAt: now,
      createdAt: now,
      updatedAt: now,
    }));
    displayIds.set(org.id, rows.map((r) => r.id));
    statements.push(...insertDisplays(ctx.db, rows).map((s) => s.onConflictDoNothing()));
  }
  await upsertOrgPerson(ctx.db, "bench-admin@bench.test", "org_admin", "org_bench_big", now);
  for (let i = 0; i < statements.length; i += STATEMENTS_PER_BATCH) {
    const [first, ...rest] = statements.slice(i, i + STATEMENTS_PER_BATCH);
    if (first) await ctx.db.batch([first, ...rest]);
  }

  const token = (orgId: string, displayId: string) => signToken(ctx.config.AUTH_SECRET, "display", displayId, now, { org: orgId, v: "1" });
  const result = [];
  for (const org of orgs) {
    await roomBoard(ctx.env, org.id).sync({ orgId: org.id });
    const ids = displayIds.get(org.id) ?? [];
    // The big organisation needs one tablet (live-update latency); the others one per display (ingest).
    const tablets = org.id === "org_bench_big" ? ids.slice(0, 1) : ids;
    result.push({
      orgId: org.id,
      slug: org.slug,
      finderPath: `/rooms/${org.slug}?key=${await finderKey(ctx.config.AUTH_SECRET, org.id, 1)}`,
      displays: await Promise.all(tablets.map(async (displayId) => ({ displayId, token: await token(org.id, displayId) }))),
    });
  }
  return { orgs: result };
}
