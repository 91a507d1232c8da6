import { z, ZodError } from "zod";
import en from "@/i18n/messages/en.json" with { type: "json" };
import { fieldOfPath } from "./field-labels";
import { validationMessage, validationParams } from "./validation-messages";

// zod's own words ("Invalid input: expected string, received undefined") reach people through
// every form, so any check whose schema gives no message is worded for a person instead. A schema's
// own message still wins; this applies to every schema the worker parses with.
z.config({ customError: (issue) => validationMessage({ code: issue.code ?? "", field: fieldOfPath(issue.path ?? []), params: validationParams(issue) }, "en") });

/**
 * Every error a caller can be told about, with its HTTP status. Its message, written for a person,
 * is in the catalogues' `errors` namespace (i18n/messages), English and French side by side.
 */
const statuses = {
  validation_failed: 400,
  body_too_large: 413,
  unsupported_media_type: 415,
  token_invalid: 400,
  token_expired: 410,
  token_wrong_purpose: 400,
  token_used: 409,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  method_not_allowed: 405,
  websocket_expected: 426,
  webhook_unverified: 400,
  webhook_early: 503,
  cross_site_socket: 403,
  rate_limited: 429,
  notice_not_draft: 409,
  notice_conflict: 409,
  notice_not_published: 409,
  notice_final: 409,
  effective_too_early: 400,
  objection_window_closed: 409,
  objection_not_open: 409,
  correction_needs_notice: 409,
  subprocessor_exists: 409,
  device_unauthorized: 401,
  pairing_code_invalid: 400,
  finder_access_denied: 403,
  display_name_taken: 409,
  name_confusable: 409,
  import_rejected: 400,
  import_conflict: 409,
  evidence_inconsistent: 409,
  dev_tools_disabled: 404,
  internal: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof statuses;

// A code without an English message, or a message without a code, fails here at compile time;
// i18n/translate.ts already fails when the French catalogue lacks one of the English keys.
const titles: Record<ErrorCode, string> = en.errors;
const everyTitleHasACode: Record<keyof typeof en.errors, number> = statuses;

/**
 * Each code's status and English message: the core's words, for logs, the JSON API and English
 * pages. The messages hold no ICU syntax (a test checks it), so the raw text is what a translator
 * would format.
 */
export const errorTable = Object.fromEntries(
  Object.entries(everyTitleHasACode).map(([code, status]) => [code, { status, title: titles[code as ErrorCode] }]),
) as Record<ErrorCode, { status: number; title: string }>;

/** A field-level problem, by path and zod issue code, so the app can phrase it in the user's language. */
export interface FieldIssue {
  path: string;
  code: string;
  /** English, for logs, APIs and English pages. */
  message: string;
  /** The form field or CSV column the problem is in, when the path says more (e.g. "line 4"). */
  field?: string;
  /** What the message names (a line number, a column), so a page can phrase it in another language. */
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly issues: FieldIssue[] = [],
    message?: string,
  ) {
    super(message ?? errorTable[code].title);
    this.name = "AppError";
  }
}

/** What crosses the RPC boundary: exceptions lose their fields on the way, plain data does not. */
export type Result<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ErrorCode; status: number; message: string; issues: FieldIssue[] } };

/**
 * The one exit: turns AppError and ZodError into a clear 4xx result and anything else into a 500
 * that reveals nothing (the cause goes to the log only).
 */
export async function toResult<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    const appError = asAppError(error);
    if (appError.code === "internal") console.error("internal error", error);
    return {
      ok: false,
      error: {
        code: appError.code,
        status: errorTable[appError.code].status,
        message: appError.message,
        issues: appError.issues,
      },
    };
  }
}

/** The way back from a Result that crossed RPC (a Durable Object's answer): its error becomes an AppError again. */
export function orThrow<T>(result: Result<T>): T {
  if (result.ok) return result.data;
  throw new AppError(result.error.code, result.error.issues, result.error.message);
}

export function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    return new AppError(
      "validation_failed",
      error.issues.map((issue) => ({ path: issue.path.join("."), code: issueCode(issue), message: issue.message, ...paramsOf(issue) })),
    );
  }
  return new AppError("internal");
}

/** What a page needs to phrase a zod check in another language; nothing for a check that names nothing. */
function paramsOf(issue: object): { params?: Record<string, string | number> } {
  const params = validationParams(issue);
  return Object.keys(params).length > 0 ? { params } : {};
}

/** zod's code, or the one our own refinements name in params.code ("line_break"), so a page can phrase it. */
export function issueCode(issue: ZodError["issues"][number]): string {
  const named = issue.code === "custom" ? issue.params?.code : undefined;
  return typeof named === "string" ? named : issue.code;
}
