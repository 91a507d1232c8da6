/**
 * What a room finder shows for one room, and in which order: the finder page, the admin list and
 * the finder's live script all derive it here, so a row never jumps when the live script re-sorts.
 */

/** The four states a room can be shown in, in the order people want them (free rooms first). */
const ROOM_STATUSES = ["available", "occupied", "unknown", "offline"] as const;
export type RoomStatus = (typeof ROOM_STATUSES)[number];

/** What the room board knows of a display; undefined when it has never reported. */
export interface LiveRoomState {
  online: boolean;
  occupied: boolean;
  /** False when the tablet's schedule is older than the organisation's limit. */
  known: boolean;
}

/** A room's status from the board: a schedule that says nothing reliable is neither free nor taken. */
export function roomStatusOf(live: LiveRoomState | undefined): RoomStatus {
  return !live?.online ? "offline" : !live.known ? "unknown" : live.occupied ? "occupied" : "available";
}

/** Names in the order people expect ("Room 9" before "Room 10"); one collator, not one per comparison. */
const byName = new Intl.Collator("en", { numeric: true });

/** Free rooms first, then by name: the order of every room list. */
export function compareRooms(a: { status: RoomStatus; name: string }, b: { status: RoomStatus; name: string }): number {
  return ROOM_STATUSES.indexOf(a.status) - ROOM_STATUSES.indexOf(b.status) || byName.compare(a.name, b.name);
}
