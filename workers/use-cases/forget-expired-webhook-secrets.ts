import { forgetExpiredWebhookSecrets as forgetInD1 } from "@/db/queries/webhooks";
import type { CoreContext } from "../core/context";

/** Cron: a secret a rotation replaced is deleted once its day of signing is over. */
export async function forgetExpiredWebhookSecrets(ctx: CoreContext): Promise<void> {
  await forgetInD1(ctx.db, ctx.clock.now());
}
