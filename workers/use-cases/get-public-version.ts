import { findVersion, findVersionInForceAt, listVersionRefs, type ListVersionRow } from "@/db/queries/list-versions";
import type { CoreContext } from "../core/context";
import { versionEntries, type VersionView } from "../core/portal.schema";
import { diffLists, endOfUtcDay } from "../domain/list-version-diff";
import { AppError } from "../errors";
import { changesByNotice, publicCorrection } from "./get-public-versions";

/** Version `n` of the list, with what changed from the version before it. */
export async function getPublicVersion(ctx: CoreContext, n: number): Promise<VersionView> {
  const row = await findVersion(ctx.db, n);
  if (!row) throw new AppError("not_found");
  return versionView(ctx, row, null);
}

/** The version in force at the end of a calendar day (UTC), for `/subprocessors?at=YYYY-MM-DD`. */
export async function getPublicVersionAt(ctx: CoreContext, date: string): Promise<VersionView> {
  const at = endOfUtcDay(date);
  const row = at === null ? undefined : await findVersionInForceAt(ctx.db, at);
  if (!row) throw new AppError("not_found");
  return versionView(ctx, row, date);
}

async function versionView(ctx: CoreContext, row: ListVersionRow, at: string | null): Promise<VersionView> {
  const [refs, changes] = await Promise.all([listVersionRefs(ctx.db), changesByNotice(ctx)]);
  const index = refs.findIndex((ref) => ref.version === row.version);
  const previousRef = refs[index - 1];
  const nextRef = refs[index + 1];
  const previous = previousRef ? await findVersion(ctx.db, previousRef.version) : undefined;
  const entries = versionEntries.parse(row.entries);
  return {
    appOrigin: ctx.config.APP_ORIGIN,
    now: ctx.clock.now(),
    version: row.version,
    effectiveAt: row.effectiveAt,
    until: nextRef?.effectiveAt ?? null,
    previous: previousRef?.version ?? null,
    next: nextRef?.version ?? null,
    change: row.noticeId ? (changes.get(row.noticeId) ?? null) : null,
    correction: publicCorrection(row.correction),
    subprocessors: entries,
    diff: diffLists(previous ? versionEntries.parse(previous.entries) : [], entries),
    at,
  };
}
