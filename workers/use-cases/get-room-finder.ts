import { listDisplays } from "@/db/queries/rooms";
import type { CoreContext } from "../core/context";
import type { FinderInput } from "../core/rooms.schema";
import { orThrow } from "../errors";
import { compareRooms, roomStatusOf } from "../domain/room-status";
import { roomBoard } from "../objects/room-board";
import { authorizeFinder } from "./authorize-finder";

type Filters = NonNullable<FinderInput["filters"]> & { available: boolean; minCapacity: number | null; floor: string; equipment: string };

/** The room finder: an organisation's rooms with their live status, filtered, free rooms first. */
export async function getRoomFinder(ctx: CoreContext, input: { slug: string; key?: string; sessionToken?: string; filters: Filters }) {
  const { org } = await authorizeFinder(ctx, input);
  const [displays, live] = await Promise.all([listDisplays(ctx.db, org.id), roomBoard(ctx.env, org.id).states({ orgId: org.id, now: ctx.clock.now() })]);
  const liveById = new Map(orThrow(live).map((d) => [d.displayId, d]));
  const all = displays.map((d) => ({ id: d.id, name: d.name, capacity: d.capacity, floor: d.floor, building: d.building, equipment: d.equipment, status: roomStatusOf(liveById.get(d.id)) }));
  const { filters } = input;
  const rooms = all
    .filter((r) => !filters.available || r.status === "available")
    .filter((r) => filters.minCapacity === null || r.capacity >= filters.minCapacity)
    .filter((r) => !filters.floor || r.floor === filters.floor)
    .filter((r) => !filters.equipment || r.equipment.includes(filters.equipment))
    .sort(compareRooms);
  return {
    org: { slug: org.slug, name: org.name, lang: org.lang },
    rooms,
    total: all.length,
    counts: { available: all.filter((r) => r.status === "available").length, occupied: all.filter((r) => r.status === "occupied").length, unknown: all.filter((r) => r.status === "unknown").length, offline: all.filter((r) => r.status === "offline").length },
    floors: [...new Set(all.map((r) => r.floor).filter(Boolean))].sort(),
    equipment: [...new Set(all.flatMap((r) => r.equipment))].sort(),
  };
}

export type RoomFinder = Awaited<ReturnType<typeof getRoomFinder>>;
