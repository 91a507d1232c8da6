import type { FieldIssue } from "@/workers/errors";
import { fieldLabel } from "@/workers/field-labels";
import { issueText } from "@/app/_lib/i18n/issue-text";
import type { Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";

/** A French field a form may show: the subprocessor's free-text facts, or a piece of prose (a reason, a note). */
export type FrenchFieldName = "purposeFr" | "locationFr" | "dataCategoriesFr" | "transferMechanismFr" | "reasonFr" | "correctionNoteFr";

/** The facts a notice or a correction may give in French (ADR 020), in the order of the English fields. */
export const FRENCH_FACT_FIELDS = ["purposeFr", "locationFr", "dataCategoriesFr", "transferMechanismFr"] as const satisfies readonly FrenchFieldName[];

const MULTI_LINE: ReadonlySet<FrenchFieldName> = new Set(["dataCategoriesFr", "reasonFr", "correctionNoteFr"]);

/** The issue about a field, whatever its path is nested under ("french.purposeFr", "dataCategoriesFr.0"). */
export function issueAbout(issues: readonly FieldIssue[], field: string): FieldIssue | undefined {
  return issues.find((issue) => issue.path.split(".").includes(field));
}

/**
 * The optional French beside a form's English fields (issue 16, ADR 020), grouped in one
 * fieldset: each input is `lang="fr"` (spell-checking and a screen reader read it as French), its
 * label is the name the field's errors use, and the hint says what an empty field means.
 */
export function FrenchFieldset({ lang, fields, values, issues, hint }: { lang: Lang; fields: readonly FrenchFieldName[]; values: Map<string, string>; issues: readonly FieldIssue[]; hint: string }) {
  const t = translator(lang, "adminFrench");
  const notices = translator(lang, "adminNotices");
  // A form may have two of these (the correction's facts and its note): the hint's id is the first field's.
  const hintId = `${fields[0]}-french-hint`;
  return (
    <fieldset aria-describedby={hintId}>
      <legend>{t("legend")}</legend>
      <p className="hint" id={hintId}>{hint}</p>
      {fields.map((field) => {
        const issue = issueAbout(issues, field);
        const describedBy = [issue && `${field}-error`, field === "dataCategoriesFr" && "dataCategoriesFr-hint"].filter(Boolean).join(" ");
        const common = {
          id: field,
          name: field,
          lang: "fr",
          defaultValue: values.get(field) ?? "",
          ...(describedBy ? { "aria-describedby": describedBy } : {}),
          ...(issue ? { "aria-invalid": true as const } : {}),
        };
        return (
          <div className="field" key={field}>
            <label htmlFor={field}>{fieldLabel(field, lang)}</label>
            {field === "dataCategoriesFr" && <p className="hint" id="dataCategoriesFr-hint">{notices("dataCategoriesHint")}</p>}
            {issue && <p className="field-error" id={`${field}-error`}>{issueText(issue, lang)}</p>}
            {MULTI_LINE.has(field) ? <textarea rows={field === "dataCategoriesFr" ? 3 : 4} {...common} /> : <input type="text" {...common} />}
          </div>
        );
      })}
    </fieldset>
  );
}
