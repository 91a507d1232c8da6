import { env, runDurableObjectAlarm } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { upsertAdmin } from "@/db/queries/admins";
import { listDisplays } from "@/db/queries/rooms";
import { requireAdmin } from "../auth/session";
import { signToken } from "../auth/tokens";
import { orThrow, type Result } from "../errors";
import { noticeClock } from "../objects/notice-clock";
import { createTestOrg } from "../test/room-fixture";
import { createContext } from "./context";
import { NoticesApi } from "./notices";
import { ObjectionsApi } from "./objections";
import { RoomsApi } from "./rooms";

// Issue 9, points 11 and 12: control characters and look-alike names, refused at the RPC
// boundary with a 4xx that names the field, and nothing written.

const db = createDb(env.DB);
const ADMIN = "names-admin@vendor.test";
const CYRILLIC_A = "\u0410";
const fields = {
  name: "Placeholder",
  legalEntity: "Placeholder SAS",
  purpose: "Error monitoring",
  location: "France",
  dataCategories: ["Technical logs"],
  transferMechanism: "Processing within the EEA",
  website: "https://placeholder.example",
};

async function adminSession() {
  const ctx = await createContext(env);
  const sessionToken = await signToken(ctx.config.AUTH_SECRET, "session", ADMIN, ctx.clock.now());
  return { sessionToken, csrf: (await requireAdmin(ctx, sessionToken)).csrf };
}

async function draftAdd(proposed: Partial<typeof fields>, reason = "We need it.") {
  return new NoticesApi(env).draft({ ...(await adminSession()), changeKind: "add", proposed: { ...fields, ...proposed }, reason });
}

async function noticeCount(): Promise<number> {
  return (await env.DB.prepare("select count(*) as n from notices").first<{ n: number }>())!.n;
}

function failure(result: Result<unknown>) {
  if (result.ok) throw new Error("expected a refusal");
  return { code: result.error.code, status: result.error.status, issues: result.error.issues.map(({ path, code, message, params }) => ({ path, code, message, params })) };
}

beforeAll(async () => {
  await upsertAdmin(db, ADMIN, "vendor_admin", Date.now());
  await env.DB.prepare(
    "insert into subprocessors (id, name, legal_entity, purpose, location, data_categories, transfer_mechanism, website, status, created_at, updated_at) values ('sp_atlas', 'Atlas', 'Atlas SA', 'Hosting', 'France', '[]', 'EEA', 'https://atlas.example', 'active', 1, 1)",
  ).run();
});

describe("notice drafts: one-line fields", () => {
  it("refuses a CR/LF in a subprocessor's name, naming the field, and writes nothing", async () => {
    const before = await noticeCount();
    const result = failure(await draftAdd({ name: "Sentry\r\nBcc: everyone@example.com" }));
    expect(result).toMatchObject({ code: "validation_failed", status: 400 });
    expect(result.issues).toEqual([{ path: "proposed.name", code: "line_break", message: "Name must fit on one line: remove the line break.", params: undefined }]);
    expect(await noticeCount()).toBe(before);
  });

  it("refuses tabs, C1 controls and bidi controls in every one-line field", async () => {
    const before = await noticeCount();
    const result = failure(
      await draftAdd({
        legalEntity: "Sentry\tInc.",
        purpose: "Error\u0085monitoring",
        location: "USA\u202e",
        dataCategories: ["Logs", "IP\u0000addresses"],
        transferMechanism: "SCCs\u007f",
        website: "https://sentry.example/\r\nx",
      }),
    );
    expect(result.issues.map(({ path, code }) => `${path} ${code}`)).toEqual([
      "proposed.legalEntity control_character",
      "proposed.purpose line_break",
      "proposed.location direction_control",
      "proposed.dataCategories.1 control_character",
      "proposed.transferMechanism control_character",
      "proposed.website line_break",
    ]);
    expect(await noticeCount()).toBe(before);
  });

  it("keeps line breaks in the reason, but no other control character", async () => {
    const refused = failure(await draftAdd({ name: "Bell Metrics" }, "Ring\u0007 the bell."));
    expect(refused.issues).toEqual([{ path: "reason", code: "control_character", message: "Reason contains an invisible control character (such as a tab): remove it.", params: undefined }]);
    const { noticeId } = orThrow(await draftAdd({ name: "Multi Line Metrics" }, "First line.\r\nSecond line."));
    const row = await env.DB.prepare("select reason from notices where id = ?").bind(noticeId).first<{ reason: string }>();
    expect(row?.reason).toBe("First line.\nSecond line.");
  });
});

