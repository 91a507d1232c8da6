import type { Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";

type NoticeStatus = "draft" | "published" | "window_closed" | "effective" | "withdrawn";
const tone: Record<NoticeStatus, string> = { draft: "neutral", published: "warn", window_closed: "warn", effective: "ok", withdrawn: "bad" };

/** Status as text with a shape and a colour, never colour alone. */
export function NoticeBadge({ status, lang }: { status: NoticeStatus; lang: Lang }) {
  return <span className={`badge badge-${tone[status]}`}>{translator(lang, "adminNotices")(`statuses.${status}`)}</span>;
}

type ObjectionStatus = "open" | "resolved" | "termination_right";
const objectionTone: Record<ObjectionStatus, string> = { open: "warn", resolved: "ok", termination_right: "bad" };

export function ObjectionBadge({ status, lang }: { status: ObjectionStatus; lang: Lang }) {
  return <span className={`badge badge-${objectionTone[status]}`}>{translator(lang, "adminObjections")(`statuses.${status}`)}</span>;
}
