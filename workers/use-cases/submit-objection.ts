import { findNotice } from "../../db/queries/notices";
import type { CoreContext } from "../core/context";
import type { SubmitInput, SubmitOutput } from "../core/objections.schema";
import { AppError, orThrow } from "../errors";
import { noticeClock } from "../objects/notice-clock";
import { checkObjectionLink } from "./show-objection-form";

/** Hands a public objection to the notice's clock, which alone decides whether the window is open. */
export async function submitObjection(ctx: CoreContext, input: SubmitInput): Promise<SubmitOutput> {
  const notice = await findNotice(ctx.db, input.noticeId);
  if (!notice || notice.status === "draft") throw new AppError("not_found");
  // No link is fine (the public form), but a link that is bad or for another notice is an error.
  if (input.token) await checkObjectionLink(ctx, input.token, input.noticeId);
  const { organisation, contactEmail, grounds, lang } = input;
  return orThrow(await noticeClock(ctx.env, input.noticeId).submitObjection({ organisation, contactEmail, grounds, lang }));
}
