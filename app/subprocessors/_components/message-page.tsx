import type { ReactNode } from "react";
import { CoreError } from "@/app/_lib/core-result";
import { HtmlDocument } from "@/app/_lib/document";
import { translator } from "@/i18n/translate";
import type { Lang } from "@/app/_lib/i18n/lang";

/** A whole document with one heading and a short message, for route handlers' answers. */
export function MessagePage({ lang, title, path, tone = "info", children }: { lang: Lang; title: string; path: string; tone?: "ok" | "info" | "error"; children: ReactNode }) {
  return (
    <HtmlDocument lang={lang} title={title} path={path}>
      <h1>{title}</h1>
      <div className={`alert alert-${tone}`} role={tone === "error" ? "alert" : "status"}>{children}</div>
      <p><a href={`/subprocessors?lang=${lang}`}>{translator(lang, "common")("backTo")}</a></p>
    </HtmlDocument>
  );
}

/** A link that cannot be used: why, in the person's language, and what to do instead (`children`). */
export function LinkProblemPage({ lang, error, path, children }: { lang: Lang; error: CoreError; path: string; children: ReactNode }) {
  return (
    <MessagePage lang={lang} title={translator(lang, "subprocessors")("linkProblemTitle")} path={path} tone="error">
      <p>{translator(lang, "errors")(error.code === "validation_failed" ? "token_invalid" : error.code)}</p>
      <p>{children}</p>
    </MessagePage>
  );
}

const LINK_PROBLEMS = new Set(["token_invalid", "token_expired", "token_wrong_purpose", "token_used"]);

/** A bad, expired or misdirected link — including one whose token is missing or far too long. */
export function isLinkProblem(error: unknown): error is CoreError {
  if (!(error instanceof CoreError)) return false;
  return LINK_PROBLEMS.has(error.code) || (error.code === "validation_failed" && error.issues.some((issue) => issue.path === "token"));
}
