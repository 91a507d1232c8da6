import { asc, desc } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../client";
import { evidence } from "../schema";
import { chainEntries, GENESIS, type ChainHead, type EvidenceEntry, type EvidenceInput } from "@/workers/evidence/chain";

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
