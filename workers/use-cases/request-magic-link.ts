import { findAdmin } from "../../db/queries/admins";
import type { CoreContext } from "../core/context";
import { allowByRateLimit } from "../rate-limit";
import { sendEmailNow } from "./deliver-emails";

/**
 * Emails a sign-in link to a vendor admin. Everyone gets the same answer, admin or not, so the
 * form cannot be used to learn who the admins are. The link itself is signed when the email is
 * rendered, so no live credential is stored.
 */
export async function requestMagicLink(ctx: CoreContext, input: { email: string; lang: "en" | "fr"; client: string }) {
  if (!(await allowByRateLimit(ctx, "magic-link", input.email, input.client))) return { accepted: true };
  const admin = await findAdmin(ctx.db, input.email);
  if (!admin) return { accepted: true };
  try {
    await sendEmailNow(ctx, {
      idempotencyKey: `admin-sign-in:${admin.email}:${ctx.clock.now()}`,
      template: "admin-sign-in",
      params: { email: admin.email },
      recipient: admin.email,
      lang: input.lang,
      noticeId: null,
    });
  } catch (error) {
    console.error("sign-in email not sent now", error);
  }
  return { accepted: true };
}
