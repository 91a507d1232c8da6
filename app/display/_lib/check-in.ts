import { occupancyAt } from "@/workers/domain/occupancy";
import { meetingsToRelease, releaseAt } from "@/workers/domain/panel-actions";
import type { CalendarEvent } from "../_calendar/types";

/**
 * Check-in (auto-release): when a display requires it, a meeting nobody checked in to within N
 * minutes of its start no longer holds the room. Decided on the tablet, like everything about
 * meetings; the server only hears the resulting `occupied`.
 */
export function panelState(events: CalendarEvent[], now: number, checkInMinutes: number | null, checkedIn: ReadonlySet<string>) {
  const released = new Set(meetingsToRelease(events, now, checkInMinutes, { checkedIn, released: new Set() }).map((e) => e.id));
  const holding = events.filter((e) => !released.has(e.id));
  const occupancy = occupancyAt(holding, now);
  const current = occupancy.current;
  const awaitingCheckIn =
    checkInMinutes !== null && current !== null && !current.allDay && !checkedIn.has(current.id) ? { eventId: current.id, deadline: releaseAt(current, checkInMinutes)! } : null;
  return { ...occupancy, released: released.size > 0 && !occupancy.occupied, awaitingCheckIn };
}
