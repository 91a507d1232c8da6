import { writeWithEvidence } from "@/db/queries/evidence";
import { insertWebhookEndpoint } from "@/db/queries/webhooks";
import type { CoreContext } from "../core/context";
import type { RegisterEndpointInput } from "../core/webhooks.schema";
import { checkWebhookTarget, type TargetRefusal } from "../domain/webhook-target";
import { AppError } from "../errors";
import { newId } from "../ids";
import { newWebhookSecret } from "./webhook-secret";

/** What the admin reads when the URL is refused (the French is in app/_lib/i18n/issue-text.ts, by code). */
const refusalText: Record<TargetRefusal, string> = {
  webhook_url_invalid: "Endpoint URL must be a full web address, like https://hooks.example.com/roomtrust.",
  webhook_url_not_https: "Endpoint URL must start with https:// (webhooks carry your notices, so they are only sent encrypted).",
  webhook_url_credentials: "Endpoint URL must not contain a user name or password; put a token in the path or query instead.",
  webhook_url_ip_literal: "Endpoint URL must use a host name, not an IP address.",
  webhook_url_private_name: "Endpoint URL must be on the public internet; names like localhost, *.internal or *.local cannot be reached from our servers.",
};

/** Refused with a message naming the URL field, or the URL as it will be called. */
function acceptedWebhookUrl(ctx: CoreContext, url: string): string {
  const target = checkWebhookTarget(url, { allowLoopback: ctx.config.WEBHOOK_ALLOW_LOOPBACK === "1" });
  if (!target.ok) throw new AppError("validation_failed", [{ path: "url", code: target.code, message: refusalText[target.code] }]);
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
