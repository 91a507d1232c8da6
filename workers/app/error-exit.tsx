import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { ZodError } from "zod";
import { CoreError } from "@/app/_lib/core-result";
import { ErrorPage, NotFoundPage, ServerErrorPage } from "@/app/_lib/error-pages";
import { translator } from "@/i18n/translate";
import { renderHtml } from "@/app/_lib/render";
import { errorTable, issueCode } from "../errors";
import type { AppBindings } from "./app-bindings";

/**
 * The app worker's one error exit (its router's onError and notFound). A core error becomes the
 * page a person can act on, in their language, or on machine routes an RFC 9457 problem document;
 * on admin routes "please sign in" is the sign-in page. Anything else is logged and answered with
 * a 500 that reveals nothing.
 */
export async function answerError(error: unknown, c: Context<AppBindings>): Promise<Response> {
  const known = asCoreError(error, c);
  if (known.code === "internal") console.error("unexpected error in the app worker", error);
  const lang = c.var.lang ?? "en";
  if (c.var.errorAnswer === "problem") return problem(known);
  if (c.var.signInOn?.has(known.code)) return seeOther(`/admin/sign-in?lang=${lang}`);
  const path = new URL(c.req.url).pathname;
  if (known.status === 404) return renderHtml(<NotFoundPage lang={lang} path={path} />, 404);
  if (known.status >= 500) return renderHtml(<ServerErrorPage lang={lang} path={path} />, 500);
  return renderHtml(<ErrorPage lang={lang} error={known} backHref={c.var.backHref} path={path} />, known.status);
}

/** No route for the address: the one 404. */
export function answerNotFound(c: Context<AppBindings>): Promise<Response> {
  return answerError(new CoreError("not_found", 404, [], errorTable.not_found.title), c);
}

function asCoreError(error: unknown, c: Context<AppBindings>): CoreError {
  if (error instanceof CoreError) {
    // Dev tools are off in production: their addresses do not exist.
    return error.code === "dev_tools_disabled" ? new CoreError("not_found", 404, [], errorTable.not_found.title) : error;
  }
  if (error instanceof ZodError) {
    const issues = error.issues.map((issue) => ({ path: issue.path.join(".") || "body", code: issueCode(issue), message: issue.message }));
    return new CoreError("validation_failed", 400, issues, translator(c.var.lang ?? "en", "errors")("validation_failed"));
  }
  if (error instanceof HTTPException && error.status < 500) {
    const code = error.status === 413 ? "body_too_large" : error.status === 415 ? "unsupported_media_type" : "validation_failed";
    return new CoreError(code, errorTable[code].status, [], translator(c.var.lang ?? "en", "errors")(code));
  }
  return new CoreError("internal", 500, [], errorTable.internal.title);
}

/**
 * RFC 9457: `title` says what kind of problem, `detail` this occurrence, `code` the stable
 * identifier a client branches on. `error` repeats code and detail in the shape the tablets'
 * client reads (deployed tablets run the app they cached, so that shape stays).
 */
function problem(error: CoreError): Response {
  const status = error.status;
  const detail = status >= 500 ? errorTable.internal.title : error.message;
  const body = {
    type: "about:blank",
    title: errorTable[error.code].title,
    status,
    detail,
    code: error.code,
    ...(error.issues.length ? { issues: error.issues } : {}),
    error: { code: error.code, message: detail },
  };
  const headers = { ...error.headers, "content-type": "application/problem+json", "cache-control": "no-store" };
  return new Response(JSON.stringify(body), { status, headers });
}

export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location } });
}
