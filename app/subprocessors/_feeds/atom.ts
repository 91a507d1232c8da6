/** Atom 1.0 (RFC 4287), built as text: the feed is small and every value passes through xmlEscape. */

/** Words in one language: the feed's, unless `lang` names another (English content in a French feed). */
export interface TextRun {
  text: string;
  lang?: string;
}

/**
 * An entry's summary or content: paragraphs of runs. All in the feed's language, it is plain text
 * (paragraphs a blank line apart); with a run in another language it is XHTML, that run in a
 * `<span xml:lang>`, since a plain-text construct can only carry one language (RFC 4287 §3.1).
 */
export type AtomText = readonly (readonly TextRun[])[];

interface AtomEntry {
  id: string;
  title: string;
  updated: number;
  published: number;
  link: string;
  /** The version of the list the entry's change created, once it has taken effect. */
  related?: string;
  summary: AtomText;
  content: AtomText;
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

function textConstruct(element: "summary" | "content", paragraphs: AtomText): string {
  const foreign = paragraphs.some((runs) => runs.some((run) => run.lang !== undefined));
  if (!foreign) return `<${element} type="text">${xmlEscape(paragraphs.map((runs) => runs.map((run) => run.text).join("")).join("\n\n"))}</${element}>`;
  // XHTML collapses white space: a line break the author wrote stays one.
  const xhtml = (text: string) => xmlEscape(text).replace(/\r?\n/g, "<br/>");
  const body = paragraphs
    .map((runs) => `<p>${runs.map((run) => (run.lang === undefined ? xhtml(run.text) : `<span xml:lang="${xmlEscape(run.lang)}">${xhtml(run.text)}</span>`)).join("")}</p>`)
    .join("");
  return `<${element} type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${body}</div></${element}>`;
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
    ${textConstruct("summary", entry.summary)}
    ${textConstruct("content", entry.content)}
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
