import { findOrgBySlug } from "@/db/queries/rooms";
import { finderKey, sameKey } from "../auth/finder-key";
import { requireSignedIn } from "../auth/session";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";

/**
 * Who may see an organisation's room finder: anyone with its current link key, or a signed-in
 * admin or member of that same organisation. An unknown organisation and a wrong key look the
 * same from outside, so slugs cannot be probed.
 */
export async function authorizeFinder(ctx: CoreContext, input: { slug: string; key?: string; sessionToken?: string }) {
  const org = await findOrgBySlug(ctx.db, input.slug);
  if (org && input.key && sameKey(input.key, await finderKey(ctx.config.AUTH_SECRET, org.id, org.finderKeyVersion))) {
    return { org, via: "key" as const };
  }
  if (org && input.sessionToken) {
    const person = await requireSignedIn(ctx, input.sessionToken).catch(() => null);
    if (person?.orgId === org.id) return { org, via: "session" as const };
  }
  throw new AppError("finder_access_denied");
}
