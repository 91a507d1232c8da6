import type { RoomStatus } from "@/workers/domain/room-status";

/** A status badge's classes, shared by the server-rendered badge and the live script that restyles it. */
export function statusBadgeClass(status: RoomStatus): string {
  return `badge room-status ${BADGE[status]}`;
}

const BADGE: Record<RoomStatus, string> = { available: "badge-ok", occupied: "badge-bad", unknown: "badge-unknown", offline: "badge-neutral" };
