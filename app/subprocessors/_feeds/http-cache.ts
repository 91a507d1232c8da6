import { sha256Hex } from "@/workers/crypto/sha256-hex";

/**
 * Conditional GET for the machine-readable list: a strong ETag is the SHA-256 of exactly the bytes
 * sent; Last-Modified is the latest change to the list. A matching If-None-Match answers 304.
 */
export async function etagOf(body: string): Promise<string> {
  return `"${(await sha256Hex(body)).slice(0, 32)}"`;
}

/** RFC 9110 §13.1.2: weak comparison, a list of tags, or "*". */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/** HTTP dates have whole seconds; a list never changed yet reports the epoch. */
export function httpDate(ms: number): string {
  return new Date(Math.floor(Math.max(ms, 0) / 1000) * 1000).toUTCString();
}

export interface Representation {
  body: string;
  contentType: string;
  /** The latest change to what the body describes (Last-Modified). */
  lastModified: number;
  /**
   * The part of the body that identifies its content, when the body also carries something that
   * changes on every request (JSON's generatedAt). The ETag is then weak: same content, not same bytes.
   */
  etagSource?: string;
  headers?: Record<string, string>;
}

/**
 * The response for a representation: 304 when the client's copy is current (If-None-Match wins
 * over If-Modified-Since, which is checked only without it), else 200 with the body.
 */
export async function cachedResponse(request: Request, representation: Representation): Promise<Response> {
  const { body, contentType, lastModified, etagSource } = representation;
  const etag = etagSource === undefined ? await etagOf(body) : `W/${await etagOf(etagSource)}`;
  const headers = new Headers({
    etag,
    "last-modified": httpDate(lastModified),
    // Anyone may keep a copy, but must check with us before using it (cheap: a 304).
    "cache-control": "public, no-cache",
    ...representation.headers,
  });
  if (isNotModified(request, etag, lastModified)) return new Response(null, { status: 304, headers });
  headers.set("content-type", contentType);
  return new Response(body, { status: 200, headers });
}

function isNotModified(request: Request, etag: string, lastModified: number): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) return ifNoneMatchHits(ifNoneMatch, etag);
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  return !Number.isNaN(since) && Math.floor(lastModified / 1000) * 1000 <= since;
}
