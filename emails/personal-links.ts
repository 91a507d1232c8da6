import type { RenderedEmail } from "./message";

/**
 * A fan-out sends the same notice to thousands of people; only their personal links differ. So a
 * batch renders each (template, language, notice) once with placeholder links, then fills in each
 * reader's own links: rendering was most of a fan-out's time. Placeholders hold no character that
 * HTML escapes, so they appear verbatim in every part and are found exactly.
 */
export function placeholder(name: string): string {
  return `https://personal-link.invalid/${name}`;
}

/** The shared rendering with each placeholder replaced by the reader's link, escaped as React escapes it in HTML. */
export function withPersonalLinks(shared: RenderedEmail, links: Record<string, string>): RenderedEmail {
  let { html, text, subject } = shared;
  const headers = { ...shared.headers };
  for (const [name, url] of Object.entries(links)) {
    const mark = placeholder(name);
    html = html.replaceAll(mark, escapeHtml(url));
    text = text.replaceAll(mark, url);
    subject = subject.replaceAll(mark, url);
    for (const key of Object.keys(headers)) headers[key] = headers[key]!.replaceAll(mark, url);
  }
  return { subject, html, text, headers };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[c]!);
}
