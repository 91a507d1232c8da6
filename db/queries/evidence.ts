import { and, asc, desc, eq, gte } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../client";
import { evidence, evidenceCheckpoints } from "../schema";
import { chainEntries, GENESIS, type ChainHead, type EvidenceEntry, type EvidenceInput } from "@/workers/evidence/chain";
import type { SignedCheckpoint } from "@/workers/evidence/checkpoint";

async function evidenceHead(db: Db): Promise<ChainHead> {
  const row = await db.select({ seq: evidence.seq, hash: evidence.hash }).from(evidence).orderBy(desc(evidence.seq)).limit(1).get();
  return row ?? GENESIS;
}

export async function listEvidence(db: Db): Promise<EvidenceEntry[]> {
  return db.select().from(evidence).orderBy(asc(evidence.seq)).all();
}

/**
 * Writes `statements` and their evidence in one D1 batch (a transaction): the record and its
 * evidence land together or not at all. If another writer took the next sequence number first,
 * the batch fails on the primary key and we chain again on the new head.
 */
export async function writeWithEvidence(
  db: Db,
  statements: BatchItem<"sqlite">[],
  inputs: EvidenceInput[],
  attempts = 40,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const rows = await chainEntries(await evidenceHead(db), inputs);
    const inserts = rows.map((row) => db.insert(evidence).values(row));
    const [first, ...rest] = [...statements, ...inserts];
    if (!first) return;
    try {
      await db.batch([first, ...rest]);
      return;
    } catch (error) {
      const raced = String(error).includes("UNIQUE constraint failed: evidence.seq");
      if (!raced || attempt >= attempts) throw error;
      // Spread the retries so a crowd of writers does not collide again in lockstep.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
    }
  }
}

/** The first entry of `kind` about `ref` (a notice's publication, an objection's receipt). */
export async function findEvidenceEntry(db: Db, kind: string, ref: string): Promise<EvidenceEntry | undefined> {
  return db.select().from(evidence).where(and(eq(evidence.kind, kind), eq(evidence.ref, ref))).orderBy(asc(evidence.seq)).limit(1).get();
}

/** How many entries the log holds (its highest seq: a log with a gap is caught by the verdict, not here). */
export async function evidenceSize(db: Db): Promise<number> {
  return (await evidenceHead(db)).seq;
}

/** Keeps a signed checkpoint; at a size already signed the first one stays (one tree, one root per size). */
export async function insertCheckpoint(db: Db, checkpoint: SignedCheckpoint): Promise<void> {
  await db.insert(evidenceCheckpoints).values(checkpoint).onConflictDoNothing();
}

/** Every checkpoint, oldest first. */
export async function listCheckpoints(db: Db) {
  return db.select().from(evidenceCheckpoints).orderBy(asc(evidenceCheckpoints.size)).all();
}

export async function findCheckpoint(db: Db, size: number) {
  return db.select().from(evidenceCheckpoints).where(eq(evidenceCheckpoints.size, size)).get();
}

export async function latestCheckpoint(db: Db) {
  return db.select().from(evidenceCheckpoints).orderBy(desc(evidenceCheckpoints.size)).limit(1).get();
}

/** The smallest checkpoint that includes entry `seq`, if one was signed since it was written. */
export async function firstCheckpointCovering(db: Db, seq: number) {
  return db.select().from(evidenceCheckpoints).where(gte(evidenceCheckpoints.size, seq)).orderBy(asc(evidenceCheckpoints.size)).limit(1).get();
}
