import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Append-only, hash-chained audit log. `seq` is the primary key, so two writers racing for the
 * same next position cannot both succeed: the loser re-reads the head and chains again.
 * hash = SHA-256(prevHash + "\n" + canonical JSON of { seq, at, kind, ref, actor, payload }).
 */
export const evidence = sqliteTable("evidence", {
  seq: integer("seq").primaryKey(),
  at: integer("at").notNull(),
  kind: text("kind").notNull(), // e.g. "notice.published", "email.sent", "objection.received"
  ref: text("ref").notNull(), // the record it is about, e.g. a notice id
  actor: text("actor").notNull(), // "system", an admin email, "subscriber:<id>"
  payload: text("payload").notNull(), // canonical JSON
  prevHash: text("prev_hash").notNull(),
  hash: text("hash").notNull(),
});
