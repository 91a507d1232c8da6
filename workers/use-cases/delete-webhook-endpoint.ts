import { writeWithEvidence } from "@/db/queries/evidence";
import { deleteWebhookEndpoint } from "@/db/queries/webhooks";
import type { CoreContext } from "../core/context";
import { requireWebhookEndpoint } from "./find-webhook-endpoint";

/** The endpoint and its delivery log are gone; the evidence log keeps that it existed and when it was deleted. */
export async function deleteWebhookEndpointById(ctx: CoreContext, id: string, actor: string) {
  const endpoint = await requireWebhookEndpoint(ctx, id);
  const now = ctx.clock.now();
  await writeWithEvidence(ctx.db, [...deleteWebhookEndpoint(ctx.db, endpoint.id)], [{ at: now, kind: "webhook.endpoint_deleted", ref: endpoint.id, actor, payload: { endpointId: endpoint.id, url: endpoint.url } }]);
  return { id: endpoint.id, status: "deleted" as const };
}
