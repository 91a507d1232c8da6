import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { upsertAdmin } from "@/db/queries/admins";
import { listEvidence } from "@/db/queries/evidence";
import { requireAdmin } from "../auth/session";
import { signToken } from "../auth/tokens";
import { orThrow, type Result } from "../errors";
import { AdminApi } from "./admin";
import { createContext } from "./context";
import { PortalApi } from "./portal";

// Issue 16: non-material facts are corrected at once, with evidence and a version marked as a
// correction; material ones are refused by name and nothing is written.
const ADMIN = "corrections-admin@vendor.test";
const db = createDb(env.DB);
const admin = () => new AdminApi(env);

async function session() {
  const ctx = await createContext(env);
  const sessionToken = await signToken(ctx.config.AUTH_SECRET, "session", ADMIN, ctx.clock.now());
  return { sessionToken, csrf: (await requireAdmin(ctx, sessionToken)).csrf };
}

const correct = async (fields: Record<string, unknown>, subprocessorId = "sp_fixable") =>
  admin().correctSubprocessor({ ...(await session()), subprocessorId, fields, correctionNote: "The old address redirected." });
const listed = () => env.DB.prepare("select legal_entity, website, purpose from subprocessors where id = 'sp_fixable'").first<Record<string, string>>();
const versionCount = async () => (await env.DB.prepare("select count(*) as n from list_versions").first<{ n: number }>())!.n;
const failure = (result: Result<unknown>) => {
  if (result.ok) throw new Error("expected a refusal");
  return { code: result.error.code, status: result.error.status, issues: result.error.issues.map(({ path, code, message }) => ({ path, code, message })) };
};

beforeAll(async () => {
  await upsertAdmin(db, ADMIN, "vendor_admin", Date.now());
  await env.DB.prepare(
    "insert into subprocessors (id, name, legal_entity, purpose, location, data_categories, transfer_mechanism, website, status, created_at, updated_at) values ('sp_fixable', 'Fixable', 'Fixabel SAS', 'Hosting', 'France', '[\"Logs\"]', 'EEA', 'https://old.fixable.example', 'active', 1, 1)",
  ).run();
});

describe("direct corrections", () => {
  it("correct the website and a typo in the legal entity at once, with evidence and a new version marked as a correction", async () => {
    const before = await versionCount();
    expect(orThrow(await correct({ website: "https://fixable.example", legalEntity: "Fixable SAS", purpose: "Hosting" }))).toEqual({ subprocessorId: "sp_fixable", corrected: ["website", "legalEntity"] });
    expect(await listed()).toEqual({ legal_entity: "Fixable SAS", website: "https://fixable.example", purpose: "Hosting" });
    const entry = (await listEvidence(db)).find((e) => e.kind === "subprocessor.corrected" && e.ref === "sp_fixable");
    expect(JSON.parse(entry!.payload)).toEqual({ before: { website: "https://old.fixable.example", legalEntity: "Fixabel SAS" }, after: { website: "https://fixable.example", legalEntity: "Fixable SAS" }, note: "The old address redirected." });
    // Version 1 (the list before) and the correction's own version, when none existed.
    expect(await versionCount()).toBe(before === 0 ? 2 : before + 1);
    const { versions } = orThrow(await new PortalApi(env).versions());
    expect(versions[0]).toMatchObject({ change: null, correction: { subprocessorName: "Fixable", fields: ["website", "legalEntity"], note: "The old address redirected." } });
    const latest = orThrow(await new PortalApi(env).version({ version: versions[0]!.version }));
    expect(latest.diff.changed).toMatchObject([{ id: "sp_fixable", fields: [{ field: "legalEntity" }, { field: "website" }] }]);
  });

  it("refuse a material field by name, beside a valid correction, and change nothing", async () => {
    const before = await versionCount();
    expect(failure(await correct({ website: "https://new.fixable.example", purpose: "Analytics", location: "United States" }))).toEqual({
      code: "correction_needs_notice",
      status: 409,
      issues: [
        { path: "purpose", code: "needs_notice", message: "Purpose is material: customers rely on it, so changing it needs a notice. Propose a change instead." },
        { path: "location", code: "needs_notice", message: "Processing location is material: customers rely on it, so changing it needs a notice. Propose a change instead." },
      ],
    });
    expect(failure(await correct({ legalEntity: "Another Company Ltd" }))).toMatchObject({ code: "correction_needs_notice", issues: [{ path: "legalEntity", code: "not_a_typo" }] });
    expect(failure(await correct({ website: "https://fixable.example" }))).toMatchObject({ code: "validation_failed", issues: [{ path: "fields", code: "nothing_changed" }] });
    expect(await listed()).toMatchObject({ website: "https://fixable.example", purpose: "Hosting" });
    expect(await versionCount()).toBe(before);
  });

  it("are for listed subprocessors only, and check the anti-CSRF value", async () => {
    expect(failure(await correct({ website: "https://x.example" }, "sp_nobody"))).toMatchObject({ code: "not_found" });
    const { sessionToken } = await session();
    expect(failure(await admin().correctSubprocessor({ sessionToken, csrf: "forged", subprocessorId: "sp_fixable", fields: { website: "https://x.example" }, correctionNote: "x" }))).toMatchObject({ code: "csrf_failed" });
  });
});
