import { describe, expect, it } from "vitest";
import { cachedResponse, etagOf, httpDate, ifNoneMatchHits } from "./http-cache";

const at = Date.UTC(2026, 2, 1, 12, 30, 45, 678);

describe("etagOf", () => {
  it("is a quoted hash that changes with the body", async () => {
    const a = await etagOf("body");
    expect(a).toMatch(/^"[0-9a-f]{32}"$/);
    expect(await etagOf("body")).toBe(a);
    expect(await etagOf("body!")).not.toBe(a);
  });
});

describe("ifNoneMatchHits", () => {
  it("matches exact, listed, weak and wildcard tags", () => {
    expect(ifNoneMatchHits('"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchHits('"x", "abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchHits('W/"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchHits('"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatchHits("*", '"abc"')).toBe(true);
  });
  it("does not match other or missing tags", () => {
    expect(ifNoneMatchHits('"abd"', '"abc"')).toBe(false);
    expect(ifNoneMatchHits(null, '"abc"')).toBe(false);
    expect(ifNoneMatchHits("", '"abc"')).toBe(false);
  });
});

describe("httpDate", () => {
  it("is an IMF-fixdate with whole seconds", () => expect(httpDate(at)).toBe("Sun, 01 Mar 2026 12:30:45 GMT"));
});

describe("cachedResponse", () => {
  const representation = { body: '{"a":1}', contentType: "application/json; charset=utf-8", lastModified: at };

  it("answers 200 with ETag, Last-Modified and the content type", async () => {
    const response = await cachedResponse(new Request("https://rt.example/x"), representation);
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe(await etagOf('{"a":1}'));
    expect(response.headers.get("last-modified")).toBe("Sun, 01 Mar 2026 12:30:45 GMT");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.text()).toBe('{"a":1}');
  });

  it("answers 304 without a body to a matching If-None-Match", async () => {
    const etag = await etagOf('{"a":1}');
    const response = await cachedResponse(new Request("https://rt.example/x", { headers: { "if-none-match": etag } }), representation);
    expect(response.status).toBe(304);
    expect(response.headers.get("etag")).toBe(etag);
    expect(await response.text()).toBe("");
  });

  it("answers 200 when the tag is stale, even if If-Modified-Since would match", async () => {
    const headers = { "if-none-match": '"old"', "if-modified-since": httpDate(at) };
    expect((await cachedResponse(new Request("https://rt.example/x", { headers }), representation)).status).toBe(200);
  });

  it("uses If-Modified-Since only without If-None-Match", async () => {
    const fresh = { "if-modified-since": httpDate(at) };
    const stale = { "if-modified-since": httpDate(at - 5000) };
    expect((await cachedResponse(new Request("https://rt.example/x", { headers: fresh }), representation)).status).toBe(304);
    expect((await cachedResponse(new Request("https://rt.example/x", { headers: stale }), representation)).status).toBe(200);
    expect((await cachedResponse(new Request("https://rt.example/x", { headers: { "if-modified-since": "nonsense" } }), representation)).status).toBe(200);
  });

  it("gives a weak tag from the content, not from the bytes, when told what identifies it", async () => {
    const a = await cachedResponse(new Request("https://rt.example/x"), { ...representation, body: '{"at":1}', etagSource: "same" });
    const b = await cachedResponse(new Request("https://rt.example/x"), { ...representation, body: '{"at":2}', etagSource: "same" });
    expect(a.headers.get("etag")).toMatch(/^W\/"/);
    expect(a.headers.get("etag")).toBe(b.headers.get("etag"));
  });
});
