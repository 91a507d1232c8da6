import { demoEvents } from "@/workers/domain/demo-schedule";
import type { CalendarRange, CalendarSource } from "./types";

/** The demo calendar as a tablet adapter: the domain's demo day of meetings, in the room's zone. */
export function demoSource({ timeZone }: { timeZone: string; now?: () => number }): CalendarSource {
  return {
    kind: "demo",
    async events(range: CalendarRange) {
      return demoEvents(range, timeZone);
    },
  };
}
