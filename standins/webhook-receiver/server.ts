import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

/** What a receiver does with one request: answer with a status, or never answer (a timeout). */
export type ReceiverStep = number | "hang";

/** One request a receiver got, and whether the Standard Webhooks library accepted its signature. */
export interface ReceivedWebhook {
  webhookId: string;
  timestamp: string;
  signature: string;
  verified: boolean;
  /** Why the library refused it, when it did. */
  refusal?: string;
  body: string;
  answered: ReceiverStep;
}

interface Receiver {
  secret?: string;
  script: ReceiverStep[];
  received: ReceivedWebhook[];
}

/**
 * A vendor-risk tool's webhook receiver, never deployed: `POST /hooks/<name>` verifies each
 * message with the Standard Webhooks library and the secret a test gave it, then answers as the
 * test scripted (a status, or no answer at all), 204 by default. It also answers DNS-over-HTTPS
 * lookups (`GET /dns-query`, Cloudflare's JSON form) from names a test set, so the outbound guard
 * runs against a resolver without leaving the machine. `/__receiver/*` is for the tests.
 */
export async function startWebhookReceiver(): Promise<{ url: string; close: () => Promise<void> }> {
  const receivers = new Map<string, Receiver>();
  const dns = new Map<string, { A: string[]; AAAA: string[] }>();
  const hanging = new Set<ServerResponse>();
  const receiver = (name: string) => {
    let found = receivers.get(name);
    if (!found) receivers.set(name, (found = { script: [], received: [] }));
    return found;
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://receiver");
    const body = await readBody(request);
    const hook = /^\/hooks\/([\w-]+)$/.exec(url.pathname);
    if (request.method === "POST" && hook) return receive(receiver(hook[1]!), request, body, response);
    if (request.method === "GET" && url.pathname === "/dns-query") return answerDns(url, response);
    if (request.method === "POST" && url.pathname === "/__receiver/secret") {
      const { name, secret } = JSON.parse(body) as { name: string; secret: string };
      receiver(name).secret = secret;
      return json(response, 200, { ok: true });
    }
    if (request.method === "POST" && url.pathname === "/__receiver/script") {
      const { name, steps } = JSON.parse(body) as { name: string; steps: ReceiverStep[] };
      receiver(name).script = [...steps];
      return json(response, 200, { ok: true });
    }
    if (request.method === "POST" && url.pathname === "/__receiver/dns") {
      const { name, A = [], AAAA = [] } = JSON.parse(body) as { name: string; A?: string[]; AAAA?: string[] };
      dns.set(name, { A, AAAA });
      return json(response, 200, { ok: true });
    }
    if (request.method === "GET" && url.pathname === "/__receiver/received") return json(response, 200, receiver(url.searchParams.get("name") ?? "").received);
    json(response, 404, { error: "not found" });
  });

  function receive(target: Receiver, request: IncomingMessage, body: string, response: ServerResponse) {
    const header = (name: string) => String(request.headers[name] ?? "");
    const step = target.script.shift() ?? 204;
    const record: ReceivedWebhook = { webhookId: header("webhook-id"), timestamp: header("webhook-timestamp"), signature: header("webhook-signature"), verified: false, body, answered: step };
    try {
      if (!target.secret) throw new Error("the test gave this receiver no secret");
      new Webhook(target.secret).verify(body, { "webhook-id": header("webhook-id"), "webhook-timestamp": header("webhook-timestamp"), "webhook-signature": header("webhook-signature") });
      record.verified = true;
    } catch (error) {
      record.refusal = String(error);
    }
    target.received.push(record);
    if (step === "hang") {
      hanging.add(response);
      return;
    }
    // A receiver that cannot verify a message refuses it, as the spec tells receivers to.
    if (!record.verified) return json(response, 400, { error: record.refusal });
    response.writeHead(step, { "content-type": "text/plain" }).end(step >= 400 ? "receiver failing on purpose" : "");
  }

  function answerDns(url: URL, response: ServerResponse) {
    const name = (url.searchParams.get("name") ?? "").replace(/\.$/, "");
    const type = url.searchParams.get("type") === "AAAA" ? "AAAA" : "A";
    const records = dns.get(name);
    if (!records) return json(response, 200, { Status: 3, Question: [{ name, type: type === "A" ? 1 : 28 }] }, "application/dns-json");
    const code = type === "A" ? 1 : 28;
    json(response, 200, { Status: 0, Question: [{ name, type: code }], Answer: records[type].map((data) => ({ name, type: code, TTL: 300, data })) }, "application/dns-json");
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // A test runner's process must not be held open by the receiver.
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const response of hanging) response.destroy();
        server.close(() => resolve());
      }),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function json(response: ServerResponse, status: number, value: unknown, contentType = "application/json") {
  response.writeHead(status, { "content-type": contentType }).end(JSON.stringify(value));
}
