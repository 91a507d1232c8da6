import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { upsertAdmin } from "@/db/queries/admins";
import { orThrow, type Result } from "../errors";
import { adminSession, takeEffect } from "../test/notice-effect";
import { AdminApi } from "./admin";
import { NoticesApi } from "./notices";
import { PortalApi } from "./portal";

// Issue 16: subprocessor facts and notice reasons written in French too. Stored beside the
// English, carried into each version of the list, answered as translations.fr; a change to the
// English without French drops the stale French; French alone is a direct correction.
const ADMIN = "french-admin@vendor.test";
const db = createDb(env.DB);
const portal = () => new PortalApi(env);
const notices = () => new NoticesApi(env);

const listed = async (id: string) => orThrow(await portal().publicList()).subprocessors.find((s) => s.id === id);
const failure = (result: Result<unknown>) => {
  if (result.ok) throw new Error("expected a refusal");
  return { code: result.error.code, status: result.error.status, issues: result.error.issues.map(({ path, code }) => ({ path, code })) };
};
const additionNamed = (name: string) => ({
  changeKind: "add",
  proposed: { name, legalEntity: `${name} SAS`, purpose: "Email delivery", location: "France", dataCategories: ["Email addresses", "Names"], transferMechanism: "EEA", website: "https://frmail.example" },
});
const addition = additionNamed("Frmail");

/**
 * A subprocessor of the test's own, listed with French for its purpose and data categories, so
 * that no test reads what another one wrote or depends on their order. Answers its id.
 */
async function listedWithFrench(name: string, moreFrench: Record<string, string> = {}): Promise<string> {
  await takeEffect(ADMIN, { ...additionNamed(name), purposeFr: "Envoi d’e-mails", dataCategoriesFr: ["Adresses e-mail", "Noms"], ...moreFrench });
  const entry = orThrow(await portal().publicList()).subprocessors.find((s) => s.name === name);
  if (!entry) throw new Error(`${name} is not listed`);
  return entry.id;
}

beforeAll(async () => {
  await upsertAdmin(db, ADMIN, "vendor_admin", Date.now());
});

