import type { FieldIssue } from "@/workers/errors";
import { issueText } from "@/app/_lib/i18n/issue-text";
import type { Lang } from "@/app/_lib/i18n/lang";

interface IssueSummaryProps {
  lang: Lang;
  issues: FieldIssue[];
  /** What did not happen ("The draft was not saved"): the summary's heading, so it is found by heading too. */
  heading: string;
  /** The heading's id (unique on the page): the summary is labelled by it. */
  id: string;
  /** h2 under the page's h1, h3 under a section's h2. */
  level?: 2 | 3;
  /** The id of the field an issue is about: each problem links to it. */
  fieldOf: (issue: FieldIssue) => string;
}

/** A refused form's problems above it (WCAG 3.3.1): announced, headed, each linking to its field. */
export function IssueSummary({ lang, issues, heading, id, level = 2, fieldOf }: IssueSummaryProps) {
  if (issues.length === 0) return null;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="alert alert-error error-summary" role="alert" aria-labelledby={id} tabIndex={-1}>
      <Heading id={id}>{heading}</Heading>
      <ul>{issues.map((issue, i) => <li key={`${i}:${issue.path}:${issue.code}`}><a href={`#${fieldOf(issue)}`}>{issueText(issue, lang)}</a></li>)}</ul>
    </div>
  );
}
