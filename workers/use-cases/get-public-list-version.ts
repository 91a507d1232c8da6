import { publicListVersion } from "@/db/queries/public-list";
import type { CoreContext } from "../core/context";

/**
 * A version of the public list for caching its page: the same version, the same page, until
 * `freshForMs` (the next objection deadline, when the page stops offering to object) has passed.
 */
export async function getPublicListVersion(ctx: CoreContext): Promise<{ version: string; freshForMs: number | null }> {
  const now = ctx.clock.now();
  const { changedAt, rows, nextDeadline } = await publicListVersion(ctx.db, now);
  return { version: `${changedAt}.${rows}.${nextDeadline ?? "-"}`, freshForMs: nextDeadline === null ? null : nextDeadline - now };
}
