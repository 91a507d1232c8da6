import { RpcTarget } from "cloudflare:workers";
import { listOutbox, outboxIdsForKey, storeOutboxMessages } from "../../db/queries/outbox";
import { recipients } from "../../emails/resend-wire";
import { toResult } from "../errors";
import { createDevContext } from "./context";
import { acceptInput, listInput } from "./outbox.schema";

/**
 * The local Resend-compatible outbox (dev tools only): the app's /dev/resend routes hand it what
 * the resend client posted; /dev/outbox shows it. Idempotency-Key behaves as Resend's does: the
 * same key returns the first answer and stores nothing again.
 */
export class OutboxApi extends RpcTarget {
  constructor(private readonly env: CoreEnv) {
    super();
  }

  accept(raw: unknown) {
    return toResult(async () => {
      const ctx = await createDevContext(this.env);
      const { emails, idempotencyKey } = acceptInput.parse(raw);
      if (idempotencyKey) {
        const earlier = await outboxIdsForKey(ctx.db, idempotencyKey);
        if (earlier.length > 0) return { ids: earlier, replayed: true };
      }
      const now = Date.now();
      const rows = emails.map((email, i) => ({
        // Sortable ids keep a batch in order for replays.
        id: `out_${now.toString(36)}_${String(i).padStart(3, "0")}_${crypto.randomUUID().slice(0, 8)}`,
        idempotencyKey: idempotencyKey ?? null,
        to: recipients(email),
        from: email.from,
        subject: email.subject,
        html: email.html ?? null,
        text: email.text ?? null,
        headers: email.headers ?? {},
        sentAt: ctx.clock.now(),
      }));
      await storeOutboxMessages(ctx.db, rows);
      return { ids: rows.map((r) => r.id), replayed: false };
    });
  }

  list(raw: unknown = {}) {
    return toResult(async () => {
      const ctx = await createDevContext(this.env);
      const { limit } = listInput.parse(raw);
      return (await listOutbox(ctx.db, limit)).map((row) => ({ ...row, sentAt: new Date(row.sentAt).toISOString() }));
    });
  }
}
