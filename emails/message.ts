/**
 * An email as data: a subject and a list of blocks. One structure renders to both the HTML part
 * (emails/html.tsx) and the plain-text part (emails/text.ts), so the two can never say different things.
 */
export type Block =
  | { type: "heading"; text: string }
  | { type: "paragraph"; text: string }
  | { type: "facts"; rows: [label: string, value: string][] }
  | { type: "list"; items: string[] }
  | { type: "action"; label: string; href: string }
  | { type: "small"; text: string };

export interface EmailContent {
  subject: string;
  preview: string;
  blocks: Block[];
  /** Extra headers, e.g. List-Unsubscribe on list messages. */
  headers?: Record<string, string>;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

export type Lang = "en" | "fr";

/** Dates in emails: unambiguous, in the reader's language, in UTC. */
export function emailDate(ms: number | null | undefined, lang: Lang): string {
  if (ms == null) return "—";
  return emailDateFormats[lang].format(new Date(ms)) + " UTC";
}

// Made once: an Intl.DateTimeFormat costs about 150 µs to make and 1 µs to use.
const emailDateFormats = {
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "UTC" }),
  fr: new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "UTC" }),
};

/** RFC 8058 one-click unsubscribe headers for list messages. */
export function listUnsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  return { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
