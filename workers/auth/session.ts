import { findAdmin } from "../../db/queries/admins";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";
import { sha256Hex } from "../evidence/chain";
import { verifyToken } from "./tokens";

export interface AdminIdentity {
  email: string;
  role: "vendor_admin";
  /** Per-session anti-CSRF value that admin forms must send back. */
  csrf: string;
}

/**
 * Every admin RPC starts here: the session cookie's token is verified again in the core worker,
 * and the admin must still exist, so removing an admin ends their sessions.
 */
export async function requireAdmin(ctx: CoreContext, sessionToken: string | undefined): Promise<AdminIdentity> {
  if (!sessionToken) throw new AppError("unauthenticated");
  const claims = await verifyToken(ctx.config.AUTH_SECRET, "session", sessionToken, ctx.clock.now()).catch(() => {
    throw new AppError("unauthenticated");
  });
  const admin = await findAdmin(ctx.db, claims.sub);
  if (!admin) throw new AppError("unauthenticated");
  return { email: admin.email, role: admin.role, csrf: await csrfFor(ctx.config.AUTH_SECRET, claims.jti) };
}

/** Like requireAdmin, and also checks the form's anti-CSRF value (for every state-changing call). */
export async function requireAdminForChange(
  ctx: CoreContext,
  sessionToken: string | undefined,
  csrf: string | undefined,
): Promise<AdminIdentity> {
  const admin = await requireAdmin(ctx, sessionToken);
  if (!csrf || csrf !== admin.csrf) throw new AppError("csrf_failed");
  return admin;
}

async function csrfFor(secret: string, sessionJti: string): Promise<string> {
  return (await sha256Hex(`csrf\n${secret}\n${sessionJti}`)).slice(0, 32);
}
