import { findAdmin } from "@/db/queries/admins";
import type { SignedInIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";

/** The signed-in person's profile page: who they are and the language of their emails. */
export async function getAdminProfile(ctx: CoreContext, identity: SignedInIdentity) {
  const person = await findAdmin(ctx.db, identity.email);
  if (!person) throw new AppError("unauthenticated");
  return { email: person.email, role: person.role, lang: person.lang, csrf: identity.csrf };
}
