import { eq, sql } from "drizzle-orm";
import { frenchPatchAfterChange, hasFrench, type FrenchFacts } from "@/workers/domain/french-content";
import type { ListedSubprocessor } from "@/workers/domain/list-version-diff";
import type { BatchItem } from "drizzle-orm/batch";
import { subprocessorChangeSchema, subprocessorFieldsSchema } from "@/workers/core/notices.schema";
import type { Db } from "../client";
import { subprocessors } from "../schema";
import { checkedOrNone, checkedSubprocessor, type SubprocessorRow } from "./checked-rows";
import { recordFirstVersion, recordVersionAfter, recordVersionAfterCorrection, type VersionCorrection } from "./list-versions";
import type { NoticeRow } from "./notices";

export type { SubprocessorRow };

/** The public facts about a subprocessor, as a notice proposes them: a listed one's, without its id and French. */
export type SubprocessorFields = Omit<ListedSubprocessor, "id" | "translations">;

export async function findSubprocessor(db: Db, id: string): Promise<SubprocessorRow | undefined> {
  return checkedOrNone(checkedSubprocessor)(await db.select().from(subprocessors).where(eq(subprocessors.id, id)).get());
}

/** The names on the live list, for the look-alike check a new or changed name goes through. */
export function listActiveSubprocessorNames(db: Db) {
  return db.select({ subprocessorId: subprocessors.id, name: subprocessors.name }).from(subprocessors).where(eq(subprocessors.status, "active")).all();
}

/** Adds a subprocessor to the live list; running it twice (a retried step) leaves one row. */
export function addSubprocessor(db: Db, id: string, fields: SubprocessorFields, now: number, french?: FrenchFacts | null) {
  const text = { ...fields, french: hasFrench(french) ? french : null };
  return db
    .insert(subprocessors)
    .values({ id, ...text, status: "active", createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: subprocessors.id, set: { ...text, status: "active", updatedAt: now } });
}

/**
 * Changes English facts and patches the French ones in one statement (workers/domain/french-content.ts
 * says which French goes with which English change): SQLite's json_patch is RFC 7396, so a null
 * drops a French field; no French left is stored as null.
 */
function changeSubprocessor(db: Db, id: string, fields: Partial<SubprocessorFields>, now: number, frenchPatch: Record<string, unknown> = {}) {
  const french = Object.keys(frenchPatch).length === 0 ? {} : { french: sql`nullif(json_patch(coalesce(${subprocessors.french}, '{}'), ${JSON.stringify(frenchPatch)}), '{}')` };
  return db.update(subprocessors).set({ ...fields, ...french, updatedAt: now }).where(eq(subprocessors.id, id));
}

/**
 * The statements of a direct correction (workers/domain/corrections.ts decides which fields may be
 * corrected), with the versions of the list before and after it, for one batch with its evidence.
 */
export function applyCorrection(db: Db, id: string, fields: Partial<SubprocessorFields>, frenchPatch: Record<string, unknown>, correction: VersionCorrection, now: number): BatchItem<"sqlite">[] {
  return [recordFirstVersion(db, now), changeSubprocessor(db, id, fields, now, frenchPatch), recordVersionAfterCorrection(db, correction, now)];
}

function removeSubprocessor(db: Db, id: string, now: number) {
  return db.update(subprocessors).set({ status: "removed", updatedAt: now }).where(eq(subprocessors.id, id));
}

/**
 * The statements that apply a notice's change to the public list, for the batch that records it
 * taking effect (idempotent), with the numbered versions of the list before and after it. What
 * the notice proposed is checked again: it was stored as JSON.
 */
export function applyNoticeChange(db: Db, notice: NoticeRow, now: number): BatchItem<"sqlite">[] {
  return [recordFirstVersion(db, now), changeStatement(db, notice, now), recordVersionAfter(db, notice.id, now)];
}

function changeStatement(db: Db, notice: NoticeRow, now: number): BatchItem<"sqlite"> {
  switch (notice.changeKind) {
    case "add":
      return addSubprocessor(db, notice.subprocessorId, subprocessorFieldsSchema.parse(notice.proposed), now, notice.proposedFrench);
    case "change": {
      const english = subprocessorChangeSchema.parse(notice.proposed);
      return changeSubprocessor(db, notice.subprocessorId, english, now, frenchPatchAfterChange(Object.keys(english), notice.proposedFrench));
    }
    case "remove":
      return removeSubprocessor(db, notice.subprocessorId, now);
  }
}
