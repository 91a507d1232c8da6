"use client";

import { useEffect, useState } from "react";
import * as z from "zod/mini";
import type { Lang } from "@/app/_lib/i18n/lang";
import { deliveryCountsText, deliveryProgressText } from "@/i18n/delivery-progress";
import type { DeliveryProgress as Counts } from "@/workers/core/notices.schema";

// The route answers the core's deliveryProgressOutput; the browser checks it again with
// zod/mini, as the other browser code does (full zod would add about 90 KB to this page).
const count = z.number().check(z.int(), z.nonnegative());
const countsSchema = z.object({ sent: count, pending: count, failed: count });

/** Often enough to watch a fan-out move, rarely enough that a long one costs little. */
const POLL_MS = 2000;

/**
 * A notice's email counts and progress bar. With JavaScript it asks for the counts again while
 * any email is pending, and stops when none is; the counts are a polite live region, so a screen
 * reader hears them change without losing its place. Without JavaScript, the refresh link
 * reloads the page at this section.
 */
export function DeliveryProgress({ noticeId, lang, initial }: { noticeId: string; lang: Lang; initial: Counts }) {
  const [counts, setCounts] = useState(initial);
  useEffect(() => {
    if (counts.pending === 0) return;
    const timer = setTimeout(async () => {
      const response = await fetch(`/admin/notices/${encodeURIComponent(noticeId)}/progress.json`, { cache: "no-store" }).catch(() => null);
      // A failed poll keeps the counts shown and tries again; the refresh link still works.
      const parsed = response?.ok ? countsSchema.safeParse(await response.json().catch(() => null)) : null;
      // A new object either way, so the effect runs again.
      setCounts((shown) => (parsed?.success ? parsed.data : { ...shown }));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [counts, noticeId]);
  const owed = counts.sent + counts.pending + counts.failed;
  return (
    <div id="delivery-progress">
      <p id="delivery-counts" aria-live="polite" data-pending={counts.pending}>{deliveryCountsText(lang, counts)}</p>
      {owed > 0 && (
        <>
          <progress max={owed} value={counts.sent + counts.failed} aria-labelledby="delivery-counts" />
          <p><a href={`/admin/notices/${encodeURIComponent(noticeId)}?lang=${lang}#delivery-progress`}>{deliveryProgressText(lang)("refresh")}</a></p>
        </>
      )}
    </div>
  );
}
