import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pickLang } from "../../app/_lib/i18n/lang";
import { wireError, type WireAnswer } from "../../emails/resend-wire";
import { Mailbox } from "./mailbox";
import { OUTBOX_PATH, outboxListPage, outboxMessagePage, outboxMissingPage } from "./outbox-pages";
import { DEFAULT_REQUESTS_PER_SECOND } from "./rate-window";
import { ResendApi, type StandinStep } from "./resend-api";
import { WebhookEndpoints, type DeliveryEventType } from "./webhooks";

export type { StandinMessage } from "./mailbox";
export type { StandinCall, StandinStep } from "./resend-api";

/** The key scripts/local-run.mjs gives the core worker, so local runs and tests need not pass one. */
export const STANDIN_API_KEY = "re_local_outbox";

export interface StandinOptions {
  /** 0 lets the system choose (tests); local runs derive it from the app's port. */
  listenPort?: number;
  apiKey?: string;
  /** The team's rate limit, shared by every key (Resend's default, 5 a second, unless told); 0 turns it off. */
  requestsPerSecond?: number;
  /** Where accepted batches are kept between runs; in memory only without one. */
  stateFile?: string;
  /** The app the outbox's empty state links to. */
  appOrigin?: string;
  /** The app's stylesheet, so the outbox looks like the app. */
  stylesheet?: string;
  /** A process of its own keeps running while the stand-in listens; inside a test runner it does not hold the run open. */
  keepProcessAlive?: boolean;
}

/**
 * The one local stand-in for Resend: its API at /emails and /emails/batch (resend-api.ts) and
 * POST /webhooks (delivery webhooks, signed as Resend signs them: webhooks.ts), the outbox a
 * person reads at /dev/outbox (and scripts at /dev/outbox.json), and /__standin/* for tests and
 * benchmarks that script failures, send a chosen delivery event or count what arrived. Never part
 * of a deployed worker.
 */
