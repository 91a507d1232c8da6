import { and, asc, eq } from "drizzle-orm";
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

/**
 * The vendor's own admins: the only people who may read about a customer's objection. The admins
 * table also holds every customer organisation's staff, so a list without this filter would send
 * one customer's objection to another customer.
 */
export async function listVendorAdminEmails(db: Db): Promise<string[]> {
  return (await db.select({ email: admins.email }).from(admins).where(eq(admins.role, "vendor_admin")).all()).map((a) => a.email);
}

/**
 * One organisation's own admins: who hears that its displays need a person. Filtered on both role
 * and organisation, so neither vendor admins, members, nor another customer's admins get told.
 */
export async function listOrgAdminEmails(db: Db, orgId: string): Promise<string[]> {
  return (
    await db
      .select({ email: admins.email })
      .from(admins)
      .where(and(eq(admins.role, "org_admin"), eq(admins.orgId, orgId)))
      .orderBy(asc(admins.email))
      .all()
  ).map((a) => a.email);
}
