import { isUniqueViolation } from "@/db/client";
import { deletePairingCodesOf, findDisplay, insertPairingCode, PAIRING_CODE_KEY } from "@/db/queries/rooms";
import type { OrgAdminIdentity } from "../auth/session";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";

const PAIRING_CODE_TTL_MS = 15 * 60_000;
// No 0/O, 1/I/L: a code is read off one screen and typed on another.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A fresh six-character code for one display; any earlier code for it stops working. */
export async function createPairingCode(ctx: CoreContext, admin: OrgAdminIdentity, input: { id: string }) {
  if (!(await findDisplay(ctx.db, admin.orgId, input.id))) throw new AppError("not_found");
  const now = ctx.clock.now();
  const expiresAt = now + PAIRING_CODE_TTL_MS;
  for (let attempt = 1; ; attempt++) {
    const bytes = crypto.getRandomValues(new Uint8Array(6));
    const code = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
    try {
      await ctx.db.batch([
        deletePairingCodesOf(ctx.db, admin.orgId, input.id),
        insertPairingCode(ctx.db, { code, displayId: input.id, orgId: admin.orgId, expiresAt, createdAt: now }),
      ]);
      return { code: `${code.slice(0, 3)}-${code.slice(3)}`, expiresAt };
    } catch (error) {
      // Another display holds the same random code right now (one in ~900 million per live
      // code): the admin did nothing wrong, so draw again rather than answer an error.
      if (!isUniqueViolation(error, PAIRING_CODE_KEY) || attempt >= 3) throw error;
    }
  }
}
