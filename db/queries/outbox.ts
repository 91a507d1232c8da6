import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { devOutbox } from "../schema";

export type OutboxRow = typeof devOutbox.$inferSelect;
export type NewOutboxRow = typeof devOutbox.$inferInsert & { idempotencyKey: string | null };

/** The batch stored under an idempotency key, in its order. */
export async function outboxBatchForKey(db: Db, idempotencyKey: string): Promise<OutboxRow[]> {
  return db.select().from(devOutbox).where(eq(devOutbox.idempotencyKey, idempotencyKey)).orderBy(devOutbox.id).all();
}

/**
 * Stores a whole batch at once (one D1 batch): a batch is accepted entirely or not at all. Row ids
 * start with `batchId`; each insert is skipped when a row of another batch already holds the
 * idempotency key, so two calls racing with one key store one batch between them. The caller then
 * reads back whose ids the key has.
 */
export async function storeOutboxBatch(db: Db, batchId: string, rows: NewOutboxRow[]): Promise<void> {
  const prefix = `${batchId}_`;
  const [first, ...rest] = rows.map((row) =>
    // Columns in the table's order, as drizzle lists them for insert … select.
    db.insert(devOutbox).select(sql`
      select ${row.id}, ${row.idempotencyKey}, ${JSON.stringify(row.to)}, ${row.from}, ${row.subject}, ${row.html ?? null}, ${row.text ?? null},
             ${JSON.stringify(row.headers ?? {})}, ${row.sentAt}
      where ${row.idempotencyKey} is null
         or not exists (select 1 from ${devOutbox} where idempotency_key = ${row.idempotencyKey} and substr(id, 1, ${prefix.length}) <> ${prefix})`),
  );
  if (first) await db.batch([first, ...rest]);
}

export async function listOutbox(db: Db, limit: number): Promise<OutboxRow[]> {
  return db.select().from(devOutbox).orderBy(desc(devOutbox.sentAt), desc(devOutbox.id)).limit(limit).all();
}
