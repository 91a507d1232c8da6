import { writeWithEvidence } from "@/db/queries/evidence";
import { replaceWebhookSecret } from "@/db/queries/webhooks";
import type { CoreContext } from "../core/context";
import { requireWebhookEndpoint } from "./find-webhook-endpoint";
import { newWebhookSecret } from "./webhook-secret";

/**
 * A new signing secret, shown once; the old one stops signing at once (including retries of
 * messages already owed), so the receiver must be given the new one straight away.
 */
export async function rotateWebhookSecret(ctx: CoreContext, id: string, actor: string) {
  const endpoint = await requireWebhookEndpoint(ctx, id);
  const secret = newWebhookSecret();
  const now = ctx.clock.now();
  await writeWithEvidence(ctx.db, [replaceWebhookSecret(ctx.db, endpoint.id, secret, now)], [{ at: now, kind: "webhook.secret_rotated", ref: endpoint.id, actor, payload: { endpointId: endpoint.id, url: endpoint.url } }]);
  return { id: endpoint.id, url: endpoint.url, secret };
}
