import { translator } from "@/i18n/translate";
import type { Lang } from "@/workers/domain/lang";

/** The public forms' fields that have a message of their own (subprocessors.fieldErrors). */
const WORDED_FIELDS = ["email", "contactEmail", "organisation", "grounds", "lang"] as const;

function isWorded(field: string): field is (typeof WORDED_FIELDS)[number] {
  return (WORDED_FIELDS as readonly string[]).includes(field);
}

/** A field's error in the person's language; the core's English message only when we have none. */
export function fieldError(lang: Lang, field: string, fallback: string): string {
  return isWorded(field) ? translator(lang, "subprocessors.fieldErrors")(field) : fallback;
}
