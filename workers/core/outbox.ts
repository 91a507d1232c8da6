import { RpcTarget } from "cloudflare:workers";
import { listOutbox, outboxBatchForKey, storeOutboxBatch } from "../../db/queries/outbox";
import { acceptedAnswer, idempotencyConflictAnswer, payloadFingerprint, readResendCall, recipients, type WireAnswer } from "../../emails/resend-wire";
import { toResult } from "../errors";
import { createDevContext } from "./context";
import { acceptInput, listInput } from "./outbox.schema";

/**
 * The local Resend-compatible outbox (dev tools only): the app's /dev/resend routes hand it the
 * call the resend client made, and it answers as Resend would (emails/resend-wire.ts), checking the
 * API key against this worker's own RESEND_API_KEY; /dev/outbox shows what it stored.
 * Idempotency-Key behaves as Resend's does: the same key returns the first answer and stores
 * nothing again.
 */

export class OutboxApi extends RpcTarget {
  constructor(private readonly env: CoreEnv) {
    super();
  }

  accept(raw: unknown) {
    return toResult(async (): Promise<WireAnswer> => {
      const ctx = await createDevContext(this.env);
      const input = acceptInput.parse(raw);
      const call = readResendCall(input, ctx.config.RESEND_API_KEY);
      if (!call.ok) return call.answer;
      const { emails, idempotencyKey } = call;
      const batchId = `out_${Date.now().toString(36)}_${crypto.randomUUID().slice(0, 8)}`;
      const rows = emails.map((email, i) => ({
        // Sortable ids keep a batch in order for replays.
        id: `${batchId}_${String(i).padStart(3, "0")}`,
        idempotencyKey,
        to: recipients(email),
        from: email.from,
        subject: email.subject,
        html: email.html ?? null,
        text: email.text ?? null,
        headers: email.headers ?? {},
        sentAt: ctx.clock.now(),
      }));
      await storeOutboxBatch(ctx.db, batchId, rows);
      const ids = (stored: { id: string }[]) => acceptedAnswer(input.shape, stored.map((r) => r.id));
      if (!idempotencyKey) return ids(rows);
      // An earlier call with this key (a replay, or a race) stored its batch instead: the key answers
      // with it, unless this call asks for something else under the same key.
      const stored = await outboxBatchForKey(ctx.db, idempotencyKey);
      if (stored[0]?.id === rows[0]?.id) return ids(rows);
      return payloadFingerprint(stored) === payloadFingerprint(rows) ? ids(stored) : idempotencyConflictAnswer();
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
