import { writeWithEvidence } from "@/db/queries/evidence";
import { findSubscriber, unsubscribeSubscriber, type SubscriberRow } from "@/db/queries/subscribers";
import { verifyToken } from "../auth/tokens";
import type { CoreContext } from "../core/context";
import type { UnsubscribeOutcome, UnsubscribePreview } from "../core/portal.schema";
import { AppError } from "../errors";

async function subscriberOf(ctx: CoreContext, token: string): Promise<SubscriberRow> {
  const claims = await verifyToken(ctx.config.AUTH_SECRET, "unsubscribe", token, ctx.clock.now());
  const subscriber = await findSubscriber(ctx.db, claims.sub);
  if (!subscriber) throw new AppError("token_invalid");
  return subscriber;
}

/** "j•••@example.com": enough for people to recognise their address, not enough to harvest it. */
function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${email[0]}•••${email.slice(at)}`;
}

/** What the unsubscribe page shows before the person presses the button. Writes nothing. */
export async function previewUnsubscribe(ctx: CoreContext, token: string): Promise<UnsubscribePreview> {
  const subscriber = await subscriberOf(ctx, token);
  return {
    status: subscriber.status === "unsubscribed" ? "already_unsubscribed" : "subscribed",
    emailHint: maskEmail(subscriber.email),
  };
}

/** Stops all notices to the address. Idempotent: a second click (or a mail provider's retry) is fine. */
export async function unsubscribe(ctx: CoreContext, token: string, via: "page" | "one-click"): Promise<UnsubscribeOutcome> {
  const subscriber = await subscriberOf(ctx, token);
  if (subscriber.status === "unsubscribed") return { status: "already_unsubscribed", lang: subscriber.lang };
  const now = ctx.clock.now();
  await writeWithEvidence(ctx.db, [unsubscribeSubscriber(ctx.db, subscriber.id, now)], [
    {
      at: now,
      kind: "subscriber.unsubscribed",
      ref: subscriber.id,
      actor: `subscriber:${subscriber.id}`,
      payload: { via, previousStatus: subscriber.status },
    },
  ]);
  return { status: "unsubscribed", lang: subscriber.lang };
}
