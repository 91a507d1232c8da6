import { Resend, type WebhookEventPayload } from "resend";
import { findDeliveryByProviderId, recordDeliveryOutcome, type DeliveryOutcome } from "@/db/queries/emails";
import { writeWithEvidence } from "@/db/queries/evidence";
import { suppressContacts } from "@/db/queries/notice-contacts";
import { suppressSubscriber } from "@/db/queries/subscribers";
import { isTokenSpent, spendTokenInBatch } from "@/db/queries/used-tokens";
import type { CoreContext } from "../core/context";
import type { EmailEventInput, EmailEventOutcome } from "../core/email-events.schema";
import { AppError } from "../errors";

/** The provider's events we act on, and what each says became of the message. */
const OUTCOMES: Partial<Record<WebhookEventPayload["type"], DeliveryOutcome>> = {
  "email.delivered": "delivered",
  "email.bounced": "bounced",
  "email.complained": "complained",
  "email.delivery_delayed": "delayed",
};

/** How long an event about a message we do not know yet is sent back to be retried (Svix retries at 5 s, 5 min, 30 min…). */
const UNKNOWN_MESSAGE_PATIENCE_MS = 10 * 60_000;

/** Svix retries a webhook for about three days; a spent id is remembered a little longer. */
const REMEMBER_WEBHOOK_IDS_MS = 4 * 24 * 3_600_000;

/**
 * One of Resend's delivery webhooks. Its signature is checked with the Resend SDK (Standard
 * Webhooks, the scheme Svix signs with), which also refuses a timestamp more than five minutes
 * off: an old request replayed is refused. The same webhook sent again (Svix retries until it gets
 * a 2xx) is acknowledged and recorded once. The outcome lands on the delivery row with its
 * evidence, in one batch; a permanent bounce or a complaint stops list mail to the address.
 */
export async function recordEmailEvent(ctx: CoreContext, input: EmailEventInput): Promise<EmailEventOutcome> {
  const event = verified(ctx, input);
  const outcome = OUTCOMES[event.type];
  if (!outcome || !("email_id" in event.data)) return { recorded: false, reason: "not_a_delivery_event" };
  const delivery = await findDeliveryByProviderId(ctx.db, event.data.email_id);
  if (!delivery) {
    // An event can overtake the provider's answer to our send, before the row knows its id: a
    // young one is refused so that Svix tries again in a few seconds. An old one is another
    // app's (the team's key may send for others too), acknowledged so Svix stops. Its age is the
    // provider's own two clocks (this attempt's signed timestamp against the event's time).
    const ageMs = Number(input.headers.timestamp) * 1000 - Date.parse(event.created_at);
    if (ageMs < UNKNOWN_MESSAGE_PATIENCE_MS) throw new AppError("webhook_early");
    return { recorded: false, reason: "unknown_message" };
  }
  const webhookId = `resend-webhook:${input.headers.id}`;
  if (await isTokenSpent(ctx.db, webhookId)) return { recorded: false, reason: "already_recorded" };

  const now = ctx.clock.now();
  const bounceType = event.type === "email.bounced" ? event.data.bounce.type : undefined;
  // A transient bounce (mailbox full, greylisting) may clear; only a permanent one or a complaint stops mail.
  const suppress = outcome === "complained" || (outcome === "bounced" && bounceType !== "Transient");
  const statements = [
    spendTokenInBatch(ctx.db, webhookId, "resend-webhook", now, now + REMEMBER_WEBHOOK_IDS_MS),
    recordDeliveryOutcome(ctx.db, delivery.id, outcome, now),
    ...(suppress ? suppressionOf(ctx, delivery.recipient, outcome === "complained" ? "complained" : "bounced", now) : []),
  ];
  try {
    await writeWithEvidence(ctx.db, [...statements], [
      {
        at: now,
        kind: `email.${outcome}`,
        ref: delivery.noticeId ?? delivery.id,
        actor: "provider:resend",
        payload: {
          delivery: delivery.id,
          template: delivery.template,
          recipient: delivery.recipient,
          providerId: delivery.providerId,
          webhookId: input.headers.id,
          reportedAt: event.created_at,
          ...(bounceType ? { bounceType, bounceMessage: event.type === "email.bounced" ? event.data.bounce.message : undefined } : {}),
          listMailStopped: suppress,
        },
      },
    ]);
  } catch (error) {
    // The same webhook, twice at once: the other one recorded it.
    if (String(error).includes("UNIQUE constraint failed: used_tokens.jti")) return { recorded: false, reason: "already_recorded" };
    throw error;
  }
  return { recorded: true, outcome, listMailStopped: suppress };
}

/** The address stops getting list mail both as a subscriber and as any organisation's notice contact. */
function suppressionOf(ctx: CoreContext, email: string, reason: "bounced" | "complained", now: number) {
  return [suppressSubscriber(ctx.db, email, reason, now), suppressContacts(ctx.db, email, reason, now)];
}

function verified(ctx: CoreContext, input: EmailEventInput): WebhookEventPayload {
  const secret = ctx.config.RESEND_WEBHOOK_SECRET;
  if (!secret) {
    console.warn("a Resend webhook arrived but RESEND_WEBHOOK_SECRET is not set: refused");
    throw new AppError("webhook_unverified");
  }
  try {
    return new Resend(ctx.config.RESEND_API_KEY).webhooks.verify({ payload: input.payload, headers: input.headers, webhookSecret: secret });
  } catch {
    throw new AppError("webhook_unverified");
  }
}
