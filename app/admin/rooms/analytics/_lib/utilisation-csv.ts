import { toCsv } from "@/app/subprocessors/_feeds/csv";
import type { RoomUtilisation, UtilisationSummary } from "@/workers/domain/utilisation";

/**
 * The hour-of-week columns run Monday first (mon_00 … sun_23), as a working week reads in a
 * spreadsheet, although `byHourOfWeek` is indexed Sunday first (weekday * 24 + hour, as
 * JavaScript counts weekdays). Hours are the room's local hours.
 */
const CSV_DAYS = [
  { prefix: "mon", weekday: 1 },
  { prefix: "tue", weekday: 2 },
  { prefix: "wed", weekday: 3 },
  { prefix: "thu", weekday: 4 },
  { prefix: "fri", weekday: 5 },
  { prefix: "sat", weekday: 6 },
  { prefix: "sun", weekday: 0 },
];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

const HOUR_COLUMNS = CSV_DAYS.flatMap(({ prefix, weekday }) =>
  HOURS.map((hour) => ({ name: `${prefix}_${String(hour).padStart(2, "0")}`, index: weekday * 24 + hour })),
);

const HEADER = [
  "display_id",
  "name",
  "business_samples",
  "occupied_share",
  "offline_share",
  "rarely_used",
  "often_offline",
  ...HOUR_COLUMNS.map((column) => column.name),
];

/**
 * One row per room, in the summary's order. Shares are decimals with three digits (0.125), empty
 * when there is no data, so a spreadsheet tells "never occupied" (0.000) from "unknown". Column
 * names and values stay English and machine-readable whatever the admin's language.
 */
export function utilisationCsv(result: UtilisationSummary): string {
  return toCsv(HEADER, result.rooms.map(roomRow));
}

function roomRow(room: RoomUtilisation): string[] {
  return [
    room.displayId,
    room.name,
    String(room.businessSamples),
    share(room.occupiedShare),
    share(room.offlineShare),
    String(room.rarelyUsed),
    String(room.oftenOffline),
    ...HOUR_COLUMNS.map((column) => share(room.byHourOfWeek[column.index] ?? null)),
  ];
}

function share(value: number | null): string {
  return value === null ? "" : value.toFixed(3);
}
