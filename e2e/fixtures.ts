import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page, type Request } from "@playwright/test";
import { outboxOriginFor } from "../scripts/local-run.mjs";
import type { ListedMessage } from "../standins/resend/mailbox";

/** The Resend stand-in of the suite's server (scripts/e2e-server.mjs): every email the app sends lands there. */
export const suiteOutbox = { origin: outboxOriginFor(Number(process.env.E2E_PORT ?? 8788)) };

/** What the suite reads from the outbox: the stand-in's own listing type. */
export type OutboxMessage = ListedMessage;

/** All messages in the local outbox, newest first (what the stand-in's /dev/outbox shows a person). */
export async function outbox(request: APIRequestContext): Promise<OutboxMessage[]> {
  const response = await request.get(`${suiteOutbox.origin}/dev/outbox.json`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as OutboxMessage[];
}

/** The ids of every message in the outbox now: pass them to readEmail to wait for a newer one. */
export async function outboxIds(request: APIRequestContext): Promise<Set<string>> {
  return new Set((await outbox(request)).map((m) => m.id));
}

/**
 * Waits for the newest message to `to` whose subject matches, as a person waits for their inbox.
 * Emails go out after the page has answered, so a flow that asks for a fresh one passes the ids
 * it saw before asking (`notIn`), or an older message of the same kind would do.
 */
export async function readEmail(request: APIRequestContext, to: string, subject: RegExp, notIn: Set<string> = new Set()): Promise<OutboxMessage> {
  let found: OutboxMessage | undefined;
  await expect
    .poll(
      async () => {
        found = (await outbox(request)).find((m) => m.to.includes(to) && subject.test(m.subject) && !notIn.has(m.id));
        return Boolean(found);
      },
      { message: `an email to ${to} with subject ${subject}`, timeout: 20_000 },
    )
    .toBe(true);
  return found!;
}

/** The first link in an email's text part whose path starts with `path`, made relative to our origin. */
export function linkIn(message: OutboxMessage, path: string): string {
  const body = `${message.text ?? ""}\n${message.html ?? ""}`;
  const match = body.match(new RegExp(`https?://[^\\s"'<>]+${path.replace(/[/?.]/g, "\\$&")}[^\\s"'<>]*`));
  if (!match) throw new Error(`no link to ${path} in "${message.subject}"`);
  const url = new URL(match[0].replace(/&amp;/g, "&"));
  return url.pathname + url.search;
}

/** Moves the application clock forward through the dev endpoint and returns the new offset. */
export async function advanceDays(request: APIRequestContext, days: number) {
  const response = await request.post("/dev/clock", { data: { advanceDays: days } });
  expect(response.ok(), await response.text()).toBe(true);
  return response.json();
}

/** Fails on any WCAG 2.2 A/AA violation axe can detect on the current page. */
export async function expectAccessible(page: Page, options: { exclude?: string } = {}) {
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  if (options.exclude) builder.exclude(options.exclude);
  const results = await builder.analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** Signs a person in the way they would: ask for a link, open it from the outbox, press the button. */
export async function signInFromOutbox(page: Page, request: APIRequestContext, email: string) {
  // The suite signs the same demo admins in more often than the per-address limit allows in an
  // hour; each sign-in here starts the limits afresh (hostile-input and workerd tests prove them).
  expect((await request.delete("/dev/rate-limits")).ok()).toBe(true);
  await page.goto("/admin/sign-in");
  await page.getByLabel(/email/i).fill(email);
  const before = await outboxIds(request);
  await page.getByRole("button", { name: /sign-in link|send|sign in/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/inbox/i);
  const signIn = await readEmail(request, email, /sign in|sign-in/i, before);
  await page.goto(linkIn(signIn, "/admin/sign-in/verify"));
  await page.getByRole("button", { name: /sign in/i }).click();
}

/** Every request a page sends to our own origin, with its body, for the privacy checks. */
export function captureOwnRequests(page: Page, origin: string): Request[] {
  const captured: Request[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(origin)) captured.push(request);
  });
  return captured;
}

/** Reads until it answers something, as a receiver's log fills in after the app sent to it. */
export async function eventually<T>(read: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`${what} did not come in time`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The French a vendor admin may type beside the English in the draft form, by the field's label (ADR 020). */
export interface FrenchDraft {
  purpose?: string;
  location?: string;
  dataCategories?: string;
  transferMechanism?: string;
  reason?: string;
}

const FRENCH_LABELS: Record<keyof FrenchDraft, string> = {
  purpose: "Purpose in French",
  location: "Processing location in French",
  dataCategories: "Data categories in French",
  transferMechanism: "Transfer mechanism in French",
  reason: "Reason in French",
};

/** Types each French text given into its field of the open (English) form; fields not given are left as they are. */
export async function fillFrench(page: Page, french: FrenchDraft) {
  for (const [field, text] of Object.entries(french) as [keyof FrenchDraft, string][]) await page.getByLabel(FRENCH_LABELS[field], { exact: true }).fill(text);
}

/**
 * Opens the draft form and types the addition of a subprocessor called `name`, with any French
 * given, without saving it: a test may save it, or first check what the form does with it.
 */
export async function typeAddition(page: Page, name: string, website: string, french: FrenchDraft = {}) {
  await page.goto("/admin/notices/new");
  await page.getByLabel(/add/i).check();
  await page.getByLabel(/^name/i).fill(name);
  await page.getByLabel(/legal entity/i).fill(`${name} SAS`);
  await page.getByLabel("Purpose", { exact: true }).fill("Product analytics");
  await page.getByLabel("Processing location", { exact: true }).fill("France");
  await page.getByLabel("Data categories", { exact: true }).fill("Usage events");
  await page.getByLabel("Transfer mechanism", { exact: true }).fill("Processing within the EEA");
  await page.getByLabel(/website/i).fill(website);
  await page.getByLabel("Reason for the change", { exact: true }).fill("Analytics hosted in the EEA, told to vendor-risk tools by webhook.");
  await fillFrench(page, french);
}

/** Saves the open draft form, then publishes the draft at once from its page; answers its notice id. */
export async function saveAndPublish(page: Page, name: string): Promise<string> {
  await page.getByRole("button", { name: /save draft/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await page.getByRole("button", { name: /^publish notice$/i }).click();
  await expect(page.getByRole("status")).toContainText(/published/i);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

/** Drafts the addition of a subprocessor called `name` (with any French given) as the signed-in vendor admin and publishes it at once; answers its notice id. */
export async function publishAddition(page: Page, name: string, website: string, french: FrenchDraft = {}): Promise<string> {
  await typeAddition(page, name, website, french);
  return saveAndPublish(page, name);
}
