import { setAdminLang } from "@/db/queries/admins";
import { writeWithEvidence } from "@/db/queries/evidence";
import type { SignedInIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";

/**
 * The language every email to this person is written in from now on (null: as before, each email
 * decides). Recorded in the evidence log with the change: a termination right or a bounce report
 * sent in French is then explained by who chose French, and when.
 */
export async function changeAdminLanguage(ctx: CoreContext, identity: SignedInIdentity, lang: "en" | "fr" | null) {
  const now = ctx.clock.now();
  const email = identity.email.toLowerCase();
  await writeWithEvidence(ctx.db, [setAdminLang(ctx.db, email, lang)], [{ at: now, kind: "admin.email_language_changed", ref: email, actor: email, payload: { lang } }]);
  return { lang };
}
