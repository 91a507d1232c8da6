import { writeWithEvidence } from "@/db/queries/evidence";
import { disableWebhookEndpoint, enableWebhookEndpoint, retryPendingDeliveriesNow } from "@/db/queries/webhooks";
import type { CoreContext } from "../core/context";
import { webhookSender } from "../objects/webhook-sender";
import { requireWebhookEndpoint } from "./find-webhook-endpoint";

/**
 * The admin turns an endpoint off (nothing is sent; what it is owed waits) or on again: the run
 * of failures is forgotten and whatever waited is tried at once.
 */
export async function setWebhookEndpointEnabled(ctx: CoreContext, input: { id: string; enabled: boolean }, actor: string) {
  const endpoint = await requireWebhookEndpoint(ctx, input.id);
  const now = ctx.clock.now();
  const statements = input.enabled ? [enableWebhookEndpoint(ctx.db, endpoint.id, now), retryPendingDeliveriesNow(ctx.db, endpoint.id, now)] : [disableWebhookEndpoint(ctx.db, endpoint.id, "admin", now)];
  await writeWithEvidence(ctx.db, statements, [
    { at: now, kind: input.enabled ? "webhook.endpoint_enabled" : "webhook.endpoint_disabled", ref: endpoint.id, actor, payload: { endpointId: endpoint.id, url: endpoint.url, reason: input.enabled ? null : "admin" } },
  ]);
  if (input.enabled) await webhookSender(ctx.env, endpoint.id).wake({ endpointId: endpoint.id });
  return { id: endpoint.id, status: input.enabled ? ("active" as const) : ("disabled" as const) };
}
