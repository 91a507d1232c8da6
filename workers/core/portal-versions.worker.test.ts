import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { upsertAdmin } from "@/db/queries/admins";
import { orThrow } from "../errors";
import { takeEffect } from "../test/notice-effect";
import { createContext } from "./context";
import { PortalApi } from "./portal";

// Dated versions of the list (issue 12, section 2): each change that takes effect numbers a new
// version, kept as it was, with its diff against the one before.
const ADMIN = "versions-admin@vendor.test";
const db = createDb(env.DB);
const portal = () => new PortalApi(env);
const now = async () => (await createContext(env)).clock.now();



const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

beforeAll(async () => {
  const at = await now();
  await upsertAdmin(db, ADMIN, "vendor_admin", at);
  await env.DB.prepare(
    "insert into subprocessors (id, name, legal_entity, purpose, location, data_categories, transfer_mechanism, website, status, created_at, updated_at) values ('sp_vmail', 'Vmail', 'Vmail Ltd', 'Email', 'Ireland', '[\"Email addresses\"]', 'EEA', 'https://vmail.example', 'active', ?, ?)",
  ).bind(at, at).run();
});

describe("versions of the list", () => {
  it("number each change that takes effect, keep the list as it was, and diff it with the one before", async () => {
    const start = orThrow(await portal().versions()).versions.length;
    const added = await takeEffect(ADMIN, { changeKind: "add", proposed: { name: "Vsupport", legalEntity: "Vsupport SAS", purpose: "Support", location: "France", dataCategories: ["Tickets"], transferMechanism: "EEA", website: "https://vsupport.example" } });
    const changed = await takeEffect(ADMIN, { changeKind: "change", subprocessorId: "sp_vmail", proposed: { location: "Germany" } });

    const { versions } = orThrow(await portal().versions());
    // The list before the first change is version 1, when nothing had been versioned yet.
    expect(versions.length).toBe(start === 0 ? 3 : start + 2);
    const [latest, previous] = versions;
    expect(previous).toMatchObject({ change: { noticeId: added, changeKind: "add", subprocessorName: "Vsupport" } });
    expect(latest).toMatchObject({ version: previous!.version + 1, change: { noticeId: changed, changeKind: "change", subprocessorName: "Vmail" } });

    const second = orThrow(await portal().version({ version: previous!.version }));
    expect(second.diff.added.map((s) => s.name)).toEqual(["Vsupport"]);
    expect(second.diff.removed).toEqual([]);
    expect(second.subprocessors.find((s) => s.id === "sp_vmail")?.location).toBe("Ireland");
    expect(second.next).toBe(latest!.version);

    const third = orThrow(await portal().version({ version: latest!.version }));
    expect(third.diff).toMatchObject({ added: [], removed: [], changed: [{ id: "sp_vmail", fields: [{ field: "location", before: "Ireland", after: "Germany" }] }] });
    expect(third).toMatchObject({ until: null, next: null, previous: previous!.version });

    // The public list and its notices say which version they are.
    const list = orThrow(await portal().publicList());
    expect(list.version).toEqual({ version: latest!.version, effectiveAt: latest!.effectiveAt });
    expect(list.history.find((n) => n.id === added)?.version).toBe(previous!.version);
    expect(orThrow(await portal().notice({ id: changed })).notice.version).toBe(latest!.version);

    // The version in force at the end of a day: today's latest.
    expect(orThrow(await portal().versionAt({ at: isoDay(await now()) })).version).toBe(latest!.version);
  });

  it("answer a clear 4xx for a version that does not exist or a date that is not one", async () => {
    expect(await portal().version({ version: 999_999 })).toMatchObject({ ok: false, error: { code: "not_found", status: 404 } });
    expect(await portal().version({ version: "two" })).toMatchObject({ ok: false, error: { code: "validation_failed", status: 400 } });
    expect(await portal().versionAt({ at: "2026-02-30" })).toMatchObject({
      ok: false,
      error: { code: "validation_failed", issues: [{ path: "at", message: "Date must be a calendar date written YYYY-MM-DD, for example 2026-12-01." }] },
    });
    expect(await portal().versionAt({ at: "1999-01-01" })).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});
