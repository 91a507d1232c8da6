import { describe, expect, it } from "vitest";
import { buildAtomFeed, xmlEscape } from "./atom";

describe("xmlEscape", () => {
  it("escapes markup and quotes", () => expect(xmlEscape(`<a href="x">Tom & 'Jerry'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;"));
  it("drops characters XML 1.0 forbids but keeps tabs and newlines", () => expect(xmlEscape("a\u0000b\u0007c\td\ne")).toBe("abc\td\ne"));
});

describe("buildAtomFeed", () => {
  const feed = buildAtomFeed({
    id: "https://rt.example/subprocessors/feed.xml",
    title: "Changes",
    subtitle: "All of them",
    selfLink: "https://rt.example/subprocessors/feed.xml",
    alternateLink: "https://rt.example/subprocessors",
    evidenceLink: { href: "https://rt.example/evidence/checkpoints.json", title: "Signed checkpoints" },
    updated: Date.UTC(2026, 0, 2),
    lang: "en",
    entries: [
      {
        id: "https://rt.example/subprocessors/notices/ntc_1",
        title: "New subprocessor: <script>alert(1)</script> & Co",
        updated: Date.UTC(2026, 0, 2),
        published: Date.UTC(2026, 0, 1),
        link: "https://rt.example/subprocessors/notices/ntc_1?lang=fr&x=1",
        summary: "Noticed 1 January",
        content: "Because ]]> and <b>",
      },
    ],
  });

  it("is an Atom 1.0 document with the required feed elements", () => {
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    expect(feed).toContain("<id>https://rt.example/subprocessors/feed.xml</id>");
    expect(feed).toContain("<updated>2026-01-02T00:00:00.000Z</updated>");
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://rt.example/subprocessors/feed.xml"/>');
    expect(feed).toContain("<author><name>Roomtrust</name></author>");
  });

  it("links the evidence log's signed checkpoints", () => {
    expect(feed).toContain('<link rel="related" type="application/json" href="https://rt.example/evidence/checkpoints.json" title="Signed checkpoints"/>');
  });

  it("escapes every entry value", () => {
    expect(feed).toContain("New subprocessor: &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
    expect(feed).toContain('href="https://rt.example/subprocessors/notices/ntc_1?lang=fr&amp;x=1"');
    expect(feed).toContain("Because ]]&gt; and &lt;b&gt;");
    expect(feed).not.toContain("<script>");
  });

  it("has one entry per notice with id, updated, published and link", () => {
    expect(feed.match(/<entry>/g)).toHaveLength(1);
    expect(feed).toContain("<id>https://rt.example/subprocessors/notices/ntc_1</id>");
    expect(feed).toContain("<published>2026-01-01T00:00:00.000Z</published>");
  });
});
