import { env, runDurableObjectAlarm } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { upsertAdmin } from "@/db/queries/admins";
import { listEvidence, writeWithEvidence } from "@/db/queries/evidence";
import { abortBatchUnlessChanged, rewriteDraft } from "@/db/queries/notices";
import { requireAdmin } from "../auth/session";
import { signToken } from "../auth/tokens";
import { orThrow, type Result } from "../errors";
import { noticeClock } from "../objects/notice-clock";
import { createContext } from "./context";
import { NoticesApi } from "./notices";

// Issue 16: a draft can be rewritten and deleted, with evidence; a published notice cannot.
const ADMIN = "drafts-admin@vendor.test";
const db = createDb(env.DB);
const notices = () => new NoticesApi(env);
const proposed = { name: "Draft Desk", legalEntity: "Draft Desk SAS", purpose: "Support", location: "France", dataCategories: ["Tickets"], transferMechanism: "EEA", website: "https://desk.example" };

async function session() {
  const ctx = await createContext(env);
  const sessionToken = await signToken(ctx.config.AUTH_SECRET, "session", ADMIN, ctx.clock.now());
  return { sessionToken, csrf: (await requireAdmin(ctx, sessionToken)).csrf };
}

const draft = async (name: string) => orThrow(await notices().draft({ ...(await session()), changeKind: "add", proposed: { ...proposed, name }, reason: "A better support desk." })).noticeId;
const row = (id: string) => env.DB.prepare("select status, reason, json_extract(proposed, '$.name') as name from notices where id = ?").bind(id).first<{ status: string; reason: string; name: string }>();
const entries = async (kind: string, ref: string) =>
  (await listEvidence(db)).filter((e) => e.kind === kind && e.ref === ref).map((e) => ({ actor: e.actor, payload: JSON.parse(e.payload) as unknown }));
const code = (result: Result<unknown>) => (result.ok ? "ok" : result.error.code);

async function published(name: string) {
  const noticeId = await draft(name);
  orThrow(await notices().publish({ ...(await session()), noticeId }));
  await runDurableObjectAlarm(noticeClock(env, noticeId));
  return noticeId;
}

beforeAll(async () => {
  await upsertAdmin(db, ADMIN, "vendor_admin", Date.now());
});

describe("draft notices", () => {
  it("are rewritten with the same checks as a new draft, and the evidence keeps the text before and after", async () => {
    const noticeId = await draft("Draft Desk");
    // Saving it again under its own name is no clash with itself.
    orThrow(await notices().editDraft({ ...(await session()), noticeId, changeKind: "add", proposed, reason: "A better support desk." }));
    orThrow(await notices().editDraft({ ...(await session()), noticeId, changeKind: "add", proposed: { ...proposed, name: "Draft Desk Pro" }, reason: "The paid plan." }));
    expect(await row(noticeId)).toEqual({ status: "draft", reason: "The paid plan.", name: "Draft Desk Pro" });
    const [, second] = await entries("notice.draft_edited", noticeId);
    expect(second).toMatchObject({ actor: ADMIN, payload: { before: { reason: "A better support desk.", proposed: { name: "Draft Desk" } }, after: { reason: "The paid plan.", proposed: { name: "Draft Desk Pro" } } } });
    // Another draft's name is still refused.
    const other = await draft("Other Desk");
    expect(code(await notices().editDraft({ ...(await session()), noticeId: other, changeKind: "add", proposed: { ...proposed, name: "Draft Desk Pro" }, reason: "Same." }))).toBe("name_confusable");
  });

  it("are deleted for good, with their text kept in the evidence log", async () => {
    const noticeId = await draft("Doomed Desk");
    orThrow(await notices().deleteDraft({ ...(await session()), noticeId }));
    expect(await row(noticeId)).toBeNull();
    expect(await entries("notice.draft_deleted", noticeId)).toMatchObject([{ actor: ADMIN, payload: { changeKind: "add", proposed: { name: "Doomed Desk" }, reason: "A better support desk." } }]);
    expect(code(await notices().deleteDraft({ ...(await session()), noticeId }))).toBe("not_found");
  });

  it("refuse an edit or a deletion once published, and leave the notice as it was published", async () => {
    const noticeId = await published("Published Desk");
    expect(code(await notices().editDraft({ ...(await session()), noticeId, changeKind: "add", proposed: { ...proposed, name: "Sneaky Desk" }, reason: "Rewritten." }))).toBe("notice_not_draft");
    expect(code(await notices().deleteDraft({ ...(await session()), noticeId }))).toBe("notice_not_draft");
    expect(await row(noticeId)).toEqual({ status: "published", reason: "A better support desk.", name: "Published Desk" });
    expect(await entries("notice.draft_edited", noticeId)).toEqual([]);
  });

  it("never change a notice published while the edit was under way: the edit is a 409 and leaves no evidence", async () => {
    // The edit's own batch, as it runs once its checks passed but a publication landed first.
    const raced = await published("Raced Desk");
    const edit = rewriteDraft(db, raced, { changeKind: "add", subprocessorId: "sp_raced", proposed: { ...proposed, name: "Rewritten Desk" }, reason: "Too late.", proposedFrench: null, reasonFrench: null }, Date.now());
    await expect(writeWithEvidence(db, [edit, abortBatchUnlessChanged(db)], [{ at: Date.now(), kind: "notice.draft_edited", ref: raced, actor: ADMIN, payload: {} }])).rejects.toThrow();
    expect(await row(raced)).toEqual({ status: "published", reason: "A better support desk.", name: "Raced Desk" });
    expect(await entries("notice.draft_edited", raced)).toEqual([]);

    // Both at once through the API, several times: whichever lands first, the published text is
    // the one the evidence says, and a losing edit is told why.
    for (let i = 0; i < 4; i++) {
      const noticeId = await draft(`Racing Desk ${i}`);
      const [publish, edit] = await Promise.all([
        notices().publish({ ...(await session()), noticeId }),
        notices().editDraft({ ...(await session()), noticeId, changeKind: "add", proposed: { ...proposed, name: `Edited Desk ${i}` }, reason: "Edited." }),
      ]);
      expect(publish.ok).toBe(true);
      const shown = await row(noticeId);
      if (edit.ok) {
        expect(shown).toEqual({ status: "published", reason: "Edited.", name: `Edited Desk ${i}` });
        expect(await entries("notice.draft_edited", noticeId)).toHaveLength(1);
      } else {
        expect(edit.error).toMatchObject({ code: "notice_not_draft", status: 409 });
        expect(shown).toEqual({ status: "published", reason: "A better support desk.", name: `Racing Desk ${i}` });
        expect(await entries("notice.draft_edited", noticeId)).toEqual([]);
      }
    }
  });

  it("refuse a forged form: the anti-CSRF value is checked", async () => {
    const noticeId = await draft("Guarded Desk");
    const { sessionToken } = await session();
    expect(code(await notices().deleteDraft({ sessionToken, csrf: "forged", noticeId }))).toBe("csrf_failed");
    expect(await row(noticeId)).toMatchObject({ status: "draft" });
  });
});
