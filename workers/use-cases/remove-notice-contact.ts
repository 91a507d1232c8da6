import { writeWithEvidence } from "@/db/queries/evidence";
import { listOrgContacts, removeContact } from "@/db/queries/notice-contacts";
import type { OrgAdminIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";

/** An organisation admin removes one of its own notice contacts: no more notices go to it. */
export async function removeNoticeContact(ctx: CoreContext, admin: OrgAdminIdentity, input: { id: string }) {
  const contact = (await listOrgContacts(ctx.db, admin.orgId)).find((c) => c.id === input.id);
  if (!contact) throw new AppError("not_found");
  const now = ctx.clock.now();
  await writeWithEvidence(ctx.db, [removeContact(ctx.db, admin.orgId, contact.id, now)], [
    { at: now, kind: "notice_contact.removed", ref: contact.id, actor: admin.email, payload: { orgId: admin.orgId, email: contact.email, previousStatus: contact.status } },
  ]);
  return { id: contact.id };
}
