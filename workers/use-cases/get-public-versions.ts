import { listVersionSummaries, type ListVersionRow } from "@/db/queries/list-versions";
import { listAllSubprocessors, listPublishedNotices } from "@/db/queries/public-list";
import type { CoreContext } from "../core/context";
import type { VersionChange, VersionCorrection, VersionsView } from "../core/portal.schema";
import { toPublicNotice } from "./get-public-list";

/** The change each notice made, by notice id, named as the public list names it. */
export async function changesByNotice(ctx: CoreContext): Promise<Map<string, VersionChange>> {
  const [rows, noticeRows] = await Promise.all([listAllSubprocessors(ctx.db), listPublishedNotices(ctx.db)]);
  const names = new Map(rows.map((row) => [row.id, row.name]));
  const changes = new Map<string, VersionChange>();
  for (const row of noticeRows) {
    const notice = toPublicNotice(row, names.get(row.subprocessorId), null);
    if (notice) changes.set(notice.id, { noticeId: notice.id, changeKind: notice.changeKind, subprocessorName: notice.subprocessorName });
  }
  return changes;
}

/** What the public history says about a correction: not who made it, nor the subprocessor's id. */
export function publicCorrection(correction: ListVersionRow["correction"]): VersionCorrection | null {
  return correction && { subprocessorName: correction.subprocessorName, fields: correction.fields, note: correction.note, ...(correction.noteFrench ? { noteFrench: correction.noteFrench } : {}) };
}

/** Every numbered version of the list, newest first, with the change that made it. */
export async function getPublicVersions(ctx: CoreContext): Promise<VersionsView> {
  const [versions, changes] = await Promise.all([listVersionSummaries(ctx.db), changesByNotice(ctx)]);
  return {
    appOrigin: ctx.config.APP_ORIGIN,
    now: ctx.clock.now(),
    versions: versions
      .map(({ version, effectiveAt, noticeId, correction, count }) => ({
        version,
        effectiveAt,
        count,
        change: noticeId ? (changes.get(noticeId) ?? null) : null,
        correction: publicCorrection(correction),
      }))
      .reverse(),
  };
}
