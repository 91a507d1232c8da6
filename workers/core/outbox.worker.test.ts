import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { OutboxApi } from "./outbox";

const email = (to: string) => ({ from: "Roomtrust <notices@roomtrust.test>", to, subject: `Hello ${to}`, html: "<p>Hi</p>", text: "Hi https://x.test/a", headers: { "X-Test": "1" } });

/** A batch call as the resend client makes it, with this worker's own key. */
const batchCall = (emails: unknown[], idempotencyKey: string | null = null) => ({
  shape: "batch" as const,
  authorization: `Bearer ${env.RESEND_API_KEY}`,
  idempotencyKey,
  body: JSON.stringify(emails),
});

async function acceptedIds(api: OutboxApi, call: ReturnType<typeof batchCall>): Promise<string[]> {
  const result = await api.accept(call);
  if (!result.ok || result.data.status !== 200) throw new Error(`not accepted: ${JSON.stringify(result)}`);
  return (result.data.body as { data: { id: string }[] }).data.map((d) => d.id);
}

describe("local outbox", () => {
  it("answers 404 for every method when dev tools are off", async () => {
    const api = new OutboxApi({ ...env, DEV_TOOLS: "0", APP_ORIGIN: "https://trust.example", AUTH_SECRET: "a-production-secret-that-is-long-enough-0123" });
    expect(await api.accept(batchCall([email("a@x.test")]))).toMatchObject({ ok: false, error: { code: "dev_tools_disabled", status: 404 } });
    expect(await api.list({})).toMatchObject({ ok: false, error: { code: "dev_tools_disabled", status: 404 } });
  });

  it("stores a batch once per idempotency key and answers a replay with the first ids", async () => {
    const api = new OutboxApi(env);
    const key = `batch:${crypto.randomUUID()}`;
    const batch = [email(`one.${key}@x.test`), email(`two.${key}@x.test`)];
    const first = await acceptedIds(api, batchCall(batch, key));
    const again = await acceptedIds(api, batchCall(batch, key));
    expect(first).toHaveLength(2);
    expect(again).toEqual(first);
    const listed = await api.list({});
    const mine = listed.ok ? listed.data.filter((m) => m.idempotencyKey === key) : [];
    expect(mine).toHaveLength(2);
    // As Resend does: the same key with a different payload is refused, and nothing more is stored.
    const changed = await api.accept(batchCall([batch[0]!, { ...batch[1]!, text: "Changed" }], key));
    expect(changed).toMatchObject({ ok: true, data: { status: 409, body: { name: "invalid_idempotent_request" } } });
    const after = await api.list({});
    expect(after.ok ? after.data.filter((m) => m.idempotencyKey === key) : []).toHaveLength(2);
  });

  it("stores one batch when calls with the same key race", async () => {
    const api = new OutboxApi(env);
    const key = `race:${crypto.randomUUID()}`;
    const batch = [email(`race.${key}@x.test`)];
    const answers = await Promise.all(Array.from({ length: 5 }, () => acceptedIds(api, batchCall(batch, key))));
    expect(new Set(answers.map((ids) => ids.join())).size).toBe(1);
    const stored = await env.DB.prepare("select count(*) as n from dev_outbox where idempotency_key = ?").bind(key).first<{ n: number }>();
    expect(stored?.n).toBe(1);
  });

  it("stores messages without a key every time, and lists newest first with ISO times", async () => {
    const api = new OutboxApi(env);
    const marker = crypto.randomUUID();
    await acceptedIds(api, batchCall([email(`first.${marker}@x.test`)]));
    await acceptedIds(api, batchCall([email(`second.${marker}@x.test`)]));
    await acceptedIds(api, batchCall([email(`second.${marker}@x.test`)]));
    const listed = await api.list({});
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    const mine = listed.data.filter((m) => m.to[0]!.endsWith(`${marker}@x.test`));
    expect(mine.map((m) => m.to[0]!.split(".")[0])).toEqual(["second", "second", "first"]);
    expect(mine[0]).toMatchObject({ subject: `Hello second.${marker}@x.test`, html: "<p>Hi</p>", text: "Hi https://x.test/a", headers: { "X-Test": "1" } });
    expect(new Date(mine[0]!.sentAt).toISOString()).toBe(mine[0]!.sentAt);
  });
});
