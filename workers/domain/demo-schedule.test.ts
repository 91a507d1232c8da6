import { describe, expect, it } from "vitest";
import { DEMO_MEETINGS, demoEvents } from "./demo-schedule";
import { occupancyAt } from "./occupancy";

const day = { from: Date.UTC(2026, 10, 22, 23, 0), to: Date.UTC(2026, 10, 23, 23, 0) }; // Monday in Paris

describe("demo schedule", () => {
  it("is the same list every time, with stable ids, in the room's time zone", () => {
    const a = demoEvents(day, "Europe/Paris");
    expect(demoEvents(day, "Europe/Paris")).toEqual(a);
    expect(a).toHaveLength(DEMO_MEETINGS.length + 1);
    const planning = a.find((e) => e.subject === "Weekly planning")!;
    expect(planning.id).toBe("demo-2026-11-23-0900");
    expect(new Date(planning.start).toISOString()).toBe("2026-11-23T08:00:00.000Z");
  });

  it("drives the panel through its states", () => {
    const events = demoEvents(day, "Europe/Paris");
    const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+01:00`);
    expect(occupancyAt(events, at("08:58"))).toMatchObject({ occupied: false, next: { subject: "Weekly planning" } });
    expect(occupancyAt(events, at("09:01"))).toMatchObject({ occupied: true, freeAt: at("10:30") });
    expect(occupancyAt(events, at("11:40"))).toMatchObject({ occupied: true, current: { status: "tentative" } });
    expect(occupancyAt(events, at("13:10")).current).toMatchObject({ isPrivate: true });
    expect(occupancyAt(events, at("16:10")).occupied).toBe(false); // cancelled
  });

  it("keeps local times across the DST change", () => {
    const spring = demoEvents({ from: Date.UTC(2026, 2, 28, 23, 0), to: Date.UTC(2026, 2, 29, 22, 0) }, "Europe/Paris");
    expect(new Date(spring.find((e) => e.subject === "Weekly planning")!.start).toISOString()).toBe("2026-03-29T07:00:00.000Z");
  });
});