describe("notice drafts: look-alike subprocessor names", () => {
  it("refuses a Cyrillic look-alike of a listed subprocessor with a 409, and writes nothing", async () => {
    const before = await noticeCount();
    const result = failure(await draftAdd({ name: `${CYRILLIC_A}tlas` }));
    expect(result).toMatchObject({ code: "name_confusable", status: 409, issues: [{ path: "proposed.name", code: "confusable", params: { name: "Atlas" } }] });
    // A zero-width space is removed, which leaves the listed name itself.
    expect(failure(await draftAdd({ name: "At\u200blas" }))).toMatchObject({ code: "name_confusable", status: 409 });
    expect(await noticeCount()).toBe(before);
  });

  it("stores names as NFC and refuses a second draft proposing the same name decomposed", async () => {
    const { noticeId } = orThrow(await draftAdd({ name: "Cafe\u0301 Cloud" }));
    const row = await env.DB.prepare("select json_extract(proposed, '$.name') as name from notices where id = ?").bind(noticeId).first<{ name: string }>();
    expect(row?.name).toBe("Caf\u00e9 Cloud");
    const before = await noticeCount();
    expect(failure(await draftAdd({ name: "Caf\u00e9 Cloud" }))).toMatchObject({ code: "name_confusable", issues: [{ params: { name: "Caf\u00e9 Cloud" } }] });
    expect(failure(await draftAdd({ name: "Cafe\u0301 Cloud" }))).toMatchObject({ code: "name_confusable" });
    expect(await noticeCount()).toBe(before);
  });

  it("lets a change restate its own subprocessor's name, but not take another's", async () => {
    const rename = async (name: string) => new NoticesApi(env).draft({ ...(await adminSession()), changeKind: "change", subprocessorId: "sp_atlas", proposed: { name }, reason: "Rename." });
    orThrow(await rename("Atlas"));
    expect(failure(await rename("Cafe\u0301 Cloud"))).toMatchObject({ code: "name_confusable", status: 409 });
  });
});

