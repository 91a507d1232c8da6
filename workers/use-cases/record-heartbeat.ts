import { verifyDeviceToken } from "../auth/device";
import type { CoreContext } from "../core/context";
import { orThrow } from "../errors";
import { roomBoard } from "../objects/room-board";

/** A tablet's report: its token says which display of which organisation; the body says only occupied or not. */
export async function recordHeartbeat(ctx: CoreContext, input: { deviceToken: string; occupied: boolean }) {
  const device = await verifyDeviceToken(ctx, input.deviceToken);
  const result = await roomBoard(ctx.env, device.orgId).heartbeat({
    orgId: device.orgId,
    displayId: device.displayId,
    tokenVersion: device.tokenVersion,
    occupied: input.occupied,
    now: ctx.clock.now(),
  });
  return orThrow(result);
}
