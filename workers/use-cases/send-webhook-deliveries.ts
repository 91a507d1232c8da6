import { Webhook } from "standardwebhooks";
import { listVendorAdmins } from "@/db/queries/admins";
import { enqueueEmail } from "@/db/queries/emails";
import { writeWithEvidence } from "@/db/queries/evidence";
import {
  disableWebhookEndpoint,
  dueWebhookDeliveries,
  findWebhookEndpoint,
  nextWebhookAttemptAt,
  recordAttemptFailed,
  recordDelivered,
  type AttemptOutcome,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
} from "@/db/queries/webhooks";
import type { CoreContext } from "../core/context";
import { failureNote, retryDelayAfter, shouldDisable, type AttemptFailure } from "../domain/webhook-retries";
import { checkWebhookTarget } from "../domain/webhook-target";
import { resolvePublicHost } from "../http/public-host";
import { deliverPendingEmails } from "./deliver-emails";
import { signingSecrets } from "./webhook-secret";

/** What a receiver's error text we keep for the log: enough to tell one failure from another. */
const MAX_ERROR_CHARS = 200;

/**
 * Sends one endpoint's deliveries that are due, oldest first, one at a time: each attempt signed
 * afresh (Standard Webhooks: the same webhook-id and body, a new timestamp), a 2xx within the
 * timeout is delivered, anything else is tried again later (domain/webhook-retries.ts). When the
 * run of failures is long enough the endpoint is turned off, in the evidence log, and the vendor
 * admins are told by email. Returns when the endpoint next has something due (application time).
 */
export async function sendWebhookDeliveries(ctx: CoreContext, endpointId: string): Promise<{ nextAt: number | null }> {
  let endpoint = await findWebhookEndpoint(ctx.db, endpointId);
  if (!endpoint || endpoint.status !== "active") return { nextAt: null };
  for (const delivery of await dueWebhookDeliveries(ctx.db, endpointId, ctx.clock.now())) {
    const outcome = await attempt(ctx, endpoint, delivery);
    if (outcome.status !== null && outcome.status >= 200 && outcome.status < 300) {
      await ctx.db.batch(recordDelivered(ctx.db, outcome));
      continue;
    }
    const delay = retryDelayAfter(delivery.attempts + 1);
    await ctx.db.batch(recordAttemptFailed(ctx.db, outcome, delay === null ? null : outcome.at + delay));
    endpoint = await findWebhookEndpoint(ctx.db, endpointId);
    if (!endpoint) return { nextAt: null };
    if (endpoint.failingSince !== null && shouldDisable(endpoint.consecutiveFailures, endpoint.failingSince, outcome.at)) {
      await turnOffFailingEndpoint(ctx, endpoint, outcome.at);
      return { nextAt: null };
    }
  }
  return { nextAt: await nextWebhookAttemptAt(ctx.db, endpointId) };
}

async function attempt(ctx: CoreContext, endpoint: WebhookEndpointRow, delivery: WebhookDeliveryRow): Promise<AttemptOutcome> {
  const at = ctx.clock.now();
  const failed = (kind: AttemptFailure, detail: string, status: number | null = null): AttemptOutcome => ({
    deliveryId: delivery.id,
    endpointId: endpoint.id,
    at,
    status,
    error: failureNote(kind, detail).slice(0, MAX_ERROR_CHARS),
  });
  // Checked again at every send: the name's addresses may have changed since it was registered.
  const target = checkWebhookTarget(endpoint.url, { allowLoopback: ctx.config.WEBHOOK_ALLOW_LOOPBACK === "1" });
  if (!target.ok) return failed("refused", target.code);
  if (!target.loopback) {
    const verdict = await resolvePublicHost(ctx.config.WEBHOOK_DNS_RESOLVER, new URL(target.url).hostname).catch((error: unknown) => ({ public: false as const, reason: `DNS lookup failed: ${String(error)}` }));
    if (!verdict.public) return failed("refused", verdict.reason);
  }
  // Receivers check the timestamp against their own clock (five minutes either way), so it is
  // the real time of this attempt, never the application's dev clock.
  const sentAt = new Date();
  // During a rotation's day, signed with each secret still in it (the spec's space-separated list): a
  // receiver holding either verifies. The day is measured on the application's clock, as the rotation was.
  const signature = signingSecrets(endpoint, at)
    .map((secret) => new Webhook(secret).sign(delivery.id, sentAt, delivery.body))
    .join(" ");
  try {
    const response = await fetch(target.url, {
      method: "POST",
      body: delivery.body,
      // A redirect could lead anywhere, a private address included: it counts as a failure.
      redirect: "manual",
      headers: {
        "content-type": "application/json",
        "user-agent": "Roomtrust-Webhooks/1",
        "webhook-id": delivery.id,
        "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
        "webhook-signature": signature,
      },
      signal: AbortSignal.timeout(ctx.config.WEBHOOK_TIMEOUT_MS),
    });
    // The body is not read beyond a short excerpt: the status is the receiver's answer.
    const excerpt = response.ok ? "" : (await response.text().catch(() => "")).slice(0, MAX_ERROR_CHARS);
    return response.ok ? { deliveryId: delivery.id, endpointId: endpoint.id, at, status: response.status, error: null } : failed("status", `answered ${response.status}${excerpt ? `: ${excerpt}` : ""}`, response.status);
  } catch (error) {
    const timedOut = error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError");
    return timedOut ? failed("timeout", `no answer within ${ctx.config.WEBHOOK_TIMEOUT_MS} ms`) : failed("unreachable", String(error));
  }
}

/** Off, with its evidence, and one email per vendor admin for this run of failures. */
async function turnOffFailingEndpoint(ctx: CoreContext, endpoint: WebhookEndpointRow, now: number): Promise<void> {
  await writeWithEvidence(ctx.db, [disableWebhookEndpoint(ctx.db, endpoint.id, "failures", now)], [
    {
      at: now,
      kind: "webhook.endpoint_disabled",
      ref: endpoint.id,
      actor: "system",
      payload: { endpointId: endpoint.id, url: endpoint.url, reason: "failures", consecutiveFailures: endpoint.consecutiveFailures, failingSince: endpoint.failingSince },
    },
  ]);
  const keys: string[] = [];
  for (const admin of await listVendorAdmins(ctx.db)) {
    const idempotencyKey = `webhook-disabled:${endpoint.id}:${endpoint.failingSince}:${admin.email}`;
    keys.push(idempotencyKey);
    await enqueueEmail(
      ctx.db,
      {
        idempotencyKey,
        template: "webhook-disabled",
        params: { endpointId: endpoint.id, url: endpoint.url, failures: String(endpoint.consecutiveFailures), failingSince: String(endpoint.failingSince) },
        recipient: admin.email,
        // The language the admin chose on their profile (issue 12 §7); English until they choose.
        lang: admin.lang ?? "en",
        noticeId: null,
      },
      now,
    );
  }
  // What the provider could not take now stays pending for the stranded-email cron.
  for (const onlyKey of keys) await deliverPendingEmails(ctx, { noticeId: null, onlyKey });
}
