import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { Resend, type WebhookEventPayload } from "resend";
import { afterEach, describe, expect, it } from "vitest";
import { STANDIN_API_KEY, startResendStandin } from "./server";

// The stand-in's delivery webhooks, checked with Resend's own client: registered through its
// webhooks API, verified with its webhooks.verify (Standard Webhooks, as Svix signs).

interface Received {
  body: string;
  headers: { id: string; timestamp: string; signature: string };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A local endpoint that records each webhook and answers with the next status given (then 200). */
async function receiver(statuses: number[] = []) {
  const received: Received[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const header = (name: string) => String(req.headers[name] ?? "");
    received.push({ body: Buffer.concat(chunks).toString("utf8"), headers: { id: header("svix-id"), timestamp: header("svix-timestamp"), signature: header("svix-signature") } });
    res.writeHead(statuses.shift() ?? 200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => new Promise((done) => server.close(() => done())));
  const until = async (count: number) => {
    for (let i = 0; i < 200 && received.length < count; i++) await new Promise((r) => setTimeout(r, 25));
    return received;
  };
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webhooks/resend`, until };
}

async function standin() {
  const started = await startResendStandin();
  closers.push(started.close);
  return { ...started, resend: new Resend(STANDIN_API_KEY, { baseUrl: started.url }) };
}

const email = (to: string) => ({ from: "Roomtrust <notices@roomtrust.test>", to, subject: "Notice", text: "A change to our subprocessors." });

describe("the Resend stand-in's delivery webhooks", () => {
  it("registers an endpoint as Resend's API does and signs each event so Resend's client verifies it", async () => {
    const { resend } = await standin();
    const endpoint = await receiver();
    const { data: webhook, error } = await resend.webhooks.create({ endpoint: endpoint.url, events: ["email.delivered", "email.bounced", "email.complained"] });
    expect(error).toBeNull();
    expect(webhook?.signing_secret).toMatch(/^whsec_/);

    const sent = await resend.emails.send(email("bounced@resend.dev"));
    const [first] = await endpoint.until(1);
    const event = resend.webhooks.verify({ payload: first!.body, headers: first!.headers, webhookSecret: webhook!.signing_secret }) as WebhookEventPayload;
    expect(event.type).toBe("email.bounced");
    expect(event).toMatchObject({ data: { email_id: sent.data?.id, to: ["bounced@resend.dev"], bounce: { type: "Permanent" } } });
    // Another secret, or a body changed by one byte, does not verify.
    expect(() => resend.webhooks.verify({ payload: first!.body, headers: first!.headers, webhookSecret: `whsec_${Buffer.from("another secret, 24 bytes!").toString("base64")}` })).toThrow();
    expect(() => resend.webhooks.verify({ payload: first!.body.replace("bounced", "bounceD"), headers: first!.headers, webhookSecret: webhook!.signing_secret })).toThrow();
  });

  it("sends Resend's test addresses their events on their own, and others only when asked", async () => {
    const { resend, url } = await standin();
    const endpoint = await receiver();
    const { data: webhook } = await resend.webhooks.create({ endpoint: endpoint.url, events: ["email.delivered", "email.complained"] });
    await resend.emails.send(email("complained+acme@resend.dev"));
    const types = async (count: number) =>
      (await endpoint.until(count)).map((r) => (resend.webhooks.verify({ payload: r.body, headers: r.headers, webhookSecret: webhook!.signing_secret }) as WebhookEventPayload).type);
    expect(await types(2)).toEqual(["email.delivered", "email.complained"]);

    const plain = await resend.emails.send(email("reader@customer.test"));
    await new Promise((r) => setTimeout(r, 200));
    expect(await types(2)).toHaveLength(2);
    const asked = await fetch(`${url}/__standin/webhook-event`, { method: "POST", body: JSON.stringify({ emailId: plain.data?.id, type: "email.bounced" }) });
    expect(asked.status).toBe(200);
    expect((await types(3))[2]).toBe("email.bounced");
  });

  it("retries an endpoint that fails with the same svix-id until it answers 2xx", async () => {
    const { resend } = await standin();
    const endpoint = await receiver([500]);
    await resend.webhooks.create({ endpoint: endpoint.url, events: ["email.delivered"] });
    await resend.emails.send(email("delivered@resend.dev"));
    const [failed, retried] = await endpoint.until(2);
    expect(retried?.headers.id).toBe(failed?.headers.id);
    expect(retried?.body).toBe(failed?.body);
  });

  it("sends each event to every registered endpoint, and to none once removed", async () => {
    const { resend } = await standin();
    const [first, second] = [await receiver(), await receiver()];
    const { data: kept } = await resend.webhooks.create({ endpoint: first.url, events: ["email.delivered"] });
    const { data: removed } = await resend.webhooks.create({ endpoint: second.url, events: ["email.delivered"] });
    await resend.emails.send(email("delivered+one@resend.dev"));
    expect(await first.until(1)).toHaveLength(1);
    expect(await second.until(1)).toHaveLength(1);
    expect((await resend.webhooks.remove(removed!.id)).error).toBeNull();
    await resend.emails.send(email("delivered+two@resend.dev"));
    expect(await first.until(2)).toHaveLength(2);
    expect(kept?.id).toBeTruthy();
    expect(await second.until(1)).toHaveLength(1);
  });

  it("refuses a registration without the API key or without its fields, as Resend does", async () => {
    const { url, resend } = await standin();
    const unauthorised = await fetch(`${url}/webhooks`, { method: "POST", headers: { authorization: "Bearer re_wrong" }, body: "{}" });
    expect(unauthorised.status).toBe(403);
    const { error } = await resend.webhooks.create({ endpoint: "not a url", events: ["email.delivered"] });
    expect(error?.name).toBe("missing_required_field");
  });
});
