import en from "@/i18n/messages/en.json" with { type: "json" };
import { translator, type Messages } from "@/i18n/translate";
import type { FieldIssue } from "@/workers/errors";
import { issueSentence, isOwnIssueCode, ownIssueText } from "@/workers/field-issue-words";
import { fieldOfPath } from "@/workers/field-labels";
import { validationMessage } from "@/workers/validation-messages";
import type { Lang } from "./lang";

// The core words field problems in English (logs, the JSON API). A page words them in its
// language, the same way in both: our own codes by code (workers/field-issue-words.ts), a form
// field's problem by what the field wants (the catalogues' `fieldHints`); zod's other checks a
// French page phrases from their code and params, where the core's English already is that
// phrasing. Only a problem none of these knows falls back to the core's English message.

/** The field an issue is about: named by the core, or the first segment of its path ("fields.capacity" → "capacity"). */
export function issueField(issue: FieldIssue): string {
  return issue.field ?? issue.path.replace(/^fields\./, "").split(".")[0] ?? "";
}

/**
 * A problem the core words itself (a refused character, the link's own address): worth saying
 * exactly, not just what the field wants.
 */
export function hasOwnWording(issue: FieldIssue): boolean {
  return isOwnIssueCode(issue.code);
}

/** The field a message names: "proposed.dataCategories.2" → "dataCategories". */
function labelledField(issue: FieldIssue): string {
  return issue.field ?? fieldOfPath(issue.path);
}

/** The problem in the page's language, without where it is (see issuePlace). */
export function issueText(issue: FieldIssue, lang: Lang): string {
  const own = ownIssueText(issue, lang);
  if (own !== undefined) return own;
  const hint = fieldHint(issueField(issue), lang) ?? (lang === "en" ? undefined : validationMessage({ code: issue.code, field: labelledField(issue), params: issue.params ?? {} }, lang));
  return hint ? issueSentence(issue, lang, hint) : issue.message;
}

/**
 * What a form field wants, in a language ("Capacity is a whole number of seats, from 1 to 2,000."),
 * or undefined for a field without a hint. French hints start in lower case, to follow a CSV
 * line's column ("capacity : la capacité…"); the callers capitalise a hint that starts a sentence.
 */
export function fieldHint(field: string, lang: Lang): string | undefined {
  if (!Object.hasOwn(en.fieldHints, field)) return undefined;
  return translator(lang, "fieldHints")(field as keyof Messages["fieldHints"]);
}

/** Where the problem is, as a person reads it: "line 4" / "ligne 4", "file" / "fichier"; any other path as it is. */
export function issuePlace(issue: FieldIssue, lang: Lang): string {
  const t = translator(lang, "fieldIssues.place");
  const line = /^line (\d+)$/.exec(issue.path);
  if (line?.[1]) return t("line", { line: line[1] });
  return issue.path === "file" ? t("file") : issue.path;
}
