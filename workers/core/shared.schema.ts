import { z } from "zod";
import { multiLineProblem, normaliseLine, singleLineProblem } from "../domain/names";
import { ownIssueWords } from "../field-issue-words";

/** Input shapes every RPC area shares, so an email address means the same thing everywhere. */

const CR_OR_LF = /[\r\n]/;

/**
 * An email address as people type it: trimmed and lower-cased, at most 254 characters (RFC 5321).
 * CR and LF are refused before trimming, so nothing can smuggle a header line into an email.
 */
export const emailAddress = z
  .string()
  .max(1024)
  .refine((value) => !CR_OR_LF.test(value), { message: "An email address cannot contain line breaks." })
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.email({ message: "Enter an email address like name@example.com." }).max(254));

export const langInput = z.enum(["en", "fr"]);

/**
 * One line of text a person types and others read: a name, a purpose, a place. Line breaks,
 * control and bidi characters are refused before anything is trimmed, so none can reach an email
 * header or reorder what a reader sees; zero-width characters are removed and the rest composed to
 * NFC. The issue's params.code says which problem it was, for the app to phrase; `label` names the
 * field in the English message. Lengths are the caller's, checked on what is kept.
 */
export function singleLineText(label: string) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const problem = singleLineProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: ownIssueWords(problem, label), params: { code: problem } });
    })
    .transform((value) => normaliseLine(value).trim());
}

/** Text that may run over several lines (grounds, a reason): line breaks kept (as LF), other controls refused, NFC. */
export function multiLineText(label: string) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const problem = multiLineProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: ownIssueWords(problem, label), params: { code: problem } });
    })
    .transform((value) => value.replace(/\r\n?/g, "\n").normalize("NFC").trim());
}
