import { forgetExpiredPairingCodes, markPaired, spendPairingCode } from "@/db/queries/rooms";
import { signToken } from "../auth/tokens";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";
import { roomBoard } from "../objects/room-board";
import { allowByRateLimit } from "../rate-limit";

/** A tablet trades a pairing code, once, for its device token (audience "display"). */
export async function pairDisplay(ctx: CoreContext, input: { code: string; client: string }) {
  const now = ctx.clock.now();
  if (!(await allowByRateLimit(ctx, "pairing", input.code, input.client))) throw new AppError("rate_limited");
  await forgetExpiredPairingCodes(ctx.db, now);
  const code = await spendPairingCode(ctx.db, input.code, now);
  if (!code) throw new AppError("pairing_code_invalid");
  const [paired] = await markPaired(ctx.db, code.orgId, code.displayId, now);
  if (!paired) throw new AppError("pairing_code_invalid"); // the display was removed meanwhile
  await roomBoard(ctx.env, code.orgId).sync({ orgId: code.orgId });
  const deviceToken = await signToken(ctx.config.AUTH_SECRET, "display", code.displayId, now, {
    org: code.orgId,
    v: String(paired.tokenVersion),
  });
  return { deviceToken };
}
