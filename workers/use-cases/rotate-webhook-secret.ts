import { writeWithEvidence } from "@/db/queries/evidence";
import { rotateWebhookSecretTo } from "@/db/queries/webhooks";
import type { CoreContext } from "../core/context";
import { requireWebhookEndpoint } from "./find-webhook-endpoint";
import { newWebhookSecret, PREVIOUS_SECRET_OVERLAP_MS } from "./webhook-secret";

/**
 * A new signing secret, shown once. The one it replaces keeps signing beside it for a day
 * (Standard Webhooks' rotation: every message carries a signature for each), so the receiver can
 * take the new one without refusing a message in between; a second rotation within the day keeps
 * both older ones signing (a reloaded form, a secret not copied: the receiver still holds the
 * first). The evidence says when the previous secret stops, never a secret.
 */
export async function rotateWebhookSecret(ctx: CoreContext, id: string, actor: string) {
  const endpoint = await requireWebhookEndpoint(ctx, id);
  const secret = newWebhookSecret();
  const now = ctx.clock.now();
  const previousSecretUntil = now + PREVIOUS_SECRET_OVERLAP_MS;
  await writeWithEvidence(
    ctx.db,
    [rotateWebhookSecretTo(ctx.db, endpoint.id, secret, previousSecretUntil, now)],
    [{ at: now, kind: "webhook.secret_rotated", ref: endpoint.id, actor, payload: { endpointId: endpoint.id, url: endpoint.url, previousSecretValidUntil: previousSecretUntil } }],
  );
  return { id: endpoint.id, url: endpoint.url, secret, previousSecretUntil };
}
