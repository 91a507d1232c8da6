import { env } from "cloudflare:test";
import { Resend } from "resend";
import { beforeEach, describe, expect, it } from "vitest";
import { standin } from "../workers/test/standin-client";
import type { ResendCall } from "./resend-wire";

// The Resend stand-in (standins/resend/, the one local runs and these tests use) must answer as
// Resend documents: https://resend.com/docs/api-reference/errors.
const from = "Roomtrust <notices@roomtrust.test>";
const good = { from, to: ["someone@customer.test"], subject: "Hello", text: "Hello there" };
const call = (change: Partial<ResendCall>): ResendCall => ({
  shape: "batch",
  authorization: `Bearer ${env.RESEND_API_KEY}`,
  idempotencyKey: null,
  body: JSON.stringify([good]),
  ...change,
});
const batch = (...emails: unknown[]) => JSON.stringify(emails);
const { from: _from, ...withoutFrom } = good;
const { text: _text, ...withoutBody } = good;

const refusals: [string, ResendCall, number, string][] = [
  ["no Authorization header", call({ authorization: null }), 401, "missing_api_key"],
  ["a wrong API key", call({ authorization: "Bearer re_wrong" }), 403, "invalid_api_key"],
  ["an Idempotency-Key longer than 256 characters", call({ idempotencyKey: "k".repeat(257) }), 400, "invalid_idempotency_key"],
  ["an empty Idempotency-Key", call({ idempotencyKey: "" }), 400, "invalid_idempotency_key"],
  ["no `from`", call({ body: batch(withoutFrom) }), 422, "missing_required_field"],
  ["neither `html` nor `text`", call({ body: batch(withoutBody) }), 422, "missing_required_field"],
  ["an empty `html` and no `text`", call({ body: batch({ ...withoutBody, html: "" }) }), 422, "missing_required_field"],
  ["a field Resend does not know", call({ body: batch({ ...good, priority: "high" }) }), 400, "validation_error"],
  ["a documented field the stand-ins do not deliver", call({ body: batch({ ...good, cc: "copy@customer.test" }) }), 400, "validation_error"],
  ["a `from` that is not an address", call({ body: batch({ ...good, from: "Roomtrust" }) }), 400, "validation_error"],
  ["an empty subject", call({ body: batch({ ...good, subject: "" }) }), 400, "validation_error"],
  ["more than 50 recipients", call({ body: batch({ ...good, to: Array.from({ length: 51 }, (_, i) => `r${i}@customer.test`) }) }), 400, "validation_error"],
  ["an empty batch", call({ body: batch() }), 400, "validation_error"],
  ["a batch of 101", call({ body: batch(...Array.from({ length: 101 }, () => good)) }), 400, "validation_error"],
  ["a body that is not JSON", call({ body: "{" }), 400, "validation_error"],
  ["a single email that is an array", call({ shape: "single" }), 400, "validation_error"],
];

async function askStandin(c: ResendCall) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (c.authorization !== null) headers.authorization = c.authorization;
  if (c.idempotencyKey !== null) headers["idempotency-key"] = c.idempotencyKey;
  const response = await fetch(`${env.RESEND_BASE_URL}/emails${c.shape === "batch" ? "/batch" : ""}`, { method: "POST", headers, body: c.body });
  return { status: response.status, body: await response.json() };
}

describe("the Resend stand-in answers as Resend documents", () => {
  beforeEach(() => standin.reset());

  for (const [what, refused, status, name] of refusals) {
    it(`refuses ${what} with ${status} ${name}`, async () => {
      const expected = { status, body: { statusCode: status, name, message: expect.any(String) } };
      expect(await askStandin(refused)).toEqual(expected);
      expect((await standin.state()).mailbox).toHaveLength(0);
    });
  }

  it("names the field it refuses", async () => {
    const { body } = await askStandin(call({ body: batch(good, { ...good, priority: "high" }) }));
    expect(body).toMatchObject({ message: expect.stringMatching(/^Email 1: .*`priority`/) });
    expect((await askStandin(call({ body: batch(withoutFrom) }))).body).toMatchObject({ message: "Email 0: Missing `from` field." });
  });

  it("accepts a well-formed call, batch or single", async () => {
    expect(await askStandin(call({}))).toEqual({ status: 200, body: { data: [{ id: expect.any(String) }] } });
    expect(await askStandin(call({ shape: "single", body: JSON.stringify(good) }))).toEqual({ status: 200, body: { id: expect.any(String) } });
  });

  it("gives the real client its documented errors and headers", async () => {
    const resend = new Resend(env.RESEND_API_KEY, { baseUrl: env.RESEND_BASE_URL });
    const wrongKey = await new Resend("re_wrong", { baseUrl: env.RESEND_BASE_URL }).emails.send(good);
    expect(wrongKey.error).toMatchObject({ statusCode: 403, name: "invalid_api_key" });
    const noFrom = await resend.emails.send({ ...good, from: undefined as unknown as string });
    expect(noFrom.error).toMatchObject({ statusCode: 422, name: "missing_required_field" });
    const badKey = await resend.batch.send([good], { idempotencyKey: "k".repeat(257) });
    expect(badKey.error).toMatchObject({ statusCode: 400, name: "invalid_idempotency_key" });

    await standin.script([{ status: 429, retryAfterSeconds: 7 }, { quota: "daily" }, { quota: "monthly" }]);
    const limited = await resend.batch.send([good]);
    expect(limited.error).toMatchObject({ statusCode: 429, name: "rate_limit_exceeded" });
    expect(limited.headers).toMatchObject({ "retry-after": "7", "ratelimit-limit": expect.stringMatching(/^\d+$/), "ratelimit-remaining": "0", "ratelimit-reset": "7" });
    const daily = await resend.batch.send([good]);
    expect(daily.error).toMatchObject({ statusCode: 429, name: "daily_quota_exceeded" });
    expect(daily.headers?.["retry-after"]).toBeUndefined();
    expect((await resend.batch.send([good])).error).toMatchObject({ statusCode: 429, name: "monthly_quota_exceeded" });
    expect((await standin.state()).mailbox).toHaveLength(0);
  });

  it("refuses a key reused while its first call is still in progress (409), and replays it after", async () => {
    const resend = new Resend(env.RESEND_API_KEY, { baseUrl: env.RESEND_BASE_URL });
    await standin.script([], 300);
    const [first, second] = await Promise.all([
      resend.batch.send([good], { idempotencyKey: "same-key" }),
      new Promise((r) => setTimeout(r, 50)).then(() => resend.batch.send([good], { idempotencyKey: "same-key" })),
    ]);
    expect(first.error).toBeNull();
    expect(second.error).toMatchObject({ statusCode: 409, name: "concurrent_idempotent_requests" });
    const replay = await resend.batch.send([good], { idempotencyKey: "same-key" });
    expect(replay.data).toEqual(first.data);
    expect((await standin.state()).mailbox).toHaveLength(1);
  });
});
