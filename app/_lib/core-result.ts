import type { ErrorCode, FieldIssue, Result } from "@/workers/errors";

/** A core error carried through the app so one place can turn it into a page or JSON with its status. */
export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly issues: FieldIssue[],
    message: string,
    /** Headers the answer must carry (a 405's Allow). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "CoreError";
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.data;
  const { code, status, issues, message } = result.error;
  throw new CoreError(code, status, issues, message);
}

/** The client address used for rate limits. Cloudflare sets cf-connecting-ip; locally it is loopback. */
export function clientAddress(request: Request): string {
  return request.headers.get("cf-connecting-ip") ?? request.headers.get("x-real-ip") ?? "local";
}
