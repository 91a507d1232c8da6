import { frenchFromStore } from "@/workers/core/shared-output.schema";
import type { FrenchFacts } from "@/workers/domain/french-content";
import type { notices, subprocessors } from "../schema";

// The French columns are JSON, typed unknown in the schema: a row leaves db/queries only once its
// French went through the one stored-French schema, never as drizzle's cast of whatever D1 holds.

/** A subprocessors row, its French checked. */
export type SubprocessorRow = Omit<typeof subprocessors.$inferSelect, "french"> & { french: FrenchFacts | null };
/** A notices row, its proposed French checked. */
export type NoticeRow = Omit<typeof notices.$inferSelect, "proposedFrench"> & { proposedFrench: FrenchFacts | null };

export function checkedSubprocessor(row: typeof subprocessors.$inferSelect): SubprocessorRow {
  return { ...row, french: frenchFromStore(row.french) };
}

export function checkedNotice(row: typeof notices.$inferSelect): NoticeRow {
  return { ...row, proposedFrench: frenchFromStore(row.proposedFrench) };
}

/** The same for a row that may not exist. */
export const checkedOrNone = <R, C>(check: (row: R) => C) => (row: R | undefined): C | undefined => (row === undefined ? undefined : check(row));
