import type { Lang } from "../../_lib/i18n/lang";

export type RoomStatus = "available" | "occupied" | "unknown" | "offline";

const LABELS: Record<Lang, Record<RoomStatus, string>> = {
  en: { available: "Available", occupied: "Occupied", unknown: "Status unknown", offline: "Offline" },
  fr: { available: "Libre", occupied: "Occupée", unknown: "État inconnu", offline: "Hors ligne" },
};

const CLASS: Record<RoomStatus, string> = { available: "badge-ok", occupied: "badge-bad", unknown: "badge-unknown", offline: "badge-neutral" };

export function statusLabel(status: RoomStatus, lang: Lang): string {
  return LABELS[lang][status];
}

/** Colour, a symbol and the word: never colour alone. `data-status` lets live updates restyle it. */
export function RoomStatusBadge({ status, lang }: { status: RoomStatus; lang: Lang }) {
  return (
    <span className={`badge room-status ${CLASS[status]}`} data-status={status}>
      {LABELS[lang][status]}
    </span>
  );
}

export function roomStatusOf(live: { online: boolean; occupied: boolean; known: boolean }): RoomStatus {
  return !live.online ? "offline" : !live.known ? "unknown" : live.occupied ? "occupied" : "available";
}
