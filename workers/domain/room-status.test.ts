import { describe, expect, it } from "vitest";
import { compareRooms, roomStatusOf } from "./room-status";

describe("a room's status", () => {
  it("is offline when the display is offline or has never reported, whatever else it says", () => {
    expect(roomStatusOf(undefined)).toBe("offline");
    expect(roomStatusOf({ online: false, occupied: true, known: true })).toBe("offline");
    expect(roomStatusOf({ online: false, occupied: false, known: false })).toBe("offline");
  });

  it("is unknown when the schedule is too old, even if it says occupied", () => {
    expect(roomStatusOf({ online: true, occupied: true, known: false })).toBe("unknown");
    expect(roomStatusOf({ online: true, occupied: false, known: false })).toBe("unknown");
  });

  it("is occupied or available from a trusted schedule", () => {
    expect(roomStatusOf({ online: true, occupied: true, known: true })).toBe("occupied");
    expect(roomStatusOf({ online: true, occupied: false, known: true })).toBe("available");
  });
});

describe("the order of rooms", () => {
  it("puts free rooms first, then occupied, unknown and offline, then names in natural order", () => {
    const rooms = [
      { name: "Room 10", status: "available" as const },
      { name: "Attic", status: "offline" as const },
      { name: "Room 9", status: "available" as const },
      { name: "Cellar", status: "unknown" as const },
      { name: "Board", status: "occupied" as const },
    ];
    expect(rooms.sort(compareRooms).map((r) => r.name)).toEqual(["Room 9", "Room 10", "Board", "Cellar", "Attic"]);
  });
});
