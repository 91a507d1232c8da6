import { demoEvents } from "@/workers/domain/demo-schedule";
import type { CalendarEvent, CalendarRange, CalendarSource } from "./types";

/** What people did at a demo panel: the demo day is the same every day, so their changes are kept beside it. */
interface DemoChanges {
  booked: CalendarEvent[];
  /** New ends of meetings, extended or ended early, by event id. */
  ends: Record<string, number>;
  declined: string[];
}

export interface DemoChangeStore {
  load(): DemoChanges;
  save(changes: DemoChanges): void;
}

/**
 * The demo calendar as a tablet adapter: the domain's demo day of meetings, in the room's zone,
 * with the panel's own bookings, new ends and declines laid over it from the tablet's storage, so
 * booking, extending, ending and releasing can be tried at `npm start` without a calendar account.
 */
export function demoSource({ timeZone, changes }: { timeZone: string; changes: DemoChangeStore; now?: () => number }): CalendarSource {
  const update = (change: (current: DemoChanges) => DemoChanges) => changes.save(change(changes.load()));
  return {
    kind: "demo",
    async events(range: CalendarRange) {
      const { booked, ends, declined } = changes.load();
      return [...demoEvents(range, timeZone), ...booked]
        .map((e) => ({ ...e, end: ends[e.id] ?? e.end, status: declined.includes(e.id) ? ("cancelled" as const) : e.status }))
        .filter((e) => e.end > range.from && e.start < range.to);
    },
    writes: {
      async book({ start, end, subject }) {
        const id = `demo-booking-${start}`;
        update((c) => ({ ...c, booked: [...c.booked.filter((e) => e.id !== id), { id, start, end, allDay: false, subject, isPrivate: false, status: "confirmed", showAs: "busy" }] }));
        return id;
      },
      async setEnd(eventId, end) {
        update((c) => ({ ...c, ends: { ...c.ends, [eventId]: end } }));
      },
      async remove(eventId) {
        update((c) => ({ ...c, booked: c.booked.filter((e) => e.id !== eventId) }));
      },
      async decline(eventId) {
        update((c) => ({ ...c, declined: [...c.declined, eventId] }));
      },
    },
  };
}
