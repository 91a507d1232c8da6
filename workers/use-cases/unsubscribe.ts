import type { BatchItem } from "drizzle-orm/batch";
import { writeWithEvidence } from "@/db/queries/evidence";
import { findContact, unsubscribeContact } from "@/db/queries/notice-contacts";
import { findSubscriber, unsubscribeSubscriber } from "@/db/queries/subscribers";
import { verifyToken } from "../auth/tokens";
import type { CoreContext } from "../core/context";
import type { UnsubscribeOutcome, UnsubscribePreview } from "../core/portal.schema";
import { AppError } from "../errors";

/** Whoever an unsubscribe link was made for: a subscriber, or an organisation's notice contact ("nct_…"). */
interface ListReader {
  id: string;
  email: string;
  lang: "en" | "fr";
  unsubscribed: boolean;
  status: string;
  evidenceKind: "subscriber.unsubscribed" | "notice_contact.unsubscribed";
  actor: string;
  unsubscribe: (now: number) => BatchItem<"sqlite">;
}

async function readerOf(ctx: CoreContext, token: string): Promise<ListReader> {
  const claims = await verifyToken(ctx.config.AUTH_SECRET, "unsubscribe", token, ctx.clock.now());
  if (claims.sub.startsWith("nct_")) {
    const contact = await findContact(ctx.db, claims.sub);
    if (!contact) throw new AppError("token_invalid");
    return {
      ...contact,
      // Removed by its admin: no more notices either way.
      unsubscribed: contact.status === "unsubscribed" || contact.status === "removed",
      evidenceKind: "notice_contact.unsubscribed",
      actor: `contact:${contact.id}`,
      unsubscribe: (now) => unsubscribeContact(ctx.db, contact.id, now),
    };
  }
  const subscriber = await findSubscriber(ctx.db, claims.sub);
  if (!subscriber) throw new AppError("token_invalid");
  return {
    ...subscriber,
    unsubscribed: subscriber.status === "unsubscribed",
    evidenceKind: "subscriber.unsubscribed",
    actor: `subscriber:${subscriber.id}`,
    unsubscribe: (now) => unsubscribeSubscriber(ctx.db, subscriber.id, now),
  };
}

/** "j•••@example.com": enough for people to recognise their address, not enough to harvest it. */
function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${email[0]}•••${email.slice(at)}`;
}

/** What the unsubscribe page shows before the person presses the button. Writes nothing. */
export async function previewUnsubscribe(ctx: CoreContext, token: string): Promise<UnsubscribePreview> {
  const reader = await readerOf(ctx, token);
  return { status: reader.unsubscribed ? "already_unsubscribed" : "subscribed", emailHint: maskEmail(reader.email) };
}

/** Stops all notices to the address. Idempotent: a second click (or a mail provider's retry) is fine. */
export async function unsubscribe(ctx: CoreContext, token: string, via: "page" | "one-click"): Promise<UnsubscribeOutcome> {
  const reader = await readerOf(ctx, token);
  if (reader.unsubscribed) return { status: "already_unsubscribed", lang: reader.lang };
  const now = ctx.clock.now();
  await writeWithEvidence(ctx.db, [reader.unsubscribe(now)], [
    { at: now, kind: reader.evidenceKind, ref: reader.id, actor: reader.actor, payload: { via, previousStatus: reader.status } },
  ]);
  return { status: "unsubscribed", lang: reader.lang };
}
