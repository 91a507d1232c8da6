/** Atom 1.0 (RFC 4287), built as text: the feed is small and every value passes through xmlEscape. */

interface AtomEntry {
  id: string;
  title: string;
  updated: number;
  published: number;
  link: string;
  /** The version of the list the entry's change created, once it has taken effect. */
  related?: string;
  summary: string;
  content: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  selfLink: string;
  alternateLink: string;
  /** The evidence log's signed checkpoints, for a reader who wants to check the notices were not rewritten. */
  evidenceLink: { href: string; title: string };
  updated: number;
  lang: string;
  entries: AtomEntry[];
}

/** Escapes text for XML element content and attribute values, and drops characters XML 1.0 forbids. */
export function xmlEscape(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex -- control characters are exactly what XML 1.0 refuses
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function atomDate(ms: number): string {
  return new Date(ms).toISOString();
}

export function buildAtomFeed(feed: AtomFeed): string {
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${xmlEscape(entry.id)}</id>
    <title type="text">${xmlEscape(entry.title)}</title>
    <updated>${atomDate(entry.updated)}</updated>
    <published>${atomDate(entry.published)}</published>
    <link rel="alternate" type="text/html" href="${xmlEscape(entry.link)}"/>${entry.related ? `\n    <link rel="related" type="text/html" href="${xmlEscape(entry.related)}"/>` : ""}
    <summary type="text">${xmlEscape(entry.summary)}</summary>
    <content type="text">${xmlEscape(entry.content)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.lang)}">
  <id>${xmlEscape(feed.id)}</id>
  <title type="text">${xmlEscape(feed.title)}</title>
  <subtitle type="text">${xmlEscape(feed.subtitle)}</subtitle>
  <updated>${atomDate(feed.updated)}</updated>
  <author><name>Roomtrust</name></author>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfLink)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternateLink)}"/>
  <link rel="related" type="application/json" href="${xmlEscape(feed.evidenceLink.href)}" title="${xmlEscape(feed.evidenceLink.title)}"/>
${entries.join("\n")}
</feed>
`;
}
