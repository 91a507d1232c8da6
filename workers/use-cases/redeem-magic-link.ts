import { findAdmin } from "@/db/queries/admins";
import { findOrgById } from "@/db/queries/rooms";
import { writeWithEvidence } from "@/db/queries/evidence";
import { forgetExpiredTokens, spendToken } from "@/db/queries/used-tokens";
import { signToken, tokenPurposes, verifyToken } from "../auth/tokens";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";

/** Turns a sign-in link into a session, once: the link's jti is spent before the session is made. */
export async function redeemMagicLink(ctx: CoreContext, input: { token: string }) {
  const now = ctx.clock.now();
  const claims = await verifyToken(ctx.config.AUTH_SECRET, "admin-sign-in", input.token, now);
  const admin = await findAdmin(ctx.db, claims.sub);
  if (!admin) throw new AppError("forbidden");
  await forgetExpiredTokens(ctx.db, now);
  if (!(await spendToken(ctx.db, claims.jti, "admin-sign-in", now, claims.exp * 1000))) throw new AppError("token_used");
  await writeWithEvidence(ctx.db, [], [{ at: now, kind: "admin.signed_in", ref: admin.email, actor: admin.email, payload: { via: "magic-link" } }]);
  const sessionToken = await signToken(ctx.config.AUTH_SECRET, "session", admin.email, now);
  return { sessionToken, email: admin.email, maxAgeSeconds: tokenPurposes.session.ttlSeconds, home: await homeOf(ctx, admin) };
}

/** Where each role starts: the portal admin, the rooms admin, or the organisation's room finder. */
async function homeOf(ctx: CoreContext, person: { role: string; orgId: string | null }): Promise<string> {
  if (person.role === "vendor_admin" || !person.orgId) return "/admin";
  if (person.role === "org_admin") return "/admin/rooms";
  const org = await findOrgById(ctx.db, person.orgId);
  return org ? `/rooms/${org.slug}` : "/";
}
