import { writeWithEvidence } from "@/db/queries/evidence";
import { confirmSubscriber, findSubscriber } from "@/db/queries/subscribers";
import { verifyToken } from "../auth/tokens";
import type { CoreContext } from "../core/context";
import type { ConfirmOutcome } from "../core/portal.schema";
import { AppError } from "../errors";

/**
 * Double opt-in, step two: the link from the confirmation email. Confirming twice is fine; a link
 * for an address that has since unsubscribed is spent (they subscribe again for a new one).
 */
export async function confirmSubscription(ctx: CoreContext, token: string): Promise<ConfirmOutcome> {
  const now = ctx.clock.now();
  const claims = await verifyToken(ctx.config.AUTH_SECRET, "subscribe-confirm", token, now);
  const subscriber = await findSubscriber(ctx.db, claims.sub);
  if (!subscriber) throw new AppError("token_invalid");
  if (subscriber.status === "confirmed") return { status: "already_confirmed", lang: subscriber.lang };
  if (subscriber.status === "unsubscribed") throw new AppError("token_used");

  await writeWithEvidence(ctx.db, [confirmSubscriber(ctx.db, subscriber.id, now)], [
    {
      at: now,
      kind: "subscriber.confirmed",
      ref: subscriber.id,
      actor: `subscriber:${subscriber.id}`,
      payload: { lang: subscriber.lang, tokenId: claims.jti },
    },
  ]);
  return { status: "confirmed", lang: subscriber.lang };
}
