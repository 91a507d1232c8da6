import type { CoreContext } from "../core/context";
import { AppError } from "../errors";
import { verifyToken } from "./tokens";
import { VerifiedDeviceTokens } from "./verified-device-tokens";

export interface DeviceIdentity {
  displayId: string;
  orgId: string;
  tokenVersion: number;
  expiresAt: number;
}

/** One per isolate: every heartbeat of a tablet carries the token it was paired with. */
const verified = new VerifiedDeviceTokens<DeviceIdentity>();

/**
 * Checks a device token's signature, audience and expiry (once per isolate and token, then only
 * its expiry: verified-device-tokens.ts). Whether its version is still current is checked where
 * the display's state lives (its organisation's RoomBoard, or D1 for the config), on every call.
 * Every failure is the same 401: a tablet can only be told to pair again.
 */
export async function verifyDeviceToken(ctx: CoreContext, deviceToken: string): Promise<DeviceIdentity> {
  const secret = ctx.config.AUTH_SECRET;
  const now = ctx.clock.now();
  const known = verified.get(secret, deviceToken, now);
  if (known) return known;
  const identity = await checkDeviceToken(secret, deviceToken, now);
  verified.remember(secret, deviceToken, identity);
  return identity;
}

async function checkDeviceToken(secret: string, deviceToken: string, now: number): Promise<DeviceIdentity> {
  const claims = await verifyToken(secret, "display", deviceToken, now).catch(() => {
    throw new AppError("device_unauthorized");
  });
  const orgId = claims.ctx.org;
  const tokenVersion = Number(claims.ctx.v);
  if (!orgId || !Number.isInteger(tokenVersion)) throw new AppError("device_unauthorized");
  return { displayId: claims.sub, orgId, tokenVersion, expiresAt: claims.exp * 1000 };
}
