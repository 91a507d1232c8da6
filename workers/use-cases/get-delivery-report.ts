import { countSentByOutcome } from "@/db/queries/emails";
import { listSuppressedSubscribers } from "@/db/queries/subscribers";
import type { CoreContext } from "../core/context";
import type { DeliveryReport } from "../core/admin.schema";

/**
 * What became of the mail sent, as the provider's webhooks told it: how many messages were
 * delivered, bounced, complained or delayed (or not yet heard of), and the addresses list mail no
 * longer goes to, so the vendor can reach those readers another way.
 */
export async function getDeliveryReport(ctx: CoreContext): Promise<DeliveryReport> {
  const [counts, suppressed] = await Promise.all([countSentByOutcome(ctx.db), listSuppressedSubscribers(ctx.db)]);
  const sent = { delivered: 0, bounced: 0, complained: 0, delayed: 0, unknown: 0 };
  for (const { outcome, n } of counts) sent[outcome ?? "unknown"] += n;
  return {
    sent,
    suppressed: suppressed.map((s) => ({ email: s.email, reason: s.suppressedReason ?? "bounced", since: s.suppressedAt ?? 0 })),
  };
}
