// A local stand-in for Resend's HTTP API, for the workerd tests, the benchmarks and the fault e2e
// test. It reads every call as the app's /dev/resend outbox does (emails/resend-wire.ts): the API
// key, the Idempotency-Key, then the body, refused with Resend's documented statuses and names. A
// key that comes back with a different payload is refused (409), and one that comes back while its
// first call is still being handled too (409 concurrent_idempotent_requests). It can be told to
// fail: the next calls answer 429 (rate limit, with retry-after, or a quota), 500, or store the
// message and answer too late.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  acceptedAnswer,
  concurrentIdempotentAnswer,
  idempotencyConflictAnswer,
  payloadFingerprint,
  quotaExceededAnswer,
  rateLimitedAnswer,
  readResendCall,
  recipients,
  wireError,
  type WireAnswer,
} from "../../emails/resend-wire";

/** The key scripts/local-run.mjs gives the core worker, so bench and e2e runs need not pass one. */
export const STANDIN_API_KEY = "re_local_outbox";

export type StandinStep = { status: 500 } | { status: 429; retryAfterSeconds?: number } | { quota: "daily" | "monthly" } | { hangMs: number };

export interface StandinMessage {
  id: string;
  to: string[];
  subject: string;
  text: string | undefined;
  html: string | undefined;
  headers: Record<string, string>;
  idempotencyKey: string | null;
}

/** One call to the sending endpoints, for tests that check when the sender called again. */
export interface StandinCall {
  at: number;
  status: number;
}

export async function startResendStandin({ listenPort = 0, apiKey = STANDIN_API_KEY }: { listenPort?: number; apiKey?: string } = {}): Promise<{
  url: string;
  close: () => void;
}> {
  let script: StandinStep[] = [];
  let mailbox: StandinMessage[] = [];
  let calls: StandinCall[] = [];
  let latencyMs = 0;
  let largestBatch = 0;
  const answers = new Map<string, { ids: string[]; fingerprint: string }>();
  const inProgress = new Set<string>();
  let nextId = 1;

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = req.url ?? "/";
    if (path.startsWith("/__standin/")) return control(path, body, res);
    if (path !== "/emails" && path !== "/emails/batch") return send(res, wireError("not_found", "The requested endpoint does not exist."));
    if (req.method !== "POST") return send(res, wireError("method_not_allowed", "Method is not allowed for the requested path."));
    const call = { at: Date.now(), status: 0 };
    calls.push(call);
    const answer = await handle(req, path === "/emails" ? "single" : "batch", body);
    call.status = answer.status;
    send(res, answer);
  });

  async function handle(req: IncomingMessage, shape: "single" | "batch", body: string): Promise<WireAnswer> {
    const read = readResendCall({ shape, authorization: headerValue(req, "authorization"), idempotencyKey: headerValue(req, "idempotency-key"), body }, apiKey);
    if (!read.ok) return read.answer;
    const key = read.idempotencyKey;
    if (key && inProgress.has(key)) return concurrentIdempotentAnswer();
    if (key) inProgress.add(key);
    try {
      if (latencyMs) await sleep(latencyMs);
      const step = script.shift();
      if (step && "status" in step) return step.status === 429 ? rateLimitedAnswer(step.retryAfterSeconds ?? 1) : wireError("internal_server_error", "scripted 500");
      if (step && "quota" in step) return quotaExceededAnswer(step.quota);
      const fingerprint = payloadFingerprint(read.emails.map((e) => ({ ...e, to: recipients(e) })));
      const earlier = key ? answers.get(key) : undefined;
      if (earlier && earlier.fingerprint !== fingerprint) return idempotencyConflictAnswer();
      largestBatch = Math.max(largestBatch, read.emails.length);
      let ids = earlier?.ids;
      if (!ids) {
        const fresh = read.emails.map(() => `re_${String(nextId++).padStart(8, "0")}`);
        read.emails.forEach((email, i) =>
          mailbox.push({ id: fresh[i]!, to: recipients(email), subject: email.subject, text: email.text, html: email.html, headers: email.headers ?? {}, idempotencyKey: key }),
        );
        if (key) answers.set(key, { ids: fresh, fingerprint });
        ids = fresh;
      }
      // A "hang" has accepted the message but answers after the client gave up: the classic
      // cause of duplicates that idempotency keys exist to prevent. Its work is done, so a retry
      // meanwhile is answered from the record, not as a concurrent call.
      if (key) inProgress.delete(key);
      if (step && "hangMs" in step) await sleep(step.hangMs);
      return acceptedAnswer(shape, ids);
    } finally {
      if (key) inProgress.delete(key);
    }
  }

  function control(path: string, body: string, res: ServerResponse) {
    const ok = { status: 200, body: { ok: true }, headers: {} };
    if (path === "/__standin/reset") {
      script = [];
      mailbox = [];
      calls = [];
      latencyMs = 0;
      largestBatch = 0;
      answers.clear();
      return send(res, ok);
    }
    if (path === "/__standin/script") {
      const input = safeJson(body) as { steps?: StandinStep[]; latencyMs?: number };
      script = input.steps ?? [];
      latencyMs = input.latencyMs ?? 0;
      return send(res, ok);
    }
    if (path === "/__standin/state") return send(res, { ...ok, body: { mailbox, apiCalls: calls.length, calls, scriptLeft: script.length } });
    // For big runs (benchmarks, restarts): counts instead of every message.
    if (path === "/__standin/summary") {
      const perRecipient = new Map<string, number>();
      for (const message of mailbox) for (const to of message.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
      const duplicates = [...perRecipient.values()].filter((n) => n > 1).length;
      return send(res, { ...ok, body: { apiCalls: calls.length, messages: mailbox.length, recipients: perRecipient.size, duplicates, largestBatch, latencyMs } });
    }
    return send(res, { status: 404, body: { error: "unknown control" }, headers: {} });
  }

  await new Promise<void>((resolve) => server.listen(listenPort, "127.0.0.1", resolve));
  server.unref();
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
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

function send(res: ServerResponse, answer: WireAnswer) {
  if (res.destroyed) return;
  res.writeHead(answer.status, { ...answer.headers, "content-type": "application/json" });
  res.end(JSON.stringify(answer.body));
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