describe("displays: one-line fields and look-alike names", () => {
  const rooms = new RoomsApi(env);

  it("refuses a line break in a display name and a tab in its floor", async () => {
    const t = await createTestOrg(db, 0);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    const result = failure(await rooms.save({ sessionToken: t.sessionToken, csrf, fields: { name: "Atlas\nEast", roomEmail: "atlas@org.test", capacity: "4", floor: "2\t" } }));
    expect(result.issues.map(({ path, code, message }) => ({ path, code, message }))).toEqual([
      { path: "name", code: "line_break", message: "Display name must fit on one line: remove the line break." },
      { path: "floor", code: "control_character", message: "Floor contains an invisible control character (such as a tab): remove it." },
    ]);
    expect(await listDisplays(db, t.org.id)).toHaveLength(0);
  });

  it("refuses a Cyrillic look-alike of another display of the organisation, and writes nothing", async () => {
    const t = await createTestOrg(db, 0);
    const other = await createTestOrg(db, 0);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    const { id } = orThrow(await rooms.save({ sessionToken: t.sessionToken, csrf, fields: { name: "Atlas", roomEmail: "atlas@org.test", capacity: "4" } }));
    const lookAlike = await rooms.save({ sessionToken: t.sessionToken, csrf, fields: { name: `${CYRILLIC_A}tlas`, roomEmail: "atlas2@org.test", capacity: "4" } });
    expect(failure(lookAlike)).toMatchObject({ code: "name_confusable", status: 409, issues: [{ path: "name", code: "confusable", params: { name: "Atlas" } }] });
    expect((await listDisplays(db, t.org.id)).map((d) => d.name)).toEqual(["Atlas"]);
    // The display itself may keep its name, and another organisation may use it.
    orThrow(await rooms.save({ sessionToken: t.sessionToken, csrf, id, fields: { name: "Atlas", roomEmail: "atlas@org.test", capacity: "6" } }));
    const otherCsrf = orThrow(await rooms.overview({ sessionToken: other.sessionToken })).csrf;
    orThrow(await rooms.save({ sessionToken: other.sessionToken, csrf: otherCsrf, fields: { name: `${CYRILLIC_A}tlas`, roomEmail: "atlas@other.test", capacity: "4" } }));
  });

  it("refuses a CSV line with a zero-width look-alike, and lines that look like each other; imports nothing", async () => {
    const t = await createTestOrg(db, 0);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    orThrow(await rooms.save({ sessionToken: t.sessionToken, csrf, fields: { name: "Atlas", roomEmail: "atlas@org.test", capacity: "4" } }));
    const csv = `name,roomEmail,capacity\n${CYRILLIC_A}t\u200blas,a@x.test,4\nOrion,o@x.test,4\n\u041erion,o2@x.test,4\nZenith\u200d,z@x.test,4\n`;
    const result = failure(await rooms.importCsv({ sessionToken: t.sessionToken, csrf, csv }));
    expect(result).toMatchObject({ code: "import_rejected", status: 400 });
    expect(result.issues.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: "line 2", code: "confusable", params: { line: 2, name: "Atlas", among: "existing" } },
      { path: "line 4", code: "confusable_line", params: { line: 4, name: "Orion", otherLine: 3 } },
    ]);
    expect((await listDisplays(db, t.org.id)).map((d) => d.name)).toEqual(["Atlas"]);
    // Zero-width characters are removed from what is kept.
    orThrow(await rooms.importCsv({ sessionToken: t.sessionToken, csrf, csv: "name,roomEmail,capacity\nZenith\u200d,z@x.test,4\n" }));
    expect((await listDisplays(db, t.org.id)).map((d) => d.name)).toEqual(["Atlas", "Zenith"]);
  });

  it("refuses a control character in a CSV cell, naming line and column", async () => {
    const t = await createTestOrg(db, 0);
    const { csrf } = orThrow(await rooms.overview({ sessionToken: t.sessionToken }));
    const result = failure(await rooms.importCsv({ sessionToken: t.sessionToken, csrf, csv: 'name,roomEmail,capacity\n"Two\nlines",a@x.test,4\n' }));
    expect(result.issues).toMatchObject([{ path: "line 2", code: "line_break", params: { line: 2 } }]);
    expect(await listDisplays(db, t.org.id)).toHaveLength(0);
  });
});

describe("objections: the organisation is one line", () => {
  it("refuses a CR/LF in the objecting organisation, and records nothing", async () => {
    const notices = new NoticesApi(env);
    const { noticeId } = orThrow(await notices.draft({ ...(await adminSession()), changeKind: "add", proposed: { ...fields, name: "Objection Target" }, reason: "For an objection." }));
    orThrow(await notices.publish({ ...(await adminSession()), noticeId }));
    await runDurableObjectAlarm(noticeClock(env, noticeId));
    const ctx = await createContext(env);
    const token = await signToken(ctx.config.AUTH_SECRET, "object", "dpo@customer.test", ctx.clock.now(), { noticeId });
    const grounds = "Our works council has not approved any transfer of attendee data to this provider.";
    const result = failure(await new ObjectionsApi(env).submit({ noticeId, token, client: "198.51.100.9", organisation: "Customer GmbH\r\nX-Injected: yes", contactEmail: "dpo@customer.test", grounds, lang: "en" }));
    expect(result).toMatchObject({ code: "validation_failed", status: 400, issues: [{ path: "organisation", code: "line_break", message: "Organisation must fit on one line: remove the line break." }] });
    const count = await env.DB.prepare("select count(*) as n from objections where notice_id = ?").bind(noticeId).first<{ n: number }>();
    expect(count?.n).toBe(0);
  });
});
