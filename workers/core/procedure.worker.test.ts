import { createExecutionContext, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createDb } from "@/db/client";
import { upsertAdmin } from "@/db/queries/admins";
import { signToken } from "../auth/tokens";
import type { Result } from "../errors";
import { createTestOrg, TEST_SECRET } from "../test/room-fixture";
import Core from "./index";
import { NoticesApi } from "./notices";
import { mutation, query, rpcArea } from "./procedure";
import { RoomsApi } from "./rooms";

// Issue 14, point 2: one procedure shape, so no method can skip its checks.

const db = createDb(env.DB);
const VENDOR = "procedure-admin@vendor.test";
const session = z.object({ sessionToken: z.string().optional(), csrf: z.string().optional() });

function refusal(result: Result<unknown>) {
  if (result.ok) throw new Error("expected a refusal");
  return { code: result.error.code, status: result.error.status };
}

async function vendorSession() {
  await upsertAdmin(db, VENDOR, "vendor_admin", Date.now() - 1000);
  return signToken(TEST_SECRET, "session", VENDOR, Date.now());
}

/** A small area declared with the builder, whose use cases only say what they were given. */
const Probe = rpcArea({
  whoAmI: query({ access: "vendor_admin", input: session, output: z.object({ email: z.string(), csrf: z.string() }), run: async (_ctx, _input, admin) => ({ email: admin.email, csrf: admin.csrf }) }),
  rename: mutation({
    access: "vendor_admin",
    input: session.extend({ name: z.string().min(2, { message: "Give a name of at least 2 characters." }) }),
    output: z.object({ renamed: z.string() }),
    run: async (_ctx, input) => ({ renamed: input.name }),
  }),
  counted: query({ access: "public", output: z.object({ count: z.number() }), run: async () => ({ count: 3 }) }),
  miscounted: query({ access: "public", output: z.object({ count: z.number() }), run: async () => JSON.parse('{"count":"three"}') as { count: number } }),
});

