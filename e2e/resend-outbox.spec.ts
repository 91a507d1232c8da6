import { expect, test } from "@playwright/test";
import { outbox, signInFromOutbox } from "./fixtures";

// The local outbox behind /dev/resend answers as Resend documents (issue 9, point 19), and the
// app's own emails still reach it through the real resend client.

/** The key scripts/local-run.mjs gives the core worker. */
const localKey = "Bearer re_local_outbox";
const email = { from: "Roomtrust <notices@roomtrust.test>", to: ["e2e.outbox@customer.test"], subject: "Outbox check", text: "Hello" };

test("the local outbox refuses what Resend refuses, with Resend's statuses and names", async ({ request }) => {
  const post = async (headers: Record<string, string>, data: unknown) => {
    const response = await request.post("/dev/resend/emails/batch", { headers: { "content-type": "application/json", ...headers }, data: JSON.stringify(data) });
    return { status: response.status(), name: ((await response.json()) as { name?: string }).name };
  };
  expect(await post({}, [email])).toEqual({ status: 401, name: "missing_api_key" });
  expect(await post({ authorization: "Bearer re_wrong" }, [email])).toEqual({ status: 403, name: "invalid_api_key" });
  expect(await post({ authorization: localKey, "idempotency-key": "k".repeat(257) }, [email])).toEqual({ status: 400, name: "invalid_idempotency_key" });
  const { from: _from, ...withoutFrom } = email;
  expect(await post({ authorization: localKey }, [withoutFrom])).toEqual({ status: 422, name: "missing_required_field" });
  expect(await post({ authorization: localKey }, [{ ...email, priority: "high" }])).toEqual({ status: 400, name: "validation_error" });
  expect((await outbox(request)).some((m) => m.to.includes(email.to[0]!))).toBe(false);
  expect((await post({ authorization: localKey }, [email])).status).toBe(200);
  expect((await outbox(request)).some((m) => m.to.includes(email.to[0]!))).toBe(true);
});

test("the app's own emails still reach the outbox through the real client", async ({ page, request }) => {
  await signInFromOutbox(page, request, "admin@roomtrust.test");
  await expect(page).toHaveURL(/\/admin/);
});
