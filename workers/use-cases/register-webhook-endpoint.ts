import { writeWithEvidence } from "@/db/queries/evidence";
import { insertWebhookEndpoint } from "@/db/queries/webhooks";
import type { CoreContext } from "../core/context";
import type { RegisterEndpointInput } from "../core/webhooks.schema";
import { checkWebhookTarget } from "../domain/webhook-target";
import { AppError } from "../errors";
import { ownIssue } from "../field-issue-words";
import { newId } from "../ids";
import { newWebhookSecret } from "./webhook-secret";

/** Refused with a message naming the URL field, or the URL as it will be called. */
function acceptedWebhookUrl(ctx: CoreContext, url: string): string {
  const target = checkWebhookTarget(url, { allowLoopback: ctx.config.WEBHOOK_ALLOW_LOOPBACK === "1" });
  if (!target.ok) throw new AppError("validation_failed", [ownIssue({ path: "url", code: target.code })]);
  return target.url;
}

/**
 * Registers an endpoint for the chosen events and answers with its signing secret, the only time
 * anyone sees it. The evidence entry names the URL and events, never the secret.
 */
export async function registerWebhookEndpoint(ctx: CoreContext, input: RegisterEndpointInput, actor: string) {
  const url = acceptedWebhookUrl(ctx, input.url);
  const events = [...new Set(input.events)];
  const id = newId("whe");
  const secret = newWebhookSecret();
  const now = ctx.clock.now();
  await writeWithEvidence(
    ctx.db,
    [insertWebhookEndpoint(ctx.db, { id, url, events, secret, status: "active", createdAt: now, createdBy: actor, updatedAt: now })],
    [{ at: now, kind: "webhook.endpoint_registered", ref: id, actor, payload: { endpointId: id, url, events } }],
  );
  return { id, url, secret, previousSecretUntil: null };
}
