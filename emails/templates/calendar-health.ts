import { formatDay } from "@/workers/domain/format-date";
import { intlLocales } from "@/workers/domain/lang";
import { translator } from "@/i18n/translate";
import type { EmailContent, Lang } from "../message";

export type UnhealthyCalendar = "stale" | "needs_sign_in" | "error";

export interface CalendarHealthFacts {
  displayName: string;
  /** When the incident started, in ms; shown in the display's own time zone. */
  incidentStart: number;
  timeZone: string;
  displayUrl: string;
}

function at(ms: number, timeZone: string, lang: Lang): string {
  return formatDay(new Intl.DateTimeFormat(intlLocales[lang], { timeZone, day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" }), ms, lang);
}

/** A display needs a person: which one, since when, and what to do, for the organisation's admins. */
export function calendarIncident({ health, ...facts }: CalendarHealthFacts & { health: UnhealthyCalendar }, lang: Lang): EmailContent {
  const t = translator(lang, "emails.calendar");
  const since = at(facts.incidentStart, facts.timeZone, lang);
  const display = facts.displayName;
  return {
    subject: t("incidentSubject", { display }),
    preview: t("incidentPreview", { since }),
    blocks: [
      { type: "heading", text: t("incidentHeading", { display }) },
      { type: "paragraph", text: t("incidentLead", { since, display, what: t(`what.${health}`) }) },
      { type: "paragraph", text: t("incidentMeanwhile") },
      { type: "action", label: t("open"), href: facts.displayUrl },
      { type: "small", text: t("incidentSmall") },
    ],
  };
}

/** The incident is over: the display reads its calendar again. */
export function calendarRecovered(facts: CalendarHealthFacts, lang: Lang): EmailContent {
  const t = translator(lang, "emails.calendar");
  const since = at(facts.incidentStart, facts.timeZone, lang);
  const display = facts.displayName;
  return {
    subject: t("recoveredSubject", { display }),
    preview: t("recoveredPreview"),
    blocks: [
      { type: "heading", text: t("recoveredHeading", { display }) },
      { type: "paragraph", text: t("recoveredLead", { display, since }) },
      { type: "action", label: t("open"), href: facts.displayUrl },
    ],
  };
}
