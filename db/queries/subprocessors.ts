import { eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { subprocessorChangeSchema, subprocessorFieldsSchema } from "@/workers/core/notices.schema";
import type { Db } from "../client";
import { subprocessors } from "../schema";
import { recordFirstVersion, recordVersionAfter, recordVersionAfterCorrection, type VersionCorrection } from "./list-versions";
import type { NoticeRow } from "./notices";

export type SubprocessorRow = typeof subprocessors.$inferSelect;

/** The public facts about a subprocessor, as a notice proposes them. */
export interface SubprocessorFields {
  name: string;
  legalEntity: string;
  purpose: string;
  location: string;
  dataCategories: string[];
  transferMechanism: string;
  website: string;
}

export async function findSubprocessor(db: Db, id: string): Promise<SubprocessorRow | undefined> {
  return db.select().from(subprocessors).where(eq(subprocessors.id, id)).get();
}

/** The names on the live list, for the look-alike check a new or changed name goes through. */
export function listActiveSubprocessorNames(db: Db) {
  return db.select({ subprocessorId: subprocessors.id, name: subprocessors.name }).from(subprocessors).where(eq(subprocessors.status, "active")).all();
}

/** Adds a subprocessor to the live list; running it twice (a retried step) leaves one row. */
export function addSubprocessor(db: Db, id: string, fields: SubprocessorFields, now: number) {
  return db
    .insert(subprocessors)
    .values({ id, ...fields, status: "active", createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: subprocessors.id, set: { ...fields, status: "active", updatedAt: now } });
}

function changeSubprocessor(db: Db, id: string, fields: Partial<SubprocessorFields>, now: number) {
  return db.update(subprocessors).set({ ...fields, updatedAt: now }).where(eq(subprocessors.id, id));
}

/**
 * The statements of a direct correction (workers/domain/corrections.ts decides which fields may be
 * corrected), with the versions of the list before and after it, for one batch with its evidence.
 */
export function applyCorrection(db: Db, id: string, fields: Partial<SubprocessorFields>, correction: VersionCorrection, now: number): BatchItem<"sqlite">[] {
  return [recordFirstVersion(db, now), changeSubprocessor(db, id, fields, now), recordVersionAfterCorrection(db, correction, now)];
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
      return addSubprocessor(db, notice.subprocessorId, subprocessorFieldsSchema.parse(notice.proposed), now);
    case "change":
      return changeSubprocessor(db, notice.subprocessorId, subprocessorChangeSchema.parse(notice.proposed), now);
    case "remove":
      return removeSubprocessor(db, notice.subprocessorId, now);
  }
}
