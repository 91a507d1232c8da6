import { formatDate } from "../workers/domain/format-date";
import type { Lang } from "../workers/domain/lang";

export type { Lang };

/**
 * An email as data: a subject and a list of blocks. One structure renders to both the HTML part
 * (emails/html.tsx) and the plain-text part (emails/text.ts), so the two can never say different things.
 */
export type Block =
  | { type: "heading"; text: string }
  | { type: "paragraph"; text: string }
  | { type: "facts"; rows: FactRow[] }
  | { type: "list"; items: string[] }
  | { type: "action"; label: string; href: string }
  | { type: "small"; text: string };

/**
 * A labelled fact. `valueLang` names the value's language when it is not the email's: English
 * shown to a French reader where no French was written (issue 16) is marked so in the HTML part.
 */
export type FactRow = [label: string, value: string, valueLang?: Lang];

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

/** Dates in emails: the same as on the pages (unambiguous, in the reader's language, in UTC). */
export function emailDate(ms: number | null | undefined, lang: Lang): string {
  return formatDate(ms, lang);
}

/** RFC 8058 one-click unsubscribe headers for list messages. */
export function listUnsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  return { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
