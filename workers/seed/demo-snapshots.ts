import { demoEvents } from "../domain/demo-schedule";
import { occupancyAt } from "../domain/occupancy";
import { nextQuarterHour, SNAPSHOT_EVERY_MS } from "../domain/room-board";

/**
 * Two weeks of past snapshots for the demo rooms, so the utilisation page has something to show
 * on `npm start`. Made from the same demo schedule the tablets read (busier rooms skip fewer of
 * its meetings), with one room that is often offline. Business hours only, to stay small.
 */
export function demoSnapshots(orgId: string, rooms: { id: string; name: string }[], now: number, days = 14) {
  const end = nextQuarterHour(now) - SNAPSHOT_EVERY_MS;
  const start = end - days * 86_400_000;
  const events = demoEvents({ from: start - 86_400_000, to: end + 86_400_000 }, "Europe/Paris");
  const rows = [];
  for (const [index, room] of rooms.entries()) {
    for (let at = start; at <= end; at += SNAPSHOT_EVERY_MS) {
      const local = new Date(at + 3600_000); // Paris in winter is UTC+1; close enough for demo data
      const hour = local.getUTCHours();
      const weekday = local.getUTCDay();
      if (weekday === 0 || weekday === 6 || hour < 8 || hour >= 18) continue;
      // Deterministic variety: room i skips every (i+2)-th meeting slot; the last room is often offline.
      const slot = Math.floor(at / SNAPSHOT_EVERY_MS);
      const online = !(index === rooms.length - 1 && slot % 3 === 0);
      const occupied = online && occupancyAt(events, at).occupied && slot % (index + 2) !== 0;
      rows.push({ orgId, displayId: room.id, name: room.name, online, occupied, takenAt: at });
    }
  }
  return rows;
}
