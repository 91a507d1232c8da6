import en from "@/i18n/messages/en.json" with { type: "json" };
import { translator, type Messages } from "@/i18n/translate";
import { capitalised, colon, type Lang } from "./domain/lang";
import type { FieldIssue } from "./errors";
import { fieldLabel, fieldOfPath } from "./field-labels";

/**
 * The problems our own code finds (a name already taken, a CSV line short of cells, a material
 * field corrected without a notice), worded from the catalogues' `fieldIssues` namespace: the core
 * words each in English when it raises it (logs, the JSON API, English pages), a French page
 * words the same issue from its code and params. Each code's words have this one home.
 */

export type OwnIssueCode = keyof Messages["fieldIssues"]["codes"];

type IssueFacts = Pick<FieldIssue, "path" | "code" | "field" | "params">;

/** An issue of ours, with its English message; params its words need and lack are our bug, so it throws. */
export function ownIssue(facts: IssueFacts & { code: OwnIssueCode }): FieldIssue {
  return { ...facts, message: worded(facts, "en") };
}

/** Whether a code is one of ours, so a page words it exactly rather than by what the field wants. */
export function isOwnIssueCode(code: string): code is OwnIssueCode {
  return Object.hasOwn(en.fieldIssues.codes, code);
}

/**
 * An issue of ours in a language, or undefined for a code that is not ours (or that lacks its params). A CSV line's issue
 * names its column first ("name: …"), as it always has; `{field}` is the field's label ("Name",
 * « le champ « Nom » »). Numbers arrive as text, so a line number or a maximum is never regrouped.
 */
export function ownIssueText(issue: IssueFacts, lang: Lang): string | undefined {
  if (!isOwnIssueCode(issue.code)) return undefined;
  try {
    return worded({ ...issue, code: issue.code }, lang);
  } catch {
    // An issue without the params its words need (raised by a newer core, say): the caller's
    // fallback, the English message, beats a page that fails.
    return undefined;
  }
}

/**
 * Words about an issue as a sentence: after its CSV column when it has one ("name: …", as the
 * core's English always wrote it), else capitalised.
 */
export function issueSentence(issue: Pick<FieldIssue, "field">, lang: Lang, words: string): string {
  return issue.field ? `${issue.field}${colon(lang)}${words}` : capitalised(words);
}

function worded(issue: IssueFacts & { code: OwnIssueCode }, lang: Lang): string {
  const t = translator(lang, "fieldIssues");
  const label = fieldLabel(issue.field ?? fieldOfPath(issue.path), lang);
  const field = label ? t("subject.named", { label }) : t("subject.unnamed");
  const params = Object.fromEntries(Object.entries(issue.params ?? {}).map(([key, value]) => [key, String(value)]));
  return issueSentence(issue, lang, codeWords(lang)(issue.code, { ...params, field }));
}

/** The English words of one of our codes for a field whose label the caller knows better than its path (a zod refinement, which is given no path). */
export function ownIssueWords(code: OwnIssueCode, label: string): string {
  return codeWords("en")(code, { field: label });
}

/**
 * A code's words from its arguments. Which arguments a code takes is the issue's params, so
 * they are checked by the tests that word every code (field-issue-words.test.ts), not by the types.
 */
function codeWords(lang: Lang): (code: OwnIssueCode, args: Record<string, string>) => string {
  const t = translator(lang, "fieldIssues.codes") as unknown as (key: string, args: Record<string, string>) => string;
  return (code, args) => t(code, args);
}
