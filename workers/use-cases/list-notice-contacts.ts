import { listOrgContacts } from "@/db/queries/notice-contacts";
import { findOrgById } from "@/db/queries/rooms";
import type { OrgAdminIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";

/** The organisation's notice contacts page: who gets the vendor's notices, and whether mail to them still works. */
export async function listNoticeContacts(ctx: CoreContext, admin: OrgAdminIdentity) {
  const org = await findOrgById(ctx.db, admin.orgId);
  if (!org) throw new AppError("forbidden");
  const contacts = await listOrgContacts(ctx.db, org.id);
  return {
    org: { name: org.name },
    contacts: contacts.map((c) => ({ id: c.id, name: c.name, role: c.role, email: c.email, status: c.status, suppressedReason: c.suppressedReason, since: c.statusAt })),
    csrf: admin.csrf,
    email: admin.email,
  };
}
