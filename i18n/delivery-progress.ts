import type { Lang } from "../workers/domain/lang";
import compiled from "./compiled/delivery-progress.json";
import { precompiledText } from "./precompiled";

/**
 * The words of a notice's delivery progress, which the browser rewords as the counts change:
 * precompiled like the tablet's, so the admin page ships no ICU parser and no catalogue.
 */
export function deliveryProgressText(lang: Lang) {
  return precompiledText(compiled[lang], lang, "adminDeliveryProgress");
}

/** "3 sent, 1 pending, 0 failed" in one language; the counts stay plain digits (a fan-out can pass 999). */
export function deliveryCountsText(lang: Lang, counts: { sent: number; pending: number; failed: number }): string {
  return deliveryProgressText(lang)("counts", { sentCount: counts.sent, sent: String(counts.sent), pending: String(counts.pending), failed: String(counts.failed) });
}
