import { findDisplay, findDisplayByName, insertDisplays, updateDisplay } from "../../db/queries/rooms";
import type { OrgAdminIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";
import { displayForm } from "../core/rooms.schema";
import { AppError } from "../errors";
import { newId } from "../ids";
import { roomBoard } from "../objects/room-board";

/** Adds a display (no id) or changes one of the admin's organisation; names are unique per organisation. */
export async function saveDisplay(ctx: CoreContext, admin: OrgAdminIdentity, input: { id?: string; fields: Record<string, string> }) {
  const fields = displayForm.parse(input.fields);
  const now = ctx.clock.now();
  const sameName = await findDisplayByName(ctx.db, admin.orgId, fields.name);
  if (sameName && sameName.id !== input.id) {
    throw new AppError("display_name_taken", [{ path: "name", code: "taken", message: "Another display already has this name." }]);
  }
  let id = input.id;
  if (id) {
    if (!(await findDisplay(ctx.db, admin.orgId, id))) throw new AppError("not_found");
    await updateDisplay(ctx.db, admin.orgId, id, fields, now);
  } else {
    id = newId("dsp");
    const [insert] = insertDisplays(ctx.db, [{ id, orgId: admin.orgId, ...fields, tokenVersion: 1, pairedAt: null, createdAt: now, updatedAt: now }]);
    await insert;
  }
  await roomBoard(ctx.env, admin.orgId).sync({ orgId: admin.orgId });
  return { id };
}