describe("core procedures", () => {
  it("refuses, when declared, a method that names no caller or an input that cannot carry its credentials", () => {
    const noAccess = { input: session, run: async () => ({}) };
    // @ts-expect-error every procedure names who may call it
    expect(() => query(noAccess)).toThrow(/must name who may call it/);
    // @ts-expect-error a vendor admin's change must carry its form's anti-CSRF value
    expect(() => mutation({ access: "vendor_admin", input: z.object({ sessionToken: z.string() }), run: async () => ({}) })).toThrow(/csrf/);
    // @ts-expect-error an organisation admin's read needs the session token
    expect(() => query({ access: "org_admin", input: z.object({ days: z.number() }), run: async () => ({}) })).toThrow(/sessionToken/);
    // @ts-expect-error a tablet's call needs its device token
    expect(() => mutation({ access: "device", run: async () => ({}) })).toThrow(/deviceToken/);
    // A union is checked option by option: every option must carry the field.
    const union = z.discriminatedUnion("kind", [session.extend({ kind: z.literal("a") }), z.object({ kind: z.literal("b"), sessionToken: z.string() })]);
    // @ts-expect-error one option lacks csrf
    expect(() => mutation({ access: "vendor_admin", input: union, run: async () => ({}) })).toThrow(/csrf/);
  });

  it("refuses, when declared, a procedure that does not say what its answer is checked against", () => {
    // @ts-expect-error every procedure declares its output schema
    expect(() => query({ access: "public", run: async () => ({ count: 3 }) })).toThrow(/output/);
    // @ts-expect-error a mutation too
    expect(() => mutation({ access: "public", input: z.object({ name: z.string() }), run: async () => ({}) })).toThrow(/output/);
  });

  it("checks the answer of every method of every area the core offers against its output schema", () => {
    const core = new Core(createExecutionContext(), env);
    const areaNames = Object.getOwnPropertyNames(Core.prototype).filter((name) => !["constructor", "scheduled", "fetch"].includes(name));
    const methods = areaNames.flatMap((areaName) => {
      const area: unknown = Reflect.apply(Reflect.get(core, areaName) as () => unknown, core, []);
      const procedures = Reflect.get(Object.getPrototypeOf(area).constructor, "procedures") as Record<string, { output: unknown }>;
      return Object.entries(procedures).map(([name, procedure]) => ({ method: `${areaName}.${name}`, checked: procedure.output instanceof z.ZodType }));
    });
    // Every area, and every one of its methods (a new one counts itself in).
    expect(areaNames.length).toBeGreaterThanOrEqual(10);
    expect(methods.length).toBeGreaterThanOrEqual(57);
    expect(methods.filter((method) => !method.checked)).toEqual([]);
  });

  it("refuses a call without the required role", async () => {
    const sessionToken = await vendorSession();
    const org = await createTestOrg(db, 0);
    const probe = new Probe(env);
    expect(refusal(await probe.whoAmI({}))).toEqual({ code: "unauthenticated", status: 401 });
    expect(refusal(await probe.whoAmI({ sessionToken: "not-a-token" }))).toEqual({ code: "unauthenticated", status: 401 });
    expect(refusal(await probe.whoAmI({ sessionToken: org.sessionToken }))).toEqual({ code: "forbidden", status: 403 });
    expect(await probe.whoAmI({ sessionToken })).toMatchObject({ ok: true, data: { email: VENDOR } });
    // And the real areas, each way round.
    expect(refusal(await new NoticesApi(env).list({ sessionToken: org.sessionToken }))).toEqual({ code: "forbidden", status: 403 });
    expect(refusal(await new RoomsApi(env).overview({ sessionToken }))).toEqual({ code: "forbidden", status: 403 });
  });

  it("refuses a mutation without its session's anti-CSRF value, before anything runs", async () => {
    const sessionToken = await vendorSession();
    const probe = new Probe(env);
    const whoAmI = await probe.whoAmI({ sessionToken });
    if (!whoAmI.ok) throw new Error("signed in");
    expect(refusal(await probe.rename({ sessionToken, name: "Atlas" }))).toEqual({ code: "csrf_failed", status: 403 });
    expect(refusal(await probe.rename({ sessionToken, csrf: "forged", name: "Atlas" }))).toEqual({ code: "csrf_failed", status: 403 });
    expect(await probe.rename({ sessionToken, csrf: whoAmI.data.csrf, name: "Atlas" })).toEqual({ ok: true, data: { renamed: "Atlas" } });
  });

  it("checks the anti-CSRF value on every change the real areas offer a signed-in admin", async () => {
    const org = await createTestOrg(db, 0);
    const rooms = new RoomsApi(env);
    const forged = { sessionToken: org.sessionToken, csrf: "forged" };
    const displayId = "dsp_0123456789abcdef0123";
    const changes: Promise<Result<unknown>>[] = [
      rooms.save({ ...forged, fields: { name: "Forged", roomEmail: "forged@org.test", capacity: "4" } }),
      rooms.remove({ ...forged, id: displayId }),
      rooms.pairingCode({ ...forged, id: displayId }),
      rooms.unpair({ ...forged, id: displayId }),
      rooms.rotateFinderKey(forged),
      rooms.importCsv({ ...forged, csv: "name,roomEmail,capacity\nForged,forged@org.test,4\n" }),
      rooms.settings({ ...forged, retentionMonths: "12", microsoftClientId: "", microsoftTenantId: "", googleClientId: "" }),
    ];
    const vendor = { sessionToken: await vendorSession(), csrf: "forged" };
    const notices = new NoticesApi(env);
    const noticeId = "ntc_0123456789abcdef0123";
    changes.push(
      notices.draft({ ...vendor, changeKind: "remove", subprocessorId: "sp_forged", reason: "Forged." }),
      notices.publish({ ...vendor, noticeId }),
      notices.withdraw({ ...vendor, noticeId, reason: "Forged." }),
      notices.resolveObjection({ ...vendor, objectionId: "obj_0123456789abcdef0123", remedy: "remediated" }),
    );
    for (const change of await Promise.all(changes)) expect(refusal(change)).toEqual({ code: "csrf_failed", status: 403 });
  });

  it("answers input that fails its schema with a 400 naming the field, before looking at the caller", async () => {
    const result = await new Probe(env).rename({ name: "A" });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "validation_failed", status: 400, issues: [{ path: "name", message: "Give a name of at least 2 characters." }] },
    });
    const rooms = await new RoomsApi(env).utilisation({ days: 0 });
    expect(rooms).toMatchObject({ ok: false, error: { code: "validation_failed", status: 400, issues: [{ path: "days" }] } });
  });

  it("checks the output: an answer off its schema is a 500 that reveals nothing", async () => {
    const probe = new Probe(env);
    expect(await probe.counted()).toEqual({ ok: true, data: { count: 3 } });
    const result = await probe.miscounted();
    expect(result).toMatchObject({ ok: false, error: { code: "internal", status: 500, issues: [] } });
    expect(JSON.stringify(result)).not.toContain("three");
  });
});
