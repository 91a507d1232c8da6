import { endpointsWithDueDeliveries } from "@/db/queries/webhooks";
import type { CoreContext } from "../core/context";
import { webhookSender } from "../objects/webhook-sender";

/**
 * Cron: wakes the sender of every active endpoint with a delivery overdue. An event is owed in D1
 * and then its sender is woken; if that call was lost (the object unreachable), this sends it.
 */
export async function wakeWebhookSenders(ctx: CoreContext): Promise<number> {
  const endpointIds = await endpointsWithDueDeliveries(ctx.db, ctx.clock.now());
  for (const endpointId of endpointIds) await webhookSender(ctx.env, endpointId).wake({ endpointId });
  return endpointIds.length;
}
