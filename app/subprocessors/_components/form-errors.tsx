import type { Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";

export interface FormError {
  fieldId: string;
  message: string;
}

/** The list of problems at the top of a form, each linking to its field; focusable so it is announced. */
export function ErrorSummary({ lang, errors }: { lang: Lang; errors: FormError[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="alert alert-error error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{translator(lang, "subprocessors")("errorSummary")}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}><a href={`#${error.fieldId}`}>{error.message}</a></li>
        ))}
      </ul>
    </div>
  );
}
