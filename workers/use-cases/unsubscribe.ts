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

/**
 * The readers a link stops: its subject, and for a contact who also subscribed (one copy of each
 * notice, the contact's: db/queries/notice-contacts.ts) the subscription it names too.
 */
async function readersOf(ctx: CoreContext, token: string): Promise<[ListReader, ...ListReader[]]> {
  const claims = await verifyToken(ctx.config.AUTH_SECRET, "unsubscribe", token, ctx.clock.now());
  if (!claims.sub.startsWith("nct_")) return [await subscriberReader(ctx, claims.sub)];
  const contact = await findContact(ctx.db, claims.sub);
  if (!contact) throw new AppError("token_invalid");
  const reader: ListReader = {
    ...contact,
    // Removed by its admin: no more notices either way.
    unsubscribed: contact.status === "unsubscribed" || contact.status === "removed",
    evidenceKind: "notice_contact.unsubscribed",
    actor: `contact:${contact.id}`,
    unsubscribe: (now) => unsubscribeContact(ctx.db, contact.id, now),
  };
  // The subscription the link also names may be gone (erased since): the contact still stops.
  const subscription = claims.ctx.subscriberId ? await subscriptionReader(ctx, claims.ctx.subscriberId) : null;
  return subscription ? [reader, subscription] : [reader];
}

async function subscriberReader(ctx: CoreContext, id: string): Promise<ListReader> {
  const found = await subscriptionReader(ctx, id);
  if (!found) throw new AppError("token_invalid");
  return found;
}

async function subscriptionReader(ctx: CoreContext, id: string): Promise<ListReader | null> {
  const subscriber = await findSubscriber(ctx.db, id);
  if (!subscriber) return null;
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
  const readers = await readersOf(ctx, token);
  const unsubscribed = readers.every((reader) => reader.unsubscribed);
  return { status: unsubscribed ? "already_unsubscribed" : "subscribed", emailHint: maskEmail(readers[0].email) };
}

/** Stops all notices to the address. Idempotent: a second click (or a mail provider's retry) is fine. */
export async function unsubscribe(ctx: CoreContext, token: string, via: "page" | "one-click"): Promise<UnsubscribeOutcome> {
  const readers = await readersOf(ctx, token);
  // The language the email was in: a subscription's own where the link names one (db/queries/notice-contacts.ts).
  const lang = readers.at(-1)!.lang;
  const stopping = readers.filter((reader) => !reader.unsubscribed);
  if (stopping.length === 0) return { status: "already_unsubscribed", lang };
  const now = ctx.clock.now();
  await writeWithEvidence(
    ctx.db,
    stopping.map((reader) => reader.unsubscribe(now)),
    stopping.map((reader) => ({ at: now, kind: reader.evidenceKind, ref: reader.id, actor: reader.actor, payload: { via, previousStatus: reader.status } })),
  );
  return { status: "unsubscribed", lang };
}
