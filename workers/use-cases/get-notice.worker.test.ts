import { env } from "cloudflare:test";
import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { enqueueNoticeFanout } from "@/db/queries/emails";
import { emailDeliveries, subscribers } from "@/db/schema";
import { createContext } from "../core/context";
import { newId } from "../ids";
import { insertNotice } from "../test/notice-fixture";
import { DELIVERIES_SHOWN, getNotice } from "./get-notice";

const db = createDb(env.DB);

describe("a notice's emails on the admin page", () => {
  it("counts every email, and lists a readable share with the ones that need attention first", async () => {
    const now = Date.now();
    const noticeId = await insertNotice(db, { at: now });
    const rows = Array.from({ length: 250 }, (_, i) => ({ id: newId("sub"), email: `p${i}.${noticeId}@customer.test`, lang: "en" as const, status: "confirmed" as const, createdAt: now, confirmedAt: now }));
    for (let i = 0; i < rows.length; i += 15) await db.insert(subscribers).values(rows.slice(i, i + 15));
    expect(await enqueueNoticeFanout(db, noticeId, now)).toBe(250);
    const owed = await db.select({ id: emailDeliveries.id }).from(emailDeliveries).all();
    const late = owed.slice(-3).map((r) => r.id);
    await db.update(emailDeliveries).set({ status: "failed", attempts: 8, lastError: "500 internal_server_error" }).where(inArray(emailDeliveries.id, late));
    // D1 binds at most 100 values per statement.
    for (let i = 0; i < 100; i += 50) {
      await db.update(emailDeliveries).set({ status: "sent", sentAt: now }).where(inArray(emailDeliveries.id, owed.slice(i, i + 50).map((r) => r.id)));
    }

    const shown = await getNotice(await createContext(env), noticeId);
    expect(shown.deliveryCounts).toEqual({ sent: 100, pending: 147, failed: 3 });
    expect(shown.deliveries).toHaveLength(DELIVERIES_SHOWN);
    expect(shown.deliveries.slice(0, 3).map((d) => d.id).sort()).toEqual([...late].sort());
    expect(shown.deliveries.slice(3, 150).every((d) => d.status === "pending")).toBe(true);
    expect(shown.deliveries.slice(150).every((d) => d.status === "sent")).toBe(true);
  });
});
