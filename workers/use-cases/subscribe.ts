import { findSubscriberByEmail, insertPendingSubscriber, markSubscriberPending } from "@/db/queries/subscribers";
import type { CoreContext } from "../core/context";
import type { SubscribeOutcome } from "../core/portal.schema";
import { newId } from "../ids";
import { allowByRateLimit } from "../rate-limit";
import { sendEmailNow } from "./deliver-emails";

/**
 * Double opt-in, step one. Every valid address gets the same answer — new, pending, confirmed or
 * over its own limit — in the same time: everything that depends on the address runs after the
 * answer, so neither the answer nor its timing tells anyone whether an address is subscribed.
 * Only a client over its limit is told (rate_limited), since that says nothing about any address.
 */
export async function subscribe(
  ctx: CoreContext,
  input: { email: string; lang: "en" | "fr"; client: string },
): Promise<SubscribeOutcome> {
  if (await allowByRateLimit(ctx, "subscribe", input.email, input.client)) {
    ctx.afterAnswer("subscription", () => startSubscription(ctx, input));
  }
  return { accepted: true };
}

async function startSubscription(ctx: CoreContext, input: { email: string; lang: "en" | "fr" }): Promise<void> {
  const now = ctx.clock.now();
  let subscriber = await findSubscriberByEmail(ctx.db, input.email);
  if (!subscriber) {
    await insertPendingSubscriber(ctx.db, { id: newId("sub"), email: input.email, lang: input.lang, now });
    subscriber = await findSubscriberByEmail(ctx.db, input.email);
  } else if (subscriber.status !== "confirmed") {
    await markSubscriberPending(ctx.db, subscriber.id, input.lang);
  }
  if (!subscriber || subscriber.status === "confirmed") return;

  // A fresh key per request: asking again while pending sends a fresh link (the per-address
  // limit above bounds how many), and a retried send of this one stays one email. The delivery
  // row is written before the send; a provider outage leaves it pending for the cron's retry.
  await sendEmailNow(ctx, {
    idempotencyKey: `subscribe-confirm:${subscriber.id}:${now}`,
    template: "subscribe-confirm",
    params: { subscriberId: subscriber.id },
    recipient: subscriber.email,
    lang: input.lang,
    noticeId: null,
  });
}
