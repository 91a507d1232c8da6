import { formatDay } from "@/workers/domain/format-date";
import type { EmailContent, Lang } from "../message";

export type UnhealthyCalendar = "stale" | "needs_sign_in" | "error";

export interface CalendarHealthFacts {
  displayName: string;
  /** When the incident started, in ms; shown in the display's own time zone. */
  incidentStart: number;
  timeZone: string;
  displayUrl: string;
}

const what: Record<Lang, Record<UnhealthyCalendar, string>> = {
  en: {
    needs_sign_in: "needs someone to sign in to the room’s calendar again. Tap “Sign in” on the tablet and sign in with the room’s account.",
    error: "cannot read the room’s calendar. Check the room’s calendar address and that the signed-in account may read it.",
    stale: "has not managed to read the room’s calendar for too long. Check the tablet’s network.",
  },
  fr: {
    needs_sign_in: "a besoin que quelqu’un se reconnecte au calendrier de la salle. Touchez « Se connecter » sur la tablette et connectez-vous avec le compte de la salle.",
    error: "n’arrive pas à lire le calendrier de la salle. Vérifiez l’adresse du calendrier de la salle et que le compte connecté a le droit de le lire.",
    stale: "n’a pas réussi à lire le calendrier de la salle depuis trop longtemps. Vérifiez le réseau de la tablette.",
  },
};

function at(ms: number, timeZone: string, lang: Lang): string {
  return formatDay(new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", { timeZone, day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" }), ms, lang);
}

/** A display needs a person: which one, since when, and what to do, for the organisation's admins. */
export function calendarIncident({ health, ...facts }: CalendarHealthFacts & { health: UnhealthyCalendar }, lang: Lang): EmailContent {
  const since = at(facts.incidentStart, facts.timeZone, lang);
  if (lang === "fr") {
    return {
      subject: `L’écran « ${facts.displayName} » ne lit plus son calendrier`,
      preview: `Depuis le ${since}.`,
      blocks: [
        { type: "heading", text: `« ${facts.displayName} » a besoin d’attention` },
        { type: "paragraph", text: `Depuis le ${since}, l’écran « ${facts.displayName} » ${what.fr[health]}` },
        { type: "paragraph", text: "En attendant, l’écran affiche le dernier état connu avec son heure, et la recherche de salles affiche « état inconnu » une fois le planning trop ancien." },
        { type: "action", label: "Voir l’écran", href: facts.displayUrl },
        { type: "small", text: "Vous recevrez un seul message par incident, et un autre quand l’écran lira de nouveau son calendrier." },
      ],
    };
  }
  return {
    subject: `The display “${facts.displayName}” can no longer read its calendar`,
    preview: `Since ${since}.`,
    blocks: [
      { type: "heading", text: `“${facts.displayName}” needs attention` },
      { type: "paragraph", text: `Since ${since}, the display “${facts.displayName}” ${what.en[health]}` },
      { type: "paragraph", text: "Meanwhile the panel shows the last known status with its time, and the room finder shows “status unknown” once the schedule is too old." },
      { type: "action", label: "Open the display", href: facts.displayUrl },
      { type: "small", text: "You get one message per incident, and one more when the display reads its calendar again." },
    ],
  };
}

/** The incident is over: the display reads its calendar again. */
export function calendarRecovered(facts: CalendarHealthFacts, lang: Lang): EmailContent {
  const since = at(facts.incidentStart, facts.timeZone, lang);
  if (lang === "fr") {
    return {
      subject: `L’écran « ${facts.displayName} » lit de nouveau son calendrier`,
      preview: "Plus rien à faire.",
      blocks: [
        { type: "heading", text: `« ${facts.displayName} » fonctionne de nouveau` },
        { type: "paragraph", text: `L’écran « ${facts.displayName} » lit de nouveau le calendrier de la salle. L’incident commencé le ${since} est terminé ; il n’y a plus rien à faire.` },
        { type: "action", label: "Voir l’écran", href: facts.displayUrl },
      ],
    };
  }
  return {
    subject: `The display “${facts.displayName}” reads its calendar again`,
    preview: "Nothing more to do.",
    blocks: [
      { type: "heading", text: `“${facts.displayName}” is working again` },
      { type: "paragraph", text: `The display “${facts.displayName}” reads the room’s calendar again. The incident that started ${since} is over; there is nothing more to do.` },
      { type: "action", label: "Open the display", href: facts.displayUrl },
    ],
  };
}
