/**
 * A copy of the request with these headers set. Middleware uses it to hand what it worked out
 * (the nonce, the language) to the handlers and to Next.js, which read them from the request.
 * Set here, a header a client sent under the same name is replaced, never trusted.
 */
export function withRequestHeaders(request: Request, headers: Record<string, string>): Request {
  const forwarded = new Headers(request.headers);
  for (const [name, value] of Object.entries(headers)) forwarded.set(name, value);
  return new Request(request, { headers: forwarded });
}
