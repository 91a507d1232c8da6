// No Next.js imports here: the app worker's entry (workers/app/entry.ts) reads the cookie too.

/** The admin session cookie: a jose session token, verified again by the core worker on every call. */
export const SESSION_COOKIE = "rt_session";

/**
 * What a session token can look like: a JWS in compact form (base64url parts joined by dots), no
 * longer than the core accepts. The cookie is the browser's to send, so anything else in it (a
 * stale or hand-edited value, a broken percent-escape) is no session at all: the person is asked to
 * sign in again rather than shown an error they cannot clear.
 */
const SESSION_TOKEN_SHAPE = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+){2}$/;
const MAX_SESSION_TOKEN_LENGTH = 4096;

/** Reads the session cookie from a route handler's request: undefined when absent or not a session token's shape. */
export function sessionTokenOf(request: Request): string | undefined {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name !== SESSION_COOKIE) continue;
    const token = decodedOrNull(value.join("="));
    return token !== null && token.length <= MAX_SESSION_TOKEN_LENGTH && SESSION_TOKEN_SHAPE.test(token) ? token : undefined;
  }
  return undefined;
}

function decodedOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** HttpOnly, SameSite=Lax, Secure whenever the request came over HTTPS. */
export function sessionCookieHeader(request: Request, token: string, maxAgeSeconds: number): string {
  const secure = new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? "; Secure" : ""}`;
}

export function clearSessionCookieHeader(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
}
