import { findContact } from "@/db/queries/notice-contacts";
import { findNotice } from "@/db/queries/notices";
import type { CoreContext } from "../core/context";
import type { SubmitInput, SubmitOutput } from "../core/objections.schema";
import { mailboxKey } from "../domain/rate-limit-keys";
import { AppError, orThrow } from "../errors";
import { ownIssue } from "../field-issue-words";
import { noticeClock } from "../objects/notice-clock";
import { allowByRateLimit } from "../rate-limit";
import { requestObjectionLink } from "./request-objection-link";
import { checkObjectionLink } from "./show-objection-form";

/**
 * Hands an objection to the notice's clock, which alone decides whether the window is open. The
 * receipt goes to the contact address, so that address must be proven first: with a personal
 * link it is the link's own address; without one, the objection is not recorded and a link is
 * sent to the address instead (otherwise anyone could make us email anyone, with their own text).
 */
export async function submitObjection(ctx: CoreContext, input: SubmitInput): Promise<SubmitOutput> {
  const notice = await findNotice(ctx.db, input.noticeId);
  if (!notice || notice.status === "draft") throw new AppError("not_found");
  const { organisation, contactEmail, grounds, lang, client } = input;
  if (!input.token) {
    if (notice.status !== "published" || notice.objectionDeadline === null || ctx.clock.now() >= notice.objectionDeadline) {
      throw new AppError("objection_window_closed");
    }
    await requestObjectionLink(ctx, { noticeId: notice.id, email: contactEmail, lang, client });
    return { status: "link_sent" };
  }
  const link = await checkObjectionLink(ctx, input.token, input.noticeId);
  const linkEmail = link.email;
  if (mailboxKey(linkEmail) !== mailboxKey(contactEmail)) {
    throw new AppError("validation_failed", [ownIssue({ path: "contactEmail", code: "link_address", params: { email: linkEmail } })]);
  }
  if (!(await allowByRateLimit(ctx, "objection", linkEmail, client))) throw new AppError("rate_limited");
  // From a notice contact's own link, the objection is the contact's organisation's, whatever name was typed.
  const orgId = link.contactId ? ((await findContact(ctx.db, link.contactId))?.orgId ?? null) : null;
  const recorded = orThrow(await noticeClock(ctx.env, input.noticeId).submitObjection({ organisation, contactEmail: linkEmail, grounds, lang, orgId }));
  return { status: "recorded", ...recorded };
}
