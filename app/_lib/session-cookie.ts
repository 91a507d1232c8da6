// No Next.js imports here: the app worker's entry (workers/app/entry.ts) reads the cookie too.

/** The admin session cookie: a jose session token, verified again by the core worker on every call. */
export const SESSION_COOKIE = "rt_session";

/** Reads the session cookie from a route handler's request. */
export function sessionTokenOf(request: Request): string | undefined {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

/** HttpOnly, SameSite=Lax, Secure whenever the request came over HTTPS. */
export function sessionCookieHeader(request: Request, token: string, maxAgeSeconds: number): string {
  const secure = new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? "; Secure" : ""}`;
}

export function clearSessionCookieHeader(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
}
