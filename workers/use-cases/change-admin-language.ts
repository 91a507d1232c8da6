import { setAdminLang } from "@/db/queries/admins";
import type { SignedInIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";

/** The language every email to this person is written in from now on (null: as before, each email decides). */
export async function changeAdminLanguage(ctx: CoreContext, identity: SignedInIdentity, lang: "en" | "fr" | null) {
  await setAdminLang(ctx.db, identity.email, lang);
  return { lang };
}