export async function startResendStandin({ listenPort = 0, apiKey = STANDIN_API_KEY, requestsPerSecond = DEFAULT_REQUESTS_PER_SECOND, stateFile, appOrigin, stylesheet, keepProcessAlive = false }: StandinOptions = {}): Promise<{
  url: string;
  close: () => Promise<void>;
}> {
  const mailbox = new Mailbox(stateFile);
  const api = new ResendApi(mailbox, apiKey, requestsPerSecond);
  const webhooks = new WebhookEndpoints();
  mailbox.onAccepted = (messages) => webhooks.senders().forEach((sender) => sender.afterAccepted(messages));
  // The app's look, plus the outbox's own rules: a frame for the email's HTML, and its text and
  // links wrapped so a long signed link never makes the page scroll sideways.
  const outboxRules = [
    ".email-frame { width: 100%; height: 36rem; border: 1px solid var(--line); border-radius: var(--radius); background: #fff; }",
    ".email-text, .email-links a, dl.facts dd { white-space: pre-wrap; overflow-wrap: anywhere; }",
    ".card > h2:first-child { margin-top: 0; }",
  ].join("\n");
  const styles = stylesheet ? `${readFileSync(stylesheet, "utf8")}\n${outboxRules}\n` : "";

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? "/", "http://standin");
    const path = url.pathname;
    if (path === "/emails" || path === "/emails/batch") {
      if (req.method !== "POST") return sendAnswer(res, wireError("method_not_allowed", "Method is not allowed for the requested path."));
      const call = { shape: path === "/emails" ? ("single" as const) : ("batch" as const), authorization: headerValue(req, "authorization"), idempotencyKey: headerValue(req, "idempotency-key"), body };
      return sendAnswer(res, await api.recordAndAnswer(call));
    }
    if (path === "/webhooks" || path.startsWith("/webhooks/")) {
      if (headerValue(req, "authorization") !== `Bearer ${apiKey}`) return sendAnswer(res, wireError("invalid_api_key", "API key is invalid."));
      if (path === "/webhooks" && req.method === "POST") return sendAnswer(res, { ...webhooks.create(body), headers: {} });
      if (req.method === "DELETE") return sendAnswer(res, { ...webhooks.remove(decodeURIComponent(path.slice("/webhooks/".length))), headers: {} });
      return sendAnswer(res, wireError("method_not_allowed", "Method is not allowed for the requested path."));
    }
    if (path.startsWith("/__standin/")) return control(path, body, res);
    if (req.method !== "GET") return sendAnswer(res, wireError("method_not_allowed", "Method is not allowed for the requested path."));
    const lang = pickLang(url.searchParams.get("lang"), headerValue(req, "accept-language"));
    const newestFirst = () => [...mailbox.messages].reverse();
    if (path === "/") return redirect(res, OUTBOX_PATH);
    if (path === "/styles.css" && styles) return sendText(res, 200, "text/css; charset=utf-8", styles);
    if (path === `${OUTBOX_PATH}.json`) return sendAnswer(res, { status: 200, body: newestFirst().map(({ idempotencyKey: _key, ...message }) => ({ ...message, html: message.html ?? null, text: message.text ?? null })), headers: { "cache-control": "no-store" } });
    if (path === OUTBOX_PATH) return sendPage(res, 200, outboxListPage(newestFirst(), lang, appOrigin));
    if (path.startsWith(`${OUTBOX_PATH}/`)) {
      const message = mailbox.find(decodeURIComponent(path.slice(OUTBOX_PATH.length + 1)));
      return message ? sendPage(res, 200, outboxMessagePage(message, lang)) : sendPage(res, 404, outboxMissingPage(lang));
    }
    return sendAnswer(res, wireError("not_found", "The requested endpoint does not exist."));
  });

  function control(path: string, body: string, res: ServerResponse) {
    const ok = { status: 200, body: { ok: true }, headers: {} };
    if (path === "/__standin/reset") {
      api.reset();
      return sendAnswer(res, ok);
    }
    if (path === "/__standin/script") {
      const input = safeJson(body) as { steps?: StandinStep[]; latencyMs?: number } | undefined;
      api.setScript(input?.steps ?? [], input?.latencyMs ?? 0);
      return sendAnswer(res, ok);
    }
    // Until the next reset, which goes back to the limit the stand-in was started with.
    if (path === "/__standin/rate-limit") {
      const input = safeJson(body) as { requestsPerSecond?: number } | undefined;
      api.setRateLimit(input?.requestsPerSecond ?? requestsPerSecond);
      return sendAnswer(res, ok);
    }
    if (path === "/__standin/state") return sendAnswer(res, { ...ok, body: { mailbox: mailbox.messages, apiCalls: api.calls.length, calls: api.calls, scriptLeft: api.scriptLeft, rateLimited: api.rateLimited, webhooks: webhooks.senders().flatMap((sender) => sender.sent) } });
    // A delivery event about one message, as Resend would send it (bounced, complained…), sent now.
    if (path === "/__standin/webhook-event") {
      const input = safeJson(body) as { emailId?: string; type?: DeliveryEventType } | undefined;
      const message = input?.emailId ? mailbox.find(input.emailId) : undefined;
      const type = input?.type;
      if (!message || !type || webhooks.senders().length === 0) return sendAnswer(res, { status: 404, body: { error: "no such message, or no webhook registered" }, headers: {} });
      return void Promise.all(webhooks.senders().map((sender) => sender.send(message, type))).then((sent) => sendAnswer(res, { ...ok, body: sent }));
    }
    // For big runs (benchmarks, restarts): counts instead of every message.
    if (path === "/__standin/summary") {
      const perRecipient = new Map<string, number>();
      for (const message of mailbox.messages) for (const to of message.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
      const duplicates = [...perRecipient.values()].filter((n) => n > 1).length;
      return sendAnswer(res, { ...ok, body: { apiCalls: api.calls.length, messages: mailbox.messages.length, recipients: perRecipient.size, duplicates, largestBatch: api.largestBatch, latencyMs: api.latency, rateLimited: api.rateLimited, requestsPerSecond: api.rateLimit } });
    }
    return sendAnswer(res, { status: 404, body: { error: "unknown control" }, headers: {} });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(listenPort, "127.0.0.1", resolve);
  });
  if (!keepProcessAlive) server.unref();
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function headerValue(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === "string" ? value : null;
}

function sendAnswer(res: ServerResponse, answer: WireAnswer) {
  if (res.destroyed) return;
  res.writeHead(answer.status, { ...answer.headers, "content-type": "application/json" });
  res.end(JSON.stringify(answer.body));
}

const pageHeaders = {
  // The email's HTML is shown in a sandboxed frame (no scripts); its inline styles may apply.
  "content-security-policy": "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
};

function sendPage(res: ServerResponse, status: number, html: string) {
  sendText(res, status, "text/html; charset=utf-8", html);
}

function sendText(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { ...pageHeaders, "content-type": type });
  res.end(body);
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(302, { location });
  res.end();
}
