import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { insertNotice } from "@/db/queries/notices";
import { addSubprocessor } from "@/db/queries/subprocessors";
import { createContext } from "../core/context";
import { newId } from "../ids";
import { listNotices } from "./list-notices";

const facts = { legalEntity: "Intercom R&D Unlimited Company", purpose: "Customer support chat", location: "Ireland", dataCategories: ["Contact details"], transferMechanism: "Processing within the EEA", website: "https://www.intercom.com" };

describe("the admin's notice list", () => {
  it("names the subprocessor a removal is about, not its id", async () => {
    const ctx = await createContext(env);
    const subprocessorId = `sp_${newId("ntc").slice(4, 14)}`;
    await addSubprocessor(ctx.db, subprocessorId, { name: "Intercom", ...facts }, Date.now());
    const noticeId = newId("ntc");
    await insertNotice(ctx.db, { id: noticeId, changeKind: "remove", subprocessorId, proposed: {}, reason: "We no longer offer chat support.", status: "draft", createdAt: Date.now(), createdBy: "test", updatedAt: Date.now() });
    const listed = (await listNotices(ctx)).find((notice) => notice.id === noticeId);
    expect(listed?.subprocessorName).toBe("Intercom");
  });

  it("names an addition by the name it proposes", async () => {
    const ctx = await createContext(env);
    const noticeId = newId("ntc");
    const subprocessorId = `sp_${noticeId.slice(4, 14)}`;
    await insertNotice(ctx.db, { id: noticeId, changeKind: "add", subprocessorId, proposed: { name: "Mistral AI", ...facts }, reason: "Summaries.", status: "draft", createdAt: Date.now(), createdBy: "test", updatedAt: Date.now() });
    expect((await listNotices(ctx)).find((notice) => notice.id === noticeId)?.subprocessorName).toBe("Mistral AI");
  });
});
