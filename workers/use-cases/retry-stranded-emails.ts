import type { CoreContext } from "../core/context";
import { deliverPendingEmails, type DeliveryReport } from "./deliver-emails";

/** A request sends its own message within about 10 s; after a minute, a pending one was left behind. */
export const STRANDED_AFTER_MS = 60_000;
/** A sign-in link or confirmation an hour late would confuse more than help: the person can ask again. */
export const USEFUL_FOR_MS = 60 * 60_000;

/**
 * Sign-in links and subscription confirmations are sent while the person waits; when the provider
 * is down they stay pending. A cron (every 5 minutes, see workers/core/wrangler.toml) sends them
 * later, and closes as failed, with evidence, those too old to be of use. Notice emails are not
 * touched: each notice's Durable Object retries its own.
 */
export async function retryStrandedEmails(ctx: CoreContext): Promise<DeliveryReport> {
  return deliverPendingEmails(
    ctx,
    { noticeId: null, createdBefore: ctx.clock.now() - STRANDED_AFTER_MS },
    { timeoutMs: 10_000, retryDelaysMs: [], staleAfterMs: USEFUL_FOR_MS },
  );
}
