import { intlLocales, type Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";

type Health = "ok" | "stale" | "needs_sign_in" | "error";

const CLASS: Record<Health | "none", string> = { ok: "badge-ok", stale: "badge-warn", needs_sign_in: "badge-bad", error: "badge-bad", none: "badge-neutral" };

/**
 * How a display is doing at reading its calendar, in words (the badge's symbol and colour only
 * repeat them), with the time it has been so in the display's own zone when it needs attention.
 */
export function CalendarHealthBadge({ health, since, timeZone, lang }: { health: Health | null; since: number | null; timeZone: string; lang: Lang }) {
  const t = translator(lang, "adminRooms");
  const key = health ?? "none";
  const time = since !== null ? new Intl.DateTimeFormat(intlLocales[lang], { timeZone, hour: "2-digit", minute: "2-digit" }).format(since) : null;
  return (
    <span className={`badge calendar-health ${CLASS[key]}`} data-health={key}>
      {t(`health.${key}`)}
      {health !== null && health !== "ok" && time !== null ? ` · ${t("healthSince", { time })}` : ""}
    </span>
  );
}
