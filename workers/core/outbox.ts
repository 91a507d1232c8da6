import { RpcTarget } from "cloudflare:workers";
import { listOutbox, outboxBatchForKey, storeOutboxBatch } from "../../db/queries/outbox";
import { payloadFingerprint, recipients } from "../../emails/resend-wire";
import { toResult } from "../errors";
import { createDevContext } from "./context";
import { acceptInput, listInput } from "./outbox.schema";

/**
 * The local Resend-compatible outbox (dev tools only): the app's /dev/resend routes hand it what
 * the resend client posted; /dev/outbox shows it. Idempotency-Key behaves as Resend's does: the
 * same key returns the first answer and stores nothing again.
 */
/** "conflict": the key was used before with a different payload (Resend answers 409 invalid_idempotent_request). */
export type AcceptOutcome = "stored" | "replayed" | "conflict";

function answer(outcome: AcceptOutcome, rows: { id: string }[]) {
  return { outcome, ids: outcome === "conflict" ? [] : rows.map((r) => r.id) };
}

export class OutboxApi extends RpcTarget {
  constructor(private readonly env: CoreEnv) {
    super();
  }

  accept(raw: unknown) {
    return toResult(async () => {
      const ctx = await createDevContext(this.env);
      const { emails, idempotencyKey } = acceptInput.parse(raw);
      const batchId = `out_${Date.now().toString(36)}_${crypto.randomUUID().slice(0, 8)}`;
      const rows = emails.map((email, i) => ({
        // Sortable ids keep a batch in order for replays.
        id: `${batchId}_${String(i).padStart(3, "0")}`,
        idempotencyKey: idempotencyKey ?? null,
        to: recipients(email),
        from: email.from,
        subject: email.subject,
        html: email.html ?? null,
        text: email.text ?? null,
        headers: email.headers ?? {},
        sentAt: ctx.clock.now(),
      }));
      await storeOutboxBatch(ctx.db, batchId, rows);
      if (!idempotencyKey) return answer("stored", rows);
      // An earlier call with this key (a replay, or a race) stored its batch instead: the key answers
      // with it, unless this call asks for something else under the same key.
      const stored = await outboxBatchForKey(ctx.db, idempotencyKey);
      if (stored[0]?.id === rows[0]?.id) return answer("stored", rows);
      return answer(payloadFingerprint(stored) === payloadFingerprint(rows) ? "replayed" : "conflict", stored);
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
