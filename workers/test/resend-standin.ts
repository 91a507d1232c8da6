// A local stand-in for Resend's HTTP API, for the workerd tests. It speaks the same wire format as
// the app's /dev/resend outbox (emails/resend-wire.ts), honours Idempotency-Key as Resend does, and
// can be told to fail: the next calls answer 429 or 500, or store the message and answer too late.
// Like Resend, a key that comes back with a different payload is refused (409).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { INVALID_IDEMPOTENT_REQUEST, payloadFingerprint, recipients, wireBatch, wireEmail, type WireEmail } from "../../emails/resend-wire";

export type StandinStep = { status: 429 | 500 } | { hangMs: number };

export interface StandinMessage {
  id: string;
  to: string[];
  subject: string;
  text: string | undefined;
  html: string | undefined;
  headers: Record<string, string>;
  idempotencyKey: string | null;
}

export async function startResendStandin({ listenPort = 0 }: { listenPort?: number } = {}): Promise<{ url: string; close: () => void }> {
  let script: StandinStep[] = [];
  let mailbox: StandinMessage[] = [];
  let apiCalls = 0;
  let latencyMs = 0;
  let largestBatch = 0;
  const answers = new Map<string, { ids: string[]; fingerprint: string }>();
  let nextId = 1;

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = req.url ?? "/";
    if (path.startsWith("/__standin/")) return control(path, body, res);
    if (req.method !== "POST" || (path !== "/emails" && path !== "/emails/batch")) return send(res, 404, { statusCode: 404, name: "not_found", message: "Unknown endpoint" });
    apiCalls++;
    if (latencyMs) await sleep(latencyMs);
    const step = script.shift();
    if (step && "status" in step) {
      const name = step.status === 429 ? "rate_limit_exceeded" : "internal_server_error";
      return send(res, step.status, { statusCode: step.status, name, message: `scripted ${step.status}` });
    }
    const parsed = (path === "/emails" ? wireEmail.transform((e: WireEmail) => [e]) : wireBatch).safeParse(safeJson(body));
    if (!parsed.success) return send(res, 422, { statusCode: 422, name: "validation_error", message: parsed.error.message });
    const key = headerValue(req, "idempotency-key");
    const fingerprint = payloadFingerprint(parsed.data.map((e) => ({ ...e, to: recipients(e) })));
    const earlier = key ? answers.get(key) : undefined;
    if (earlier && earlier.fingerprint !== fingerprint) {
      return send(res, 409, { statusCode: 409, name: INVALID_IDEMPOTENT_REQUEST, message: "Same idempotency key used with a different request payload." });
    }
    largestBatch = Math.max(largestBatch, parsed.data.length);
    let ids = earlier?.ids;
    if (!ids) {
      ids = parsed.data.map(() => `re_${String(nextId++).padStart(8, "0")}`);
      parsed.data.forEach((email, i) =>
        mailbox.push({ id: ids![i]!, to: recipients(email), subject: email.subject, text: email.text, html: email.html, headers: email.headers ?? {}, idempotencyKey: key }),
      );
      if (key) answers.set(key, { ids, fingerprint });
    }
    // A "hang" has accepted the message but answers after the client gave up: the classic
    // cause of duplicates that idempotency keys exist to prevent.
    if (step && "hangMs" in step) await sleep(step.hangMs);
    if (res.destroyed) return;
    return path === "/emails" ? send(res, 200, { id: ids[0] }) : send(res, 200, { data: ids.map((id) => ({ id })) });
  });

  function control(path: string, body: string, res: ServerResponse) {
    if (path === "/__standin/reset") {
      script = [];
      mailbox = [];
      apiCalls = 0;
      latencyMs = 0;
      largestBatch = 0;
      answers.clear();
      return send(res, 200, { ok: true });
    }
    if (path === "/__standin/script") {
      const input = safeJson(body) as { steps?: StandinStep[]; latencyMs?: number };
      script = input.steps ?? [];
      latencyMs = input.latencyMs ?? 0;
      return send(res, 200, { ok: true });
    }
    if (path === "/__standin/state") return send(res, 200, { mailbox, apiCalls, scriptLeft: script.length });
    // For big runs (benchmarks, restarts): counts instead of every message.
    if (path === "/__standin/summary") {
      const perRecipient = new Map<string, number>();
      for (const message of mailbox) for (const to of message.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
      const duplicates = [...perRecipient.values()].filter((n) => n > 1).length;
      return send(res, 200, { apiCalls, messages: mailbox.length, recipients: perRecipient.size, duplicates, largestBatch, latencyMs });
    }
    return send(res, 404, { error: "unknown control" });
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

function send(res: ServerResponse, status: number, body: unknown) {
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
