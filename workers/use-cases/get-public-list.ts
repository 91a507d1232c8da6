import {
  latestPublicChange,
  listAllSubprocessors,
  listPublishedNotices,
  type PublicSubprocessorRow,
  type PublishedNoticeRow,
} from "@/db/queries/public-list";
import { findLatestVersion, listVersionsByNotice } from "@/db/queries/list-versions";
import { noticePeriodsOf } from "@/db/queries/notices";
import type { CoreContext } from "../core/context";
import { periodsInForce } from "./get-contract-periods";
import { proposedFields, type NoticeFrench, type PublicList, type PublicNotice, type PublicSubprocessor } from "../core/portal.schema";
import { hasFrench } from "../domain/french-content";

export function toPublicSubprocessor(row: PublicSubprocessorRow): PublicSubprocessor {
  return {
    id: row.id,
    name: row.name,
    legalEntity: row.legalEntity,
    purpose: row.purpose,
    location: row.location,
    dataCategories: [...row.dataCategories],
    transferMechanism: row.transferMechanism,
    website: row.website,
    // The row's French was checked, unknown keys dropped, on its way out of db/queries.
    ...(hasFrench(row.french) ? { translations: { fr: { ...row.french } } } : {}),
  };
}

/** What the vendor admin wrote in French for a notice, or nothing when it is all English. */
function noticeFrench(row: PublishedNoticeRow): { fr: NoticeFrench } | undefined {
  const fr: NoticeFrench = {
    ...(hasFrench(row.proposedFrench) ? { proposed: { ...row.proposedFrench } } : {}),
    ...(row.reasonFrench ? { reason: row.reasonFrench } : {}),
    ...(row.status === "withdrawn" && row.withdrawalReasonFrench ? { withdrawalReason: row.withdrawalReasonFrench } : {}),
  };
  return Object.keys(fr).length > 0 ? { fr } : undefined;
}

/** A notice for the public, or null for one that has no public clock (never published). */
export function toPublicNotice(row: PublishedNoticeRow, listedName: string | undefined, version: number | null): PublicNotice | null {
  if (row.status === "draft" || row.publishedAt == null || row.objectionDeadline == null || row.effectiveAt == null) return null;
  const parsed = proposedFields.safeParse(row.proposed);
  const proposed = parsed.success ? parsed.data : {};
  const french = noticeFrench(row);
  return {
    id: row.id,
    changeKind: row.changeKind,
    subprocessorId: row.subprocessorId,
    subprocessorName: proposed.name ?? listedName ?? row.subprocessorId,
    proposed,
    reason: row.reason,
    status: row.status,
    publishedAt: row.publishedAt,
    objectionDeadline: row.objectionDeadline,
    effectiveAt: row.effectiveAt,
    withdrawnAt: row.withdrawnAt,
    appliedAt: row.appliedAt,
    updatedAt: row.updatedAt,
    periods: noticePeriodsOf(row),
    withdrawalReason: row.status === "withdrawn" ? row.withdrawalReason : null,
    version,
    ...(french ? { translations: french } : {}),
  };
}

/** The public page, JSON, CSV and feed all read this one snapshot. */
export async function getPublicList(ctx: CoreContext): Promise<PublicList> {
  const [rows, noticeRows, lastModified, periods, version, created] = await Promise.all([
    listAllSubprocessors(ctx.db),
    listPublishedNotices(ctx.db),
    latestPublicChange(ctx.db),
    periodsInForce(ctx),
    findLatestVersion(ctx.db),
    listVersionsByNotice(ctx.db),
  ]);
  const names = new Map(rows.map((row) => [row.id, row.name]));
  const versionOf = new Map(created.map((row) => [row.noticeId, row.version]));
  const published = noticeRows.flatMap((row) => toPublicNotice(row, names.get(row.subprocessorId), versionOf.get(row.id) ?? null) ?? []);
  return {
    appOrigin: ctx.config.APP_ORIGIN,
    now: ctx.clock.now(),
    lastModified,
    periods,
    version: version ?? null,
    subprocessors: rows.filter((row) => row.status === "active").map(toPublicSubprocessor),
    pendingChanges: published.filter((n) => n.status === "published" || n.status === "window_closed"),
    // Newest first: people look for what changed lately.
    history: published.filter((n) => n.status === "effective" || n.status === "withdrawn").reverse(),
  };
}
