import type { CoreContext } from "../core/context";
import { AppError } from "../errors";
import { verifyToken } from "./tokens";

export interface DeviceIdentity {
  displayId: string;
  orgId: string;
  tokenVersion: number;
  expiresAt: number;
}

/**
 * Checks a device token's signature, audience and expiry. Whether its version is still current is
 * checked where the display's state lives (its organisation's RoomBoard, or D1 for the config).
 * Every failure is the same 401: a tablet can only be told to pair again.
 */
export async function verifyDeviceToken(ctx: CoreContext, deviceToken: string): Promise<DeviceIdentity> {
  const claims = await verifyToken(ctx.config.AUTH_SECRET, "display", deviceToken, ctx.clock.now()).catch(() => {
    throw new AppError("device_unauthorized");
  });
  const orgId = claims.ctx.org;
  const tokenVersion = Number(claims.ctx.v);
  if (!orgId || !Number.isInteger(tokenVersion)) throw new AppError("device_unauthorized");
  return { displayId: claims.sub, orgId, tokenVersion, expiresAt: claims.exp * 1000 };
}
