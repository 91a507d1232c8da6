import type { DeviceIdentity } from "../auth/device";
import type { CoreContext } from "../core/context";
import type { CalendarHealth } from "../domain/room-board";
import { orThrow } from "../errors";
import { sendHeartbeat } from "../objects/room-board-heartbeats";

/** A tablet's report: its verified device token says which display of which organisation; the body says only occupied or not, and its calendar health. */
export async function recordHeartbeat(ctx: CoreContext, device: DeviceIdentity, input: { occupied: boolean; calendarHealth?: CalendarHealth }) {
  const result = await sendHeartbeat(ctx, {
    orgId: device.orgId,
    displayId: device.displayId,
    tokenVersion: device.tokenVersion,
    occupied: input.occupied,
    calendarHealth: input.calendarHealth,
    now: ctx.clock.now(),
  });
  return orThrow(result);
}
