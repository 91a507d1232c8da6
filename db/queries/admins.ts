import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { admins } from "../schema";

/** Whom an admin email goes to, and the language they chose on their profile (null: none chosen). */
export interface AdminRecipient {
  email: string;
  lang: "en" | "fr" | null;
}

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
export async function listVendorAdmins(db: Db): Promise<AdminRecipient[]> {
  return db.select({ email: admins.email, lang: admins.lang }).from(admins).where(eq(admins.role, "vendor_admin")).all();
}

/**
 * One organisation's own admins: who hears that its displays need a person. Filtered on both role
 * and organisation, so neither vendor admins, members, nor another customer's admins get told.
 */
export async function listOrgAdmins(db: Db, orgId: string): Promise<AdminRecipient[]> {
  return db
    .select({ email: admins.email, lang: admins.lang })
    .from(admins)
    .where(and(eq(admins.role, "org_admin"), eq(admins.orgId, orgId)))
    .orderBy(asc(admins.email))
    .all();
}

/** The language an admin chose on their profile (null: none chosen, each email decides as before). */
export function setAdminLang(db: Db, email: string, lang: "en" | "fr" | null) {
  return db.update(admins).set({ lang }).where(eq(admins.email, email.toLowerCase()));
}
