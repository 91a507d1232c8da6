import { writeWithEvidence } from "@/db/queries/evidence";
import { findOrgContactByEmail, upsertContact } from "@/db/queries/notice-contacts";
import type { OrgAdminIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";
import type { AddContactInput } from "../core/contacts.schema";
import { newId } from "../ids";

/**
 * An organisation admin registers one of its notice contacts. It gets every notice from now on
 * without confirming first: the admin vouches for the mailbox, and the evidence says which admin.
 * An address the organisation had before is that contact again (same id, active).
 */
export async function addNoticeContact(ctx: CoreContext, admin: OrgAdminIdentity, input: AddContactInput) {
  const now = ctx.clock.now();
  const id = (await findOrgContactByEmail(ctx.db, admin.orgId, input.contactEmail))?.id ?? newId("nct");
  await writeWithEvidence(ctx.db, [upsertContact(ctx.db, { id, orgId: admin.orgId, name: input.contactName, role: input.contactRole, email: input.contactEmail, createdBy: admin.email, now })], [
    { at: now, kind: "notice_contact.added", ref: id, actor: admin.email, payload: { orgId: admin.orgId, name: input.contactName, role: input.contactRole, email: input.contactEmail } },
  ]);
  return { id };
}
