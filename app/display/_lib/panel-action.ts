import { conflictsIn, endNowAt, extendChoices, startOfMinute } from "@/workers/domain/panel-actions";
import { calendarReadRange } from "../_calendar/call-budget";
import type { CalendarEvent, CalendarSource, NewBooking } from "../_calendar/types";

/**
 * A person's action at the panel, done so it can never double-book: the room's calendar is read
 * again first and the action decided on what it says now (the panel's copy may be two minutes
 * old); a booking is read back after it is written and taken out again if anything else holds the
 * room by then, because neither Graph nor Google refuses an overlapping event written straight
 * into a calendar. Every outcome carries the fresh schedule, so the panel shows it at once.
 */
export type ActionOutcome =
  /** `undo` is absent on the outcome of an undo: one step back is what the panel offers. */
  | { kind: "done"; events: CalendarEvent[]; eventId: string; undo?: () => Promise<ActionOutcome> }
  | { kind: "conflict"; events: CalendarEvent[]; conflicts: CalendarEvent[] }
  | { kind: "gone"; events: CalendarEvent[] };

interface Deps {
  source: CalendarSource;
  now: () => number;
}

const read = ({ source, now }: Deps) => source.events(calendarReadRange(now()));

/** Books the room from the current minute to `end`, unless the fresh schedule has it taken by then. */
export async function bookNow(deps: Deps, { end, subject }: Omit<NewBooking, "start">): Promise<ActionOutcome> {
  const span = { start: startOfMinute(deps.now()), end };
  const before = await read(deps);
  const taken = conflictsIn(before, span);
  if (taken.length > 0) return { kind: "conflict", events: before, conflicts: taken };
  const eventId = await deps.source.writes.book({ ...span, subject });
  const after = await read(deps);
  const raced = conflictsIn(after, span, eventId);
  if (raced.length > 0) {
    await deps.source.writes.remove(eventId);
    return { kind: "conflict", events: after.filter((e) => e.id !== eventId), conflicts: raced };
  }
  const undo = async (): Promise<ActionOutcome> => {
    await deps.source.writes.remove(eventId);
    return { kind: "done", events: await read(deps), eventId };
  };
  return { kind: "done", events: after, eventId, undo };
}

/** Runs the meeting `minutes` longer, if the fresh schedule still leaves the room free after it. */
export async function extendMeeting(deps: Deps, eventId: string, minutes: number): Promise<ActionOutcome> {
  const events = await read(deps);
  const meeting = events.find((e) => e.id === eventId);
  if (!meeting) return { kind: "gone", events };
  const choice = extendChoices(events, meeting, deps.now()).find((c) => c.minutes === minutes);
  if (!choice) return { kind: "conflict", events, conflicts: conflictsIn(events, { start: meeting.end, end: meeting.end + minutes * 60_000 }, eventId) };
  return moveEnd(deps, meeting, choice.end);
}

/** Ends the running meeting at the current minute; undo puts its end back while the room is still free then. */
export async function endMeetingNow(deps: Deps, eventId: string): Promise<ActionOutcome> {
  const events = await read(deps);
  const meeting = events.find((e) => e.id === eventId);
  const end = meeting ? endNowAt(meeting, deps.now()) : null;
  if (!meeting || end === null) return { kind: "gone", events };
  return moveEnd(deps, meeting, end);
}

async function moveEnd(deps: Deps, meeting: CalendarEvent, end: number): Promise<ActionOutcome> {
  await deps.source.writes.setEnd(meeting.id, end);
  const undo = async (): Promise<ActionOutcome> => {
    const events = await read(deps);
    // Taking back an early end gives the meeting its time again: only if nobody booked it since.
    const taken = end < meeting.end ? conflictsIn(events, { start: end, end: meeting.end }, meeting.id) : [];
    if (taken.length > 0) return { kind: "conflict", events, conflicts: taken };
    await deps.source.writes.setEnd(meeting.id, meeting.end);
    return { kind: "done", events: await read(deps), eventId: meeting.id };
  };
  return { kind: "done", events: await read(deps), eventId: meeting.id, undo };
}
