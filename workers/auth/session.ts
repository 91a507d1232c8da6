import { findAdmin } from "@/db/queries/admins";
import { isTokenSpent, spendToken } from "@/db/queries/used-tokens";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";
import { sha256Hex } from "../crypto/sha256-hex";
import { verifyToken } from "./tokens";

type Role = "vendor_admin" | "org_admin" | "org_member";

export interface SignedInIdentity {
  email: string;
  role: Role;
  /** The organisation of an org role; null for vendor admins. */
  orgId: string | null;
  /** Per-session anti-CSRF value that admin forms must send back. */
  csrf: string;
}

export interface AdminIdentity extends SignedInIdentity {
  role: "vendor_admin";
}

export interface OrgAdminIdentity extends SignedInIdentity {
  role: "org_admin";
  orgId: string;
}

/**
 * Who holds this session cookie. The token is verified again in the core worker on every call,
 * and refused when it was signed out (its jti spent), when the person no longer exists, or when
 * it was issued before the person was last added (removed and added again starts afresh).
 */
export async function requireSignedIn(ctx: CoreContext, sessionToken: string | undefined): Promise<SignedInIdentity> {
  if (!sessionToken) throw new AppError("unauthenticated");
  const claims = await verifyToken(ctx.config.AUTH_SECRET, "session", sessionToken, ctx.clock.now()).catch(() => {
    throw new AppError("unauthenticated");
  });
  const [person, signedOut] = await Promise.all([findAdmin(ctx.db, claims.sub), isTokenSpent(ctx.db, claims.jti)]);
  if (!person || signedOut) throw new AppError("unauthenticated");
  // iat has whole seconds; a session signed in the same second the person was added is theirs.
  if (claims.iat * 1000 < person.createdAt - 999) throw new AppError("unauthenticated");
  if (person.role !== "vendor_admin" && !person.orgId) throw new AppError("unauthenticated");
  return { email: person.email, role: person.role, orgId: person.orgId, csrf: await csrfFor(ctx.config.AUTH_SECRET, claims.jti) };
}

/** Vendor admin RPCs (the subprocessor portal) start here; an organisation's people are refused. */
export async function requireAdmin(ctx: CoreContext, sessionToken: string | undefined): Promise<AdminIdentity> {
  const identity = await requireSignedIn(ctx, sessionToken);
  if (identity.role !== "vendor_admin") throw new AppError("forbidden");
  return { ...identity, role: "vendor_admin" };
}

/** Room admin RPCs: an organisation admin, who only ever reaches their own organisation. */
export async function requireOrgAdmin(ctx: CoreContext, sessionToken: string | undefined): Promise<OrgAdminIdentity> {
  const identity = await requireSignedIn(ctx, sessionToken);
  if (identity.role !== "org_admin" || !identity.orgId) throw new AppError("forbidden");
  return { ...identity, role: "org_admin", orgId: identity.orgId };
}

/** Every state-changing call by a signed-in person: the form must send back its session's anti-CSRF value. */
export function checkCsrf(identity: SignedInIdentity, csrf: string | undefined) {
  if (!csrf || csrf !== identity.csrf) throw new AppError("csrf_failed");
}

async function csrfFor(secret: string, sessionJti: string): Promise<string> {
  return (await sha256Hex(`csrf\n${secret}\n${sessionJti}`)).slice(0, 32);
}

/**
 * Ends a session for good: its jti is spent, so the cookie stops working everywhere at once, not
 * just in the browser that signed out. A token that is already invalid has nothing to end.
 */
export async function endSession(ctx: CoreContext, sessionToken: string | undefined): Promise<{ ended: boolean }> {
  if (!sessionToken) return { ended: false };
  const claims = await verifyToken(ctx.config.AUTH_SECRET, "session", sessionToken, ctx.clock.now()).catch(() => null);
  if (!claims) return { ended: false };
  await spendToken(ctx.db, claims.jti, "session", ctx.clock.now(), claims.exp * 1000);
  return { ended: true };
}
