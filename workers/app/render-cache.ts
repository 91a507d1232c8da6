/**
 * Pages rendered once per version of what they show, kept in this isolate's memory. The core says
 * what a page's version is on every request (a read far cheaper than the page), so an entry is
 * found only while its content is current: a change gives a new version, and an entry is never
 * used past the moment the core says it turns stale with time alone (`freshForMs`). A page's CSP
 * nonce is per answer, so the cached HTML gets each answer's own nonce in place of the one it was
 * rendered with.
 */

interface Entry {
  body: string;
  status: number;
  headers: [string, string][];
  renderedWithNonce: string | null;
  /** Real time; Infinity when only a new version ends it. */
  expiresAt: number;
}

/** What a page is cached under, and until when it holds. */
export interface PageVersion {
  key: string;
  freshForMs: number | null;
}

export class RenderCache {
  private readonly entries = new Map<string, Entry>();

  /** At most `capacity` pages; the least recently used goes first. */
  constructor(private readonly capacity: number) {}

  /** The page for `version`, rendered by `render` (with `nonce`, if it uses one) when not cached; only a 200 is kept. */
  async answer(version: PageVersion, nonce: string | null, render: () => Promise<Response>): Promise<Response> {
    const now = Date.now();
    const hit = this.entries.get(version.key);
    if (hit && hit.expiresAt > now) {
      this.entries.delete(version.key);
      this.entries.set(version.key, hit);
      const body = hit.renderedWithNonce && nonce ? hit.body.replaceAll(`nonce="${hit.renderedWithNonce}"`, `nonce="${nonce}"`) : hit.body;
      return new Response(body, { status: hit.status, headers: hit.headers });
    }
    const response = await render();
    if (response.status !== 200) return response;
    const body = await response.text();
    const headers = [...response.headers.entries()];
    this.entries.delete(version.key);
    this.entries.set(version.key, { body, status: response.status, headers, renderedWithNonce: nonce, expiresAt: version.freshForMs === null ? Infinity : now + version.freshForMs });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return new Response(body, { status: response.status, headers });
  }
}
