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

/**
 * Signed checkpoints of the evidence log (RFC 9162 tree head): size, root and time, signed with
 * the Ed25519 key in EVIDENCE_SIGNING_KEY. One per size: a second signer at the same size keeps
 * the first. Public; no entry's content.
 */
export const evidenceCheckpoints = sqliteTable("evidence_checkpoints", {
  size: integer("size").primaryKey(),
  log: text("log").notNull(), // whose log: the app's origin + /evidence
  rootHash: text("root_hash").notNull(),
  signedAt: integer("signed_at").notNull(),
  keyId: text("key_id").notNull(),
  jws: text("jws").notNull(), // compact JWS (EdDSA) of the canonical JSON { log, rootHash, signedAt, size }
});
