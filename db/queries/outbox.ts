import { desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { devOutbox } from "../schema";

export type OutboxRow = typeof devOutbox.$inferSelect;
export type NewOutboxRow = typeof devOutbox.$inferInsert;

export async function outboxIdsForKey(db: Db, idempotencyKey: string): Promise<string[]> {
  const rows = await db.select({ id: devOutbox.id }).from(devOutbox).where(eq(devOutbox.idempotencyKey, idempotencyKey)).orderBy(devOutbox.id).all();
  return rows.map((r) => r.id);
}

/** Stores a whole batch at once (one D1 batch): a batch is accepted entirely or not at all. */
export async function storeOutboxMessages(db: Db, rows: NewOutboxRow[]): Promise<void> {
  const [first, ...rest] = rows.map((row) => db.insert(devOutbox).values(row));
  if (first) await db.batch([first, ...rest]);
}

export async function listOutbox(db: Db, limit: number): Promise<OutboxRow[]> {
  return db.select().from(devOutbox).orderBy(desc(devOutbox.sentAt), desc(devOutbox.id)).limit(limit).all();
}
