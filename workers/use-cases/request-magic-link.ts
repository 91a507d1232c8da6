import { findAdmin } from "@/db/queries/admins";
import type { CoreContext } from "../core/context";
import { allowByRateLimit } from "../rate-limit";
import { sendEmailNow } from "./deliver-emails";

/**
 * Emails a sign-in link to an admin. Everyone gets the same answer in the same time, admin or
 * not: the look-up and the email happen after the answer, so neither the form nor a stopwatch
 * tells who the admins are. The link itself is signed when the email is rendered, so no live
 * credential is stored.
 */
export async function requestMagicLink(ctx: CoreContext, input: { email: string; lang: "en" | "fr"; client: string }) {
  if (await allowByRateLimit(ctx, "magic-link", input.email, input.client)) {
    ctx.afterAnswer("sign-in link", () => sendSignInLink(ctx, input));
  }
  return { accepted: true };
}

async function sendSignInLink(ctx: CoreContext, input: { email: string; lang: "en" | "fr" }): Promise<void> {
  const admin = await findAdmin(ctx.db, input.email);
  if (!admin) return;
  await sendEmailNow(ctx, {
    idempotencyKey: `admin-sign-in:${admin.email}:${ctx.clock.now()}`,
    template: "admin-sign-in",
    params: { email: admin.email },
    recipient: admin.email,
    // The language they chose on their profile, else the sign-in page's.
    lang: admin.lang ?? input.lang,
    noticeId: null,
  });
}
