import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { admins } from "../schema";

export async function findAdmin(db: Db, email: string) {
  return db.select().from(admins).where(eq(admins.email, email.toLowerCase())).get();
}

export async function upsertAdmin(db: Db, email: string, role: "vendor_admin", now: number) {
  await db.insert(admins).values({ email: email.toLowerCase(), role, createdAt: now }).onConflictDoNothing();
}

/** An organisation's admin or member; they sign in with the same emailed link as vendor admins. */
export async function upsertOrgPerson(db: Db, email: string, role: "org_admin" | "org_member", orgId: string, now: number) {
  await db.insert(admins).values({ email: email.toLowerCase(), role, orgId, createdAt: now }).onConflictDoNothing();
}

export async function listAdminEmails(db: Db): Promise<string[]> {
  return (await db.select({ email: admins.email }).from(admins).all()).map((a) => a.email);
}
