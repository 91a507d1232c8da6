import { z, ZodError } from "zod";
import { fieldOfPath } from "./field-labels";
import { validationMessage, validationParams } from "./validation-messages";

// zod's own words ("Invalid input: expected string, received undefined") reach people through
// every form, so any check whose schema gives no message is worded for a person instead. A schema's
// own message still wins; this applies to every schema the worker parses with.
z.config({ customError: (issue) => validationMessage({ code: issue.code ?? "", field: fieldOfPath(issue.path ?? []), params: validationParams(issue) }, "en") });

/**
 * Every error a caller can be told about. Adding a code without a status and title is a compile
 * error. The title is the English message, written for a person, and the only English one: the
 * app's dictionary shows it on English pages and adds the other languages.
 */
export const errorTable = {
  validation_failed: { status: 400, title: "Some fields need attention." },
  body_too_large: { status: 413, title: "What you sent is too large. Shorten it and try again." },
  unsupported_media_type: { status: 415, title: "This form must be sent as a web form." },
  token_invalid: { status: 400, title: "This link is not valid. It may have been changed or cut short; use the link from your email as it is." },
  token_expired: { status: 410, title: "This link has expired. Ask for a new one." },
  token_wrong_purpose: { status: 400, title: "This link is meant for something else and cannot be used here." },
  token_used: { status: 409, title: "This link has already been used. Ask for a new one." },
  unauthenticated: { status: 401, title: "Please sign in to continue." },
  forbidden: { status: 403, title: "You are not allowed to do this." },
  csrf_failed: { status: 403, title: "This form has expired or came from another site. Reload the page and try again." },
  not_found: { status: 404, title: "We could not find what you were looking for." },
  method_not_allowed: { status: 405, title: "This address does not accept this kind of request." },
  websocket_expected: { status: 426, title: "This address is the room finder's live connection. Open the room finder page itself." },
  webhook_unverified: { status: 400, title: "This webhook is not signed with our endpoint's secret, or its timestamp is more than five minutes off. Nothing was recorded." },
  webhook_early: { status: 503, title: "This webhook is about a message we have not finished recording. Send it again in a few seconds." },
  cross_site_socket: { status: 403, title: "This live connection came from another site and was refused." },
  rate_limited: { status: 429, title: "Too many attempts from your connection. Wait up to an hour and try again." },
  notice_not_draft: { status: 409, title: "Only a draft notice can be changed or published." },
  notice_conflict: { status: 409, title: "Someone else changed this notice at the same moment. Reload to see its current state." },
  notice_not_published: { status: 409, title: "This notice is not published." },
  notice_final: { status: 409, title: "This notice has already taken effect or been withdrawn." },
  effective_too_early: { status: 400, title: "The change cannot take effect less than 30 days after it is published." },
  objection_window_closed: { status: 409, title: "The 15-day objection period for this change has closed." },
  objection_not_open: { status: 409, title: "This objection has already been resolved." },
  correction_needs_notice: { status: 409, title: "Not corrected: some of these changes are material and need a notice. Nothing was changed." },
  subprocessor_exists: { status: 409, title: "A subprocessor with this id already exists." },
  device_unauthorized: { status: 401, title: "This display is not paired, or its pairing was revoked. Pair it again with a new code from the rooms admin page." },
  pairing_code_invalid: { status: 400, title: "This pairing code is not valid or has expired. Create a new one on the rooms admin page." },
  finder_access_denied: { status: 403, title: "This room-finder link is not valid (it may have been replaced). Ask your administrator for the current link, or sign in." },
  display_name_taken: { status: 409, title: "Another display in this organisation already has this name." },
  name_confusable: { status: 409, title: "This name looks the same as one that already exists (only invisible or look-alike characters differ). Choose a name that reads differently." },
  import_rejected: { status: 400, title: "Nothing was imported: the lines below need attention." },
  import_conflict: { status: 409, title: "Nothing was imported: another import or edit saved displays with some of these names (the name column) at the same moment. Open the rooms page to see which displays exist now, then import only the lines still missing." },
  evidence_inconsistent: { status: 409, title: "The evidence log no longer holds every entry its signed checkpoints cover, so no proof can be given. Keep the checkpoint you have: it shows what the log held." },
  dev_tools_disabled: { status: 404, title: "Not found." },
  internal: { status: 500, title: "Something went wrong on our side. Nothing was saved; please try again in a moment." },
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
