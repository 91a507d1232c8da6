import { ZodError } from "zod";

/**
 * Every error a caller can be told about. Adding a code without a status and title is a compile
 * error. Titles are English fallbacks; the app shows the user's language from its dictionary.
 */
export const errorTable = {
  validation_failed: { status: 400, title: "Some fields need attention." },
  body_too_large: { status: 413, title: "The request is too large." },
  unsupported_media_type: { status: 415, title: "This content type is not accepted here." },
  token_invalid: { status: 400, title: "This link is not valid. It may have been changed or cut short." },
  token_expired: { status: 410, title: "This link has expired. Ask for a new one." },
  token_wrong_purpose: { status: 400, title: "This link cannot be used here." },
  token_used: { status: 409, title: "This link has already been used. Ask for a new one." },
  unauthenticated: { status: 401, title: "Please sign in." },
  forbidden: { status: 403, title: "You are not allowed to do this." },
  csrf_failed: { status: 403, title: "This form has expired. Reload the page and try again." },
  not_found: { status: 404, title: "Not found." },
  method_not_allowed: { status: 405, title: "This address does not accept this method." },
  rate_limited: { status: 429, title: "Too many attempts. Wait a little and try again." },
  notice_not_draft: { status: 409, title: "Only a draft can be changed or published." },
  notice_conflict: { status: 409, title: "Someone else changed this notice first. Reload to see its state." },
  notice_not_published: { status: 409, title: "This notice is not published." },
  notice_final: { status: 409, title: "This notice has already taken effect or been withdrawn." },
  effective_too_early: { status: 400, title: "The change cannot take effect less than 30 days after publication." },
  objection_window_closed: { status: 409, title: "The objection period for this change has closed." },
  objection_not_open: { status: 409, title: "This objection has already been resolved." },
  subprocessor_exists: { status: 409, title: "A subprocessor with this id already exists." },
  device_unauthorized: { status: 401, title: "This display is not paired, or its pairing was revoked. Pair it again with a new code from the rooms admin page." },
  pairing_code_invalid: { status: 400, title: "This pairing code is not valid or has expired. Create a new one on the rooms admin page." },
  finder_access_denied: { status: 403, title: "This room-finder link is not valid (it may have been replaced). Ask your administrator for the current link, or sign in." },
  display_name_taken: { status: 409, title: "Another display in this organisation already has this name." },
  name_confusable: { status: 409, title: "This name looks the same as one that already exists. Choose a name that reads differently." },
  import_rejected: { status: 400, title: "Nothing was imported: some lines need attention." },
  import_conflict: { status: 409, title: "Nothing was imported: another import or edit saved displays with some of these names at the same moment. Open the rooms page to see which displays exist now, then import only the lines still missing." },
  dev_tools_disabled: { status: 404, title: "Not found." },
  internal: { status: 500, title: "Something went wrong on our side. Nothing was saved; please try again." },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof errorTable;

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
      error.issues.map((issue) => ({ path: issue.path.join("."), code: issueCode(issue), message: issue.message })),
    );
  }
  return new AppError("internal");
}

/** zod's code, or the one our own refinements name in params.code ("line_break"), so a page can phrase it. */
export function issueCode(issue: ZodError["issues"][number]): string {
  const named = issue.code === "custom" ? issue.params?.code : undefined;
  return typeof named === "string" ? named : issue.code;
}
