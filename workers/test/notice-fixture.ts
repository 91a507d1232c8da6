import type { Db } from "@/db/client";
import { writeWithEvidence } from "@/db/queries/evidence";
import { notices } from "@/db/schema";
import { newId } from "../ids";

/**
 * A notice row as the clock would have written it, with its publication's evidence (which notice
 * emails carry a receipt of), for tests that need one without its Durable Object.
 */
export async function insertNotice(
  db: Db,
  { status = "published", at = Date.now(), reason = "Testing delivery.", french = {} }: { status?: (typeof notices.$inferInsert)["status"]; at?: number; reason?: string; french?: Pick<typeof notices.$inferInsert, "proposedFrench" | "reasonFrench"> } = {},
): Promise<string> {
  const id = newId("ntc");
  const row = db.insert(notices).values({
    id,
    changeKind: "add",
    subprocessorId: `sp_${id.slice(4, 14)}`,
    proposed: { name: "Acme Mail", legalEntity: "Acme Mail SAS", purpose: "Email", location: "France", dataCategories: ["Email addresses"], transferMechanism: "EEA", website: "https://acme.example" },
    reason,
    ...french,
    status,
    createdAt: at,
    createdBy: "test",
    publishedAt: at,
    objectionDeadline: at + 15 * 86_400_000,
    effectiveAt: at + 30 * 86_400_000,
    updatedAt: at,
  });
  const evidence = status === "draft" ? [] : [{ at, kind: "notice.published", ref: id, actor: "test", payload: { noticeId: id } }];
  await writeWithEvidence(db, [row], evidence);
  return id;
}
