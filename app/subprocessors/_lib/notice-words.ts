import { translator } from "@/i18n/translate";
import { frenchOf, type Lang } from "@/workers/domain/lang";
import type { NoticePeriods } from "@/workers/domain/notice-periods";

// The words about a notice that its page, the list, the versions and the feed all say alike.

// French elides « de » into the name (« Retrait d’Intercom », « Retrait de Mistral AI »), which a
// message cannot decide from the name: the French message receives the name with its « de ».
const removed: Record<Lang, (name: string) => string> = { en: (name) => name, fr: frenchOf };

/** A notice's title: "New subprocessor: Atlas", "Removal of Intercom". */
export function changeTitle(kind: "add" | "change" | "remove", name: string, lang: Lang): string {
  const t = translator(lang, "subprocessors.changeTitle");
  return kind === "remove" ? t("remove", { name: removed[lang](name) }) : t(kind, { name });
}

/** The three periods a notice keeps, as one sentence. */
export function periodsSentence(periods: NoticePeriods, lang: Lang): string {
  return translator(lang, "subprocessors")("periodsSentence", { notice: periods.noticePeriodDays, objection: periods.objectionWindowDays, resolution: periods.resolutionPeriodDays });
}
