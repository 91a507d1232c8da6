import { upsertOrgPerson } from "@/db/queries/admins";
import { insertDisplays, insertOrg } from "@/db/queries/rooms";
import type { Db } from "@/db/client";
import { signToken } from "../auth/tokens";
import { displayForm } from "../core/rooms.schema";
import { newId } from "../ids";

export const TEST_SECRET = "test-secret-that-is-long-enough-to-be-accepted-0123456789";

/** A fresh organisation with `count` displays, its admin's session and each display's device token. */
export async function createTestOrg(db: Db, count: number, now = Date.now()) {
  const suffix = newId("org").slice(4, 12);
  const org = { id: `org_${suffix}`, slug: `t-${suffix}`, name: `Test ${suffix}`, lang: "en" as const, createdAt: now };
  await insertOrg(db, org);
  const admin = `admin-${suffix}@org.test`;
  await upsertOrgPerson(db, admin, "org_admin", org.id, now);
  const rows = Array.from({ length: count }, (_, i) => ({
    id: newId("dsp"),
    orgId: org.id,
    ...displayForm.parse({ name: `Room ${String(i + 1).padStart(4, "0")}`, roomEmail: `room${i + 1}@${org.slug}.test`, capacity: String(2 + (i % 10)), floor: String(i % 3) }),
    tokenVersion: 1,
    pairedAt: now,
    createdAt: now,
    updatedAt: now,
  }));
  const [first, ...rest] = insertDisplays(db, rows);
  if (first) await db.batch([first, ...rest]);
  const tokens = await Promise.all(rows.map((r) => signToken(TEST_SECRET, "display", r.id, now, { org: org.id, v: "1" })));
  const sessionToken = await signToken(TEST_SECRET, "session", admin, now);
  return { org, admin, sessionToken, displays: rows.map((r, i) => ({ id: r.id, name: r.name, token: tokens[i]! })) };
}