describe("French content", () => {
  it("is stored with a draft, published as translations.fr, and kept by the version the change made", async () => {
    const noticeId = await takeEffect(ADMIN, {
      ...addition,
      reason: "We send notices through Frmail.",
      reasonFr: "Nous envoyons les avis par Frmail.",
      purposeFr: "Envoi d’e-mails",
      dataCategoriesFr: ["Adresses e-mail", "Noms"],
      locationFr: "",
    });
    const list = orThrow(await portal().publicList());
    const entry = list.subprocessors.find((s) => s.name === "Frmail");
    // Only what was written: the empty location is no French, and the English is read instead.
    expect(entry?.translations).toEqual({ fr: { purpose: "Envoi d’e-mails", dataCategories: ["Adresses e-mail", "Noms"] } });
    const notice = list.history.find((n) => n.id === noticeId);
    expect(notice?.translations).toEqual({ fr: { reason: "Nous envoyons les avis par Frmail.", proposed: { purpose: "Envoi d’e-mails", dataCategories: ["Adresses e-mail", "Noms"] } } });
    const version = orThrow(await portal().version({ version: notice!.version! }));
    expect(version.subprocessors.find((s) => s.name === "Frmail")?.translations).toEqual(entry?.translations);
  });

  it("drops the French of a field whose English a notice changes without French, and diffs the French", async () => {
    const id = await listedWithFrench("Frmail Change");
    const before = await listed(id);
    await takeEffect(ADMIN, { changeKind: "change", subprocessorId: id, proposed: { purpose: "Email delivery and bounces", transferMechanism: "EEA adequacy" }, transferMechanismFr: "EEE (adéquation)" });
    const after = await listed(id);
    expect(after?.purpose).toBe("Email delivery and bounces");
    expect(after?.translations).toEqual({ fr: { dataCategories: ["Adresses e-mail", "Noms"], transferMechanism: "EEE (adéquation)" } });
    const { versions } = orThrow(await portal().versions());
    const latest = orThrow(await portal().version({ version: versions[0]!.version }));
    expect(latest.diff.changed.find((c) => c.id === id)).toEqual({
      id,
      name: "Frmail Change",
      fields: [
        { field: "purpose", before: before?.purpose, after: "Email delivery and bounces" },
        { field: "transferMechanism", before: before?.transferMechanism, after: "EEA adequacy" },
      ],
      translations: {
        fr: [
          { field: "purpose", before: "Envoi d’e-mails", after: null },
          { field: "transferMechanism", before: null, after: "EEE (adéquation)" },
        ],
      },
    });
  });

  it("refuses a change's French for a field whose English it leaves alone, naming the field, and writes nothing", async () => {
    // The notice would show only the purpose; the location's French would change unseen (ADR 020).
    const id = await listedWithFrench("Frmail Unseen");
    const before = (await env.DB.prepare("select count(*) as n from notices").first<{ n: number }>())!.n;
    const draft = { ...(await adminSession(ADMIN)), changeKind: "change", subprocessorId: id, proposed: { purpose: "Email delivery and bounces" }, reason: "Bounces too.", purposeFr: "Envoi et rebonds", locationFr: "France métropolitaine" };
    const result = await notices().draft(draft);
    expect(failure(result)).toEqual({ code: "validation_failed", status: 400, issues: [{ path: "locationFr", code: "french_without_change" }] });
    if (!result.ok) expect(result.error.issues[0]?.message).toMatch(/^Processing location in French: .*correct the subprocessor directly/);
    expect((await env.DB.prepare("select count(*) as n from notices").first<{ n: number }>())!.n).toBe(before);
    // Rewriting a draft is held to the same rule.
    const { noticeId } = orThrow(await notices().draft({ ...draft, locationFr: undefined }));
    expect(failure(await notices().editDraft({ ...draft, ...(await adminSession(ADMIN)), noticeId }))).toMatchObject({ issues: [{ path: "locationFr", code: "french_without_change" }] });
    expect((await listed(id))?.translations).toEqual({ fr: { purpose: "Envoi d’e-mails", dataCategories: ["Adresses e-mail", "Noms"] } });
  });

  it("corrects French text directly, as a correction (ADR 016, 020), and refuses what is not text, naming the field", async () => {
    const id = await listedWithFrench("Frmail Correct", { transferMechanismFr: "EEE" });
    const correct = async (french: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      new AdminApi(env).correctSubprocessor({ ...(await adminSession(ADMIN)), subprocessorId: id, fields: {}, correctionNote: "French added.", correctionNoteFr: "Français ajouté.", french, ...extra });
    expect(orThrow(await correct({ purposeFr: "Envoi d’e-mails et rebonds", transferMechanismFr: "" }))).toEqual({
      subprocessorId: id,
      corrected: ["translations.fr.purpose", "translations.fr.transferMechanism"],
    });
    expect((await listed(id))?.translations).toEqual({ fr: { purpose: "Envoi d’e-mails et rebonds", dataCategories: ["Adresses e-mail", "Noms"] } });
    const { versions } = orThrow(await portal().versions());
    expect(versions[0]?.correction).toEqual({ subprocessorName: "Frmail Correct", fields: ["translations.fr.purpose", "translations.fr.transferMechanism"], note: "French added.", noteFrench: "Français ajouté." });
    const count = versions.length;
    expect(failure(await correct({ purposeFr: "Deux\nlignes" }))).toMatchObject({ code: "validation_failed", status: 400, issues: [{ path: "french.purposeFr" }] });
    expect(failure(await correct({ purposeFr: "Envoi d’e-mails et rebonds" }))).toMatchObject({ code: "validation_failed", issues: [{ path: "fields", code: "nothing_changed" }] });
    expect(orThrow(await portal().versions()).versions.length).toBe(count);
  });

  it("reads stored French through one schema that drops keys it does not know, so the pages still answer", async () => {
    const id = await listedWithFrench("Frmail Stored");
    const noticeId = orThrow(await portal().publicList()).history.find((n) => n.subprocessorId === id)!.id;
    const { versions } = orThrow(await portal().versions());
    const version = versions[0]!.version;
    // JSON as an older release or a hand edit may have left it: a key no schema names.
    await env.DB.prepare("update subprocessors set french = json_set(french, '$.note', 'x') where id = ?").bind(id).run();
    await env.DB.prepare("update notices set proposed_french = json_set(proposed_french, '$.note', 'x') where id = ?").bind(noticeId).run();
    const stored = await env.DB.prepare("select entries from list_versions where version = ?").bind(version).first<{ entries: string }>();
    const entries = (JSON.parse(stored!.entries) as { id: string; translations?: { fr?: Record<string, unknown> } }[]).map((entry) => (entry.id === id ? { ...entry, translations: { fr: { ...entry.translations?.fr, note: "x" } } } : entry));
    await env.DB.prepare("update list_versions set entries = ? where version = ?").bind(JSON.stringify(entries), version).run();

    const french = { fr: { purpose: "Envoi d’e-mails", dataCategories: ["Adresses e-mail", "Noms"] } };
    expect((await listed(id))?.translations).toEqual(french);
    expect(orThrow(await portal().notice({ id: noticeId })).notice.translations).toEqual({ fr: { proposed: french.fr } });
    expect(orThrow(await portal().version({ version })).subprocessors.find((s) => s.id === id)?.translations).toEqual(french);
    const admin = await adminSession(ADMIN);
    expect(orThrow(await new AdminApi(env).subprocessors(admin)).find((s) => s.id === id)?.french).toEqual(french.fr);
    expect(orThrow(await notices().get({ sessionToken: admin.sessionToken, noticeId })).notice.proposedFrench).toEqual(french.fr);
  });

  it("refuses a bad French field of a draft by name, and writes nothing", async () => {
    const { sessionToken, csrf } = await adminSession(ADMIN);
    const before = (await env.DB.prepare("select count(*) as n from notices").first<{ n: number }>())!.n;
    const result = await notices().draft({ sessionToken, csrf, ...addition, proposed: { ...addition.proposed, name: "Autre" }, reason: "Why.", reasonFr: "x".repeat(2001), dataCategoriesFr: ["Ok", "Deux\tmots"] });
    expect(failure(result)).toMatchObject({ code: "validation_failed", status: 400 });
    expect(failure(result).issues.map((i) => i.path).sort()).toEqual(["dataCategoriesFr.1", "reasonFr"]);
    expect((await env.DB.prepare("select count(*) as n from notices").first<{ n: number }>())!.n).toBe(before);
  });

  it("keeps a withdrawal's reason in French, for the public notice", async () => {
    const id = await listedWithFrench("Frmail Withdraw");
    const { noticeId } = orThrow(await notices().draft({ ...(await adminSession(ADMIN)), changeKind: "remove", subprocessorId: id, reason: "No longer needed.", reasonFr: "Plus nécessaire." }));
    orThrow(await notices().publish({ ...(await adminSession(ADMIN)), noticeId }));
    orThrow(await notices().withdraw({ ...(await adminSession(ADMIN)), noticeId, reason: "We keep it after all.", reasonFr: "Nous le gardons finalement." }));
    const { notice } = orThrow(await portal().notice({ id: noticeId }));
    expect(notice).toMatchObject({ withdrawalReason: "We keep it after all.", translations: { fr: { reason: "Plus nécessaire.", withdrawalReason: "Nous le gardons finalement." } } });
  });
});
