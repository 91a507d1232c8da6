import { enqueueEmail } from "@/db/queries/emails";
import { findNotice } from "@/db/queries/notices";
import type { CoreContext } from "../core/context";
import { allowByRateLimit } from "../rate-limit";
import { deliverPendingEmails } from "./deliver-emails";

/**
 * Emails a personal objection link: the only way to object, since the link proves the address the
 * receipt will go to. The answer is always the same, in the same time, whether or not the notice
 * accepts objections or the address was rate-limited, so nobody learns anything from it.
 */
export async function requestObjectionLink(
  ctx: CoreContext,
  input: { noticeId: string; email: string; lang: "en" | "fr"; client: string },
): Promise<{ accepted: true }> {
  if (await allowByRateLimit(ctx, "objection-link", input.email, input.client)) {
    ctx.afterAnswer("objection link", () => sendObjectionLink(ctx, input));
  }
  return { accepted: true };
}

async function sendObjectionLink(ctx: CoreContext, input: { noticeId: string; email: string; lang: "en" | "fr" }): Promise<void> {
  const notice = await findNotice(ctx.db, input.noticeId);
  const now = ctx.clock.now();
  if (notice?.status !== "published" || notice.objectionDeadline === null || now >= notice.objectionDeadline) return;
  await enqueueEmail(
    ctx.db,
    {
      idempotencyKey: `objection-link:${notice.id}:${input.email}:${crypto.randomUUID()}`,
      template: "objection-link",
      params: { noticeId: notice.id, email: input.email },
      recipient: input.email,
      lang: input.lang,
      noticeId: notice.id,
    },
    now,
  );
  // Sending now is a courtesy; a row left pending goes out with the notice's next delivery run.
  await deliverPendingEmails(ctx, { noticeId: notice.id });
}
