import { isUniqueViolation } from "@/db/client";
import { DISPLAY_NAME_KEY, findDisplay, insertDisplays, listDisplayNames, updateDisplay } from "@/db/queries/rooms";
import type { OrgAdminIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";
import { displayForm } from "../core/rooms.schema";
import { lookAlike } from "../domain/names";
import { AppError } from "../errors";
import { ownIssue } from "../field-issue-words";
import { newId } from "../ids";
import { roomBoard } from "../objects/room-board";

/**
 * Adds a display (no id) or changes one of the admin's organisation. Names are unique per
 * organisation, and no name may look like another one there (people pick a room by its name).
 */
export async function saveDisplay(ctx: CoreContext, admin: OrgAdminIdentity, input: { id?: string; fields: Record<string, string> }) {
  const fields = displayForm.parse(input.fields);
  const now = ctx.clock.now();
  const others = (await listDisplayNames(ctx.db, admin.orgId)).filter((display) => display.id !== input.id);
  if (others.some((display) => display.name === fields.name)) throw nameTaken(fields.name);
  const similar = lookAlike(fields.name, others);
  if (similar) {
    throw new AppError("name_confusable", [ownIssue({ path: "name", code: "confusable", params: { name: similar.name, among: "existing" } })]);
  }
  let id = input.id;
  try {
    if (id) {
      if (!(await findDisplay(ctx.db, admin.orgId, id))) throw new AppError("not_found");
      await updateDisplay(ctx.db, admin.orgId, id, fields, now);
    } else {
      id = newId("dsp");
      const [insert] = insertDisplays(ctx.db, [{ id, orgId: admin.orgId, ...fields, tokenVersion: 1, pairedAt: null, createdAt: now, updatedAt: now }]);
      await insert;
    }
  } catch (error) {
    // A twin request took the name between the check above and this write.
    if (isUniqueViolation(error, DISPLAY_NAME_KEY)) throw nameTaken(fields.name);
    throw error;
  }
  await roomBoard(ctx.env, admin.orgId).sync({ orgId: admin.orgId });
  return { id };
}

function nameTaken(name: string) {
  return new AppError("display_name_taken", [ownIssue({ path: "name", code: "taken", params: { name } })]);
}
