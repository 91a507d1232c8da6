import type { EmailHold } from "@/emails/resend-answer";
import type { Lang } from "@/app/_lib/i18n/lang";
import { formatDate } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";

/**
 * Says why a notice's pending emails are not going out. A refused key is shown until an accepted
 * batch ends it, since only a person can fix it; a pause only while it lasts.
 */
export function EmailHoldNotice({ hold, pending, now, lang }: { hold: EmailHold | null; pending: number; now: number; lang: Lang }) {
  if (!hold || pending === 0) return null;
  const t = translator(lang, "adminNotices");
  if (hold.reason === "refused") {
    return <div className="alert alert-error" role="alert"><p>{t("emailHold.refused", { error: hold.error, since: formatDate(hold.since, lang) })}</p></div>;
  }
  if (hold.until <= now) return null;
  return <div className="alert alert-warn" role="status"><p>{t(`emailHold.${hold.reason}`, { error: hold.error, until: formatDate(hold.until, lang) })}</p></div>;
}
