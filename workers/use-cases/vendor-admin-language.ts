import type { Lang } from "@/emails/message";
import type { CoreContext } from "../core/context";

/**
 * The language an email to a vendor admin is written in. Admins have no language of their own
 * yet (issue 12 §7 adds it to their profile), so English; this is the one place to point at it.
 */
export async function vendorAdminLanguage(_ctx: CoreContext, _email: string): Promise<Lang> {
  return "en";
}
