import { z } from "zod";
import { webhookEventTypes } from "@/db/schema";

const token = z.string().min(1).max(4096);
const sessionToken = token.optional();
const csrf = z.string().max(200);
const endpointId = z.string().regex(/^whe_[a-f0-9]{20}$/, "This endpoint id is not one of ours.");

export const listEndpointsInput = z.object({ sessionToken });

export const registerEndpointInput = z.object({
  sessionToken,
  csrf,
  // Whether it is https on a public host is decided by the use case, which knows the deployment's rules.
  url: z.string().trim().min(1, "Endpoint URL is required: the https:// address where your tool receives webhooks.").max(2000, "Endpoint URL can be at most 2,000 characters."),
  events: z.array(z.enum(webhookEventTypes)).min(1, "Events: choose at least one event to send to this endpoint.").max(webhookEventTypes.length),
});
export type RegisterEndpointInput = z.infer<typeof registerEndpointInput>;

export const endpointActionInput = z.object({ sessionToken, csrf, id: endpointId });
export const setEndpointEnabledInput = endpointActionInput.extend({ enabled: z.boolean() });

const time = z.number().int();
const endpointView = z.strictObject({
  id: endpointId,
  url: z.string(),
  events: z.array(z.enum(webhookEventTypes)),
  status: z.enum(["active", "disabled"]),
  disabledReason: z.enum(["admin", "failures"]).nullable(),
  consecutiveFailures: z.number().int().nonnegative(),
  failingSince: time.nullable(),
  createdAt: time,
  createdBy: z.string(),
  /** The last characters of the secret, so an admin can tell which one their tool holds. */
  secretHint: z.string(),
  /** Until when the secret a rotation replaced still signs beside it (null: no rotation under way). */
  previousSecretUntil: time.nullable(),
  deliveries: z.array(
    z.strictObject({
      id: z.string(),
      eventType: z.enum(webhookEventTypes),
      status: z.enum(["pending", "delivered", "failed"]),
      attempts: z.number().int().nonnegative(),
      lastStatus: z.number().int().nullable(),
      lastError: z.string().nullable(),
      lastAttemptAt: time.nullable(),
      nextAttemptAt: time.nullable(),
      createdAt: time,
    }),
  ),
});
export type WebhookEndpointView = z.infer<typeof endpointView>;

export const listEndpointsOutput = z.strictObject({ endpoints: z.array(endpointView), events: z.array(z.enum(webhookEventTypes)) });
/** The secret is in this answer and nowhere else the admin will ever see it. */
export const endpointSecretOutput = z.strictObject({ id: endpointId, url: z.string(), secret: z.string().startsWith("whsec_"), previousSecretUntil: time.nullable() });
export const endpointChangedOutput = z.strictObject({ id: endpointId, status: z.enum(["active", "disabled", "deleted"]) });
