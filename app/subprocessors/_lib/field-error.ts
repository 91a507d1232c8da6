import { fieldHint } from "@/app/_lib/i18n/issue-text";
import { capitalised, type Lang } from "@/workers/domain/lang";

/** A public form field's error in the person's language: what the field wants; the core's English message only when we have no hint. */
export function fieldError(lang: Lang, field: string, fallback: string): string {
  const hint = fieldHint(field, lang);
  return hint ? capitalised(hint) : fallback;
}
