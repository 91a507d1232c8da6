import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resend } from "resend";
import { afterEach, describe, expect, it } from "vitest";
import type { ListedMessage } from "./mailbox";
import { STANDIN_API_KEY, startResendStandin } from "./server";

// The stand-in's own record: what it keeps, for how long, and what a person reads on /dev/outbox.
// (Its answers to every documented refusal are tested against the real client in
// emails/resend-wire.worker.test.ts.)
const email = (to: string, text = "Hi https://app.test/subprocessors/confirm?token=abc") => ({
  from: "Roomtrust <notices@roomtrust.test>",
  to,
  subject: `Hello ${to}`,
  html: "<p>Hi <strong>there</strong></p>",
  text,
  headers: { "X-Test": "1" },
});

const running: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

async function start(options: Parameters<typeof startResendStandin>[0] = {}) {
  const standin = await startResendStandin(options);
  running.push(standin);
  const resend = new Resend(STANDIN_API_KEY, { baseUrl: standin.url });
  const listed = async (): Promise<ListedMessage[]> => (await fetch(`${standin.url}/dev/outbox.json`)).json();
  const page = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${standin.url}${path}`, { headers });
    return { status: response.status, html: await response.text(), type: response.headers.get("content-type") };
  };
  return { ...standin, resend, listed, page };
}

describe("the Resend stand-in's outbox", () => {
  it("stores a batch once per idempotency key and answers a replay with the first ids", async () => {
    const { resend, listed } = await start();
    const batch = [email("one@customer.test"), email("two@customer.test")];
    const first = await resend.batch.send(batch, { idempotencyKey: "batch:1" });
    const again = await resend.batch.send(batch, { idempotencyKey: "batch:1" });
    expect(first.data?.data).toHaveLength(2);
    expect(again.data).toEqual(first.data);
    expect(await listed()).toHaveLength(2);
    // As Resend does: the same key with a different payload is refused, and nothing more is stored.
    const changed = await resend.batch.send([batch[0]!, { ...batch[1]!, text: "Changed" }], { idempotencyKey: "batch:1" });
    expect(changed.error).toMatchObject({ statusCode: 409, name: "invalid_idempotent_request" });
    expect(await listed()).toHaveLength(2);
  });

  it("stores one batch when calls with the same key race", async () => {
    const { url, resend, listed } = await start();
    await fetch(`${url}/__standin/script`, { method: "POST", body: JSON.stringify({ steps: [], latencyMs: 100 }) });
    const answers = await Promise.all(Array.from({ length: 5 }, () => resend.batch.send([email("race@customer.test")], { idempotencyKey: "race" })));
    // Each call is refused while the first is in flight, or (arriving after it) answered from its record.
    const accepted = answers.filter((a) => a.error === null);
    const refused = answers.filter((a) => a.error?.name === "concurrent_idempotent_requests");
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    expect(accepted.length + refused.length).toBe(5);
    expect(new Set(accepted.map((a) => JSON.stringify(a.data))).size).toBe(1);
    expect(await listed()).toHaveLength(1);
  });

  it("stores messages without a key every time, and lists them newest first with ISO times", async () => {
    const { resend, listed } = await start();
    await resend.batch.send([email("first@customer.test")]);
    await resend.emails.send(email("second@customer.test"));
    await resend.batch.send([email("second@customer.test")]);
    const messages = await listed();
    expect(messages.map((m) => m.to[0])).toEqual(["second@customer.test", "second@customer.test", "first@customer.test"]);
    expect(messages[0]).toMatchObject({ subject: "Hello second@customer.test", html: "<p>Hi <strong>there</strong></p>", headers: { "X-Test": "1" } });
    expect(new Date(messages[0]!.sentAt).toISOString()).toBe(messages[0]!.sentAt);
    expect(new Set(messages.map((m) => m.id)).size).toBe(3);
  });

  it("keeps its outbox and its idempotency record across a restart when given a state file", async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), "resend-standin-")), "outbox.ndjson");
    const before = await start({ stateFile });
    const sent = await before.resend.batch.send([email("kept@customer.test")], { idempotencyKey: "kept" });
    await before.close();

    const after = await start({ stateFile });
    expect((await after.listed()).map((m) => m.id)).toEqual(sent.data?.data.map((d) => d.id));
    // An app restarted mid fan-out resends under the same key: answered from the record, not stored twice.
    expect((await after.resend.batch.send([email("kept@customer.test")], { idempotencyKey: "kept" })).data).toEqual(sent.data);
    expect(await after.listed()).toHaveLength(1);
    // A reset (tests, benchmarks) empties the file too.
    await fetch(`${after.url}/__standin/reset`, { method: "POST" });
    await after.close();
    expect(await (await start({ stateFile })).listed()).toEqual([]);
  });

  it("forgets everything when it stops without a state file", async () => {
    const first = await start();
    await first.resend.batch.send([email("gone@customer.test")]);
    await first.close();
    expect(await (await start()).listed()).toEqual([]);
  });

  it("shows every message on /dev/outbox in the reader's language, with its links ready to click", async () => {
    const { resend, page } = await start({ appOrigin: "http://localhost:8787" });
    const empty = await page("/dev/outbox");
    expect(empty.html).toContain("No email yet");
    expect(empty.html).toContain('href="http://localhost:8787/subprocessors?lang=en"');

    await resend.emails.send(email("reader@customer.test"));
    const english = await page("/dev/outbox", { "accept-language": "en-GB,en;q=0.9" });
    expect(english.type).toBe("text/html; charset=utf-8");
    expect(english.html).toMatch(/^<!doctype html><html lang="en">/);
    expect(english.html).toContain("<h1>Outbox</h1>");
    expect(english.html).toContain("Newest first; 1 message.");
    expect(english.html).toContain('<a href="https://app.test/subprocessors/confirm?token=abc">');
    expect(english.html).toContain("reader@customer.test");

    const french = await page("/dev/outbox", { "accept-language": "fr-FR,fr;q=0.9" });
    expect(french.html).toMatch(/^<!doctype html><html lang="fr">/);
    expect(french.html).toContain("<h1>Boîte d’envoi</h1>");
    expect(french.html).toContain("Du plus récent au plus ancien ; 1 message.");
    expect(french.html).toContain("<dt>Envoyé le</dt>");
    // ?lang= wins over the browser's language, as on the app's pages.
    expect((await page("/dev/outbox?lang=en", { "accept-language": "fr" })).html).toContain("<h1>Outbox</h1>");
  });

  it("shows one message whole, its HTML sandboxed, and says so in both languages when an id is unknown", async () => {
    const { resend, page } = await start();
    const sent = await resend.emails.send(email("whole@customer.test"));
    const id = sent.data!.id;
    const english = await page(`/dev/outbox/${id}`);
    expect(english.status).toBe(200);
    expect(english.html).toContain("<h1>Hello whole@customer.test</h1>");
    // (HTML attribute names are case-insensitive; React writes srcDoc.)
    expect(english.html).toContain('<iframe sandbox="" srcDoc="&lt;p&gt;Hi &lt;strong&gt;there&lt;/strong&gt;&lt;/p&gt;"');
    expect(english.html).toContain("<dt>X-Test</dt>");
    expect((await page(`/dev/outbox/${id}?lang=fr`)).html).toContain("Tel que le destinataire le voit");

    const missing = await page("/dev/outbox/not-an-id");
    expect(missing.status).toBe(404);
    expect(missing.html).toContain("No message with this id is in the outbox");
    expect((await page("/dev/outbox/not-an-id?lang=fr")).html).toContain("Aucun message de la boîte d’envoi ne porte cet identifiant");
  });

  it("escapes what an email says, so a message cannot write into the outbox page", async () => {
    const { resend, page } = await start();
    await resend.emails.send({ ...email("hostile@customer.test"), subject: "<script>alert(1)</script>", text: "</pre><script>alert(2)</script>" });
    const { html } = await page("/dev/outbox");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("the Resend stand-in's rate limit", () => {
  const send = (resend: Resend, i: number) => resend.batch.send([email(`limit${i}@customer.test`)]);

  it("refuses the sixth call within a second with Resend's 429 and headers, and counts no call with a wrong key", async () => {
    const { resend, url } = await start();
    const wrongKey = new Resend("re_wrong", { baseUrl: url });
    expect((await wrongKey.batch.send([email("x@customer.test")])).error).toMatchObject({ statusCode: 403 });
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await send(resend, i));
    expect(answers.slice(0, 5).map((a) => a.error)).toEqual(Array(5).fill(null));
    expect(answers.slice(0, 5).map((a) => a.headers?.["ratelimit-remaining"])).toEqual(["4", "3", "2", "1", "0"]);
    expect(answers[0]!.headers).toMatchObject({ "ratelimit-limit": "5", "ratelimit-reset": "1" });
    expect(answers[5]!.error).toMatchObject({ statusCode: 429, name: "rate_limit_exceeded" });
    expect(answers[5]!.headers).toMatchObject({ "retry-after": "1", "ratelimit-limit": "5", "ratelimit-remaining": "0", "ratelimit-reset": "1" });
    await new Promise((r) => setTimeout(r, 1000));
    expect((await send(resend, 6)).error).toBeNull();
    const summary = await (await fetch(`${url}/__standin/summary`, { method: "POST" })).json();
    expect(summary).toMatchObject({ messages: 6, rateLimited: 1, requestsPerSecond: 5 });
  });

  it("takes the limit it is started with or told, and none at 0", async () => {
    const { resend, url } = await start({ requestsPerSecond: 2 });
    expect((await send(resend, 0)).headers?.["ratelimit-limit"]).toBe("2");
    await fetch(`${url}/__standin/rate-limit`, { method: "POST", body: JSON.stringify({ requestsPerSecond: 0 }) });
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => send(resend, i + 1)));
    expect(answers.every((a) => a.error === null && a.headers?.["ratelimit-limit"] === undefined)).toBe(true);
  });
});
