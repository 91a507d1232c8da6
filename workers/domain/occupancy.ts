import type { CalendarEvent } from "./calendar-event";

/**
 * Whether the room is occupied now, from its schedule. Cancelled meetings (and those the room
 * declined, which the adapters read as cancelled) never hold the room, nor do events shown as free
 * or as working elsewhere: neither puts anyone in the room. Tentative ones do, and so do
 * out-of-office blocks and events whose free/busy is unknown: a room booked but not yet accepted,
 * or closed, is still not free, and showing it free would send people into a meeting.
 */
export function holdsRoom(event: CalendarEvent): boolean {
  return event.status !== "cancelled" && event.showAs !== "free" && event.showAs !== "workingElsewhere" && event.end > event.start;
}

export interface Occupancy {
  occupied: boolean;
  current: CalendarEvent | null;
  next: CalendarEvent | null;
  /** When the room is next free (overlapping and back-to-back meetings merged); null when free now. */
  freeAt: number | null;
}

export function occupancyAt(events: CalendarEvent[], now: number): Occupancy {
  const holding = events.filter(holdsRoom);
  const running = holding.filter((e) => e.start <= now && now < e.end);
  // The meeting that started most recently is the one people are in; ties go to the longest.
  const current = running.sort((a, b) => b.start - a.start || b.end - a.end)[0] ?? null;
  const next =
    holding
      .filter((e) => e.start > now)
      .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id))[0] ?? null;
  return { occupied: current !== null, current, next, freeAt: current ? freeFrom(holding, now) : null };
}

/** Walks forward from now through overlapping or touching meetings until a gap. */
function freeFrom(holding: CalendarEvent[], now: number): number {
  const sorted = [...holding].sort((a, b) => a.start - b.start);
  let until = now;
  let extended = true;
  while (extended) {
    extended = false;
    for (const e of sorted) {
      if (e.start <= until && e.end > until) {
        until = e.end;
        extended = true;
      }
    }
  }
  return until;
}

/** The next instant at which `occupied` flips, so the tablet can report exactly then. */
export function nextChangeAt(events: CalendarEvent[], now: number): number | null {
  const { occupied, freeAt } = occupancyAt(events, now);
  if (occupied) return freeAt;
  const next = events.filter(holdsRoom).filter((e) => e.start > now).sort((a, b) => a.start - b.start)[0];
  return next ? next.start : null;
}
