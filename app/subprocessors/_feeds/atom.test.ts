import { describe, expect, it } from "vitest";
import { buildAtomFeed, xmlEscape, type AtomText } from "./atom";

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
        summary: [[{ text: "Noticed 1 January" }]],
        content: [[{ text: "Because ]]> and <b>" }]],
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

describe("an entry's text in more than one language", () => {
  const feedWith = (summary: AtomText, content: AtomText) =>
    buildAtomFeed({
      id: "https://rt.example/subprocessors/feed.xml?lang=fr",
      title: "Modifications",
      subtitle: "Toutes",
      selfLink: "https://rt.example/subprocessors/feed.xml?lang=fr",
      alternateLink: "https://rt.example/subprocessors?lang=fr",
      evidenceLink: { href: "https://rt.example/evidence/checkpoints.json", title: "Points de contrôle" },
      updated: Date.UTC(2026, 0, 2),
      lang: "fr",
      entries: [{ id: "e", title: "t", updated: 0, published: 0, link: "https://rt.example/n", summary, content }],
    });

  it("is plain text, paragraphs a blank line apart, while every run is in the feed's language", () => {
    const feed = feedWith([[{ text: "Annoncée." }]], [[{ text: "Annoncée." }], [{ text: "Pourquoi : " }, { text: "Plus rapide" }]]);
    expect(feed).toContain('<summary type="text">Annoncée.</summary>');
    expect(feed).toContain('<content type="text">Annoncée.\n\nPourquoi : Plus rapide</content>');
  });

  it("is XHTML with the other language's run marked xml:lang, escaped, its line breaks kept", () => {
    const feed = feedWith([[{ text: "Annoncée." }]], [[{ text: "Annoncée." }], [{ text: "Pourquoi : " }, { text: "Faster <outage>\ndetection", lang: "en" }]]);
    expect(feed).toContain('<summary type="text">Annoncée.</summary>');
    expect(feed).toContain('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Annoncée.</p><p>Pourquoi : <span xml:lang="en">Faster &lt;outage&gt;<br/>detection</span></p></div></content>');
  });
});
