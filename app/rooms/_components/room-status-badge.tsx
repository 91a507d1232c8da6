import type { Lang } from "@/app/_lib/i18n/lang";
import type { RoomStatus } from "@/workers/domain/room-status";
import { statusBadgeClass } from "./status-badge-class";

const LABELS: Record<Lang, Record<RoomStatus, string>> = {
  en: { available: "Available", occupied: "Occupied", unknown: "Status unknown", offline: "Offline" },
  fr: { available: "Libre", occupied: "Occupée", unknown: "État inconnu", offline: "Hors ligne" },
};

export function statusLabel(status: RoomStatus, lang: Lang): string {
  return LABELS[lang][status];
}

/** Colour, a symbol and the word: never colour alone. `data-status` lets live updates restyle it. */
export function RoomStatusBadge({ status, lang }: { status: RoomStatus; lang: Lang }) {
  return (
    <span className={statusBadgeClass(status)} data-status={status}>
      {LABELS[lang][status]}
    </span>
  );
}
