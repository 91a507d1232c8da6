import { listWebhookEndpoints, recentWebhookDeliveries } from "@/db/queries/webhooks";
import { webhookEventTypes } from "@/db/schema";
import type { CoreContext } from "../core/context";
import type { WebhookEndpointView } from "../core/webhooks.schema";
import { previousSecretsUntil } from "./webhook-secret";

/** Every endpoint with its latest deliveries (the admin page's log); secrets never leave, only their last characters. */
export async function listWebhookEndpointViews(ctx: CoreContext): Promise<{ endpoints: WebhookEndpointView[]; events: typeof webhookEventTypes[number][] }> {
  const endpoints = await listWebhookEndpoints(ctx.db);
  const now = ctx.clock.now();
  const deliveries = await recentWebhookDeliveries(ctx.db, endpoints.map((e) => e.id));
  return {
    events: [...webhookEventTypes],
    endpoints: endpoints.map(({ secret, previousSecrets, updatedAt: _updatedAt, ...endpoint }) => ({
      ...endpoint,
      secretHint: `…${secret.slice(-4)}`,
      // Shown only while a rotated-out secret still signs.
      previousSecretUntil: previousSecretsUntil(previousSecrets, now),
      deliveries: deliveries
        .filter((d) => d.endpointId === endpoint.id)
        .map((d) => ({ id: d.id, eventType: d.eventType, status: d.status, attempts: d.attempts, lastStatus: d.lastStatus, lastError: d.lastError, lastAttemptAt: d.lastAttemptAt, nextAttemptAt: d.nextAttemptAt, createdAt: d.createdAt })),
    })),
  };
}
