import { dayFromNow } from "@/workers/domain/panel-day";
import type { Lang } from "../_lib/i18n/lang";

const en = {
  title: "Room display",
  pairTitle: "Pair this display",
  pairLead: "Ask your administrator for a pairing code (Rooms → a display → Create a pairing code), then type it here.",
  codeLabel: "Pairing code",
  pairButton: "Pair",
  pairing: "Pairing…",
  codeInvalid: "This pairing code is not valid or has expired. Create a new one on the rooms admin page.",
  tooManyTries: "Too many attempts. Wait a few minutes and try again.",
  noConnection: "Can’t reach Roomtrust. Check the tablet’s network and try again.",
  loading: "Loading…",
  available: "Available",
  occupied: "Occupied",
  released: "Released",
  freeFor: "Free for {duration}",
  freeAllDay: "Free for the rest of the day",
  freeAt: "Free at {time}",
  freeIn: "Free in {duration}",
  now: "Now",
  next: "Next",
  nothingNext: "Nothing else booked today",
  laterToday: "Later today",
  tomorrow: "Tomorrow",
  more: (n: number) => `+ ${n} more`,
  private: "Private",
  booked: "Booked",
  tentative: "Tentative",
  allDay: "All day",
  lastSync: "Calendar read at {time}",
  asOf: "Last known status, as of {time}",
  offline: "Offline: can’t reach Roomtrust. Showing the saved schedule; status will be sent when the connection returns.",
  calendarError: "Can’t read the room’s calendar: {reason}. Showing the saved schedule.",
  signInCalendar: "Sign in to the room’s calendar",
  signInNeeded: "Sign-in needed",
  signInNeededLead: "This display can’t read the room’s calendar until someone signs in to it again.",
  signInWith: { microsoft: "Sign in with Microsoft 365", google: "Sign in with Google" },
  lastKnown: "Last known status, from the calendar read {age} ago.",
  neverRead: "The room’s calendar has not been read yet, so its status is unknown.",
  statusUnknown: "Status unknown",
  signingInTitle: "Signing in",
  signingIn: "Signing in to the room’s calendar…",
  notConfigured: "This calendar provider is not set up for your organisation yet. Ask your administrator.",
  checkIn: "Check in",
  checkedIn: "Checked in",
  checkInBy: "Check in by {time} or the room is released",
  unpaired: "This display was unpaired by an administrator. Pair it again to continue.",
  bookTitle: "Book this room now",
  bookFor: (duration: string) => `Book for ${duration}`,
  bookUntil: "Book until {time}",
  extendTitle: "Need more time?",
  extendBy: (duration: string) => `Extend by ${duration}`,
  endNow: "End now",
  working: "Saving to the room’s calendar…",
  bookedDone: "Booked until {time}. It is in the room’s calendar.",
  extendedDone: "Extended until {time}.",
  endedDone: "Meeting ended at {time}. The room is free.",
  undo: "Undo",
  undone: "Undone: the room’s calendar is as it was.",
  conflict: "The room’s calendar changed: it has a meeting from {start} to {end} now, so nothing was changed.",
  gone: "That meeting is no longer in the room’s calendar; the panel now shows the calendar as it is.",
  actionOffline: "Can’t reach the room’s calendar, so nothing was changed. Check the tablet’s network and try again.",
  actionForbidden: "This display may only read the room’s calendar. Ask your administrator to let it write to the calendar.",
  actionSignIn: "The display must sign in to the room’s calendar again before it can change it.",
  actionFailed: "The calendar provider refused the change, so nothing was changed. Try again in a moment.",
  releasedOnPanel: "Released on this display only: the room’s calendar still shows the meeting.",
  minutes: (n: number) => duration(n),
  age: (ms: number) => age(ms, "d"),
};

const fr: typeof en = {
  title: "Écran de salle",
  pairTitle: "Appairer cet écran",
  pairLead: "Demandez un code d’appairage à votre administrateur (Salles → un écran → Créer un code d’appairage), puis saisissez-le ici.",
  codeLabel: "Code d’appairage",
  pairButton: "Appairer",
  pairing: "Appairage…",
  codeInvalid: "Ce code d’appairage n’est pas valide ou a expiré. Créez-en un nouveau sur la page d’administration des salles.",
  tooManyTries: "Trop de tentatives. Patientez quelques minutes puis réessayez.",
  noConnection: "Roomtrust est injoignable. Vérifiez le réseau de la tablette et réessayez.",
  loading: "Chargement…",
  available: "Libre",
  occupied: "Occupée",
  released: "Libérée",
  freeFor: "Libre pendant {duration}",
  freeAllDay: "Libre pour le reste de la journée",
  freeAt: "Libre à {time}",
  freeIn: "Libre dans {duration}",
  now: "En cours",
  next: "Ensuite",
  nothingNext: "Plus rien de réservé aujourd’hui",
  laterToday: "Plus tard aujourd’hui",
  tomorrow: "Demain",
  more: (n: number) => `+\u00a0${n}\u00a0autre${n > 1 ? "s" : ""}`,
  private: "Privé",
  booked: "Réservé",
  tentative: "Provisoire",
  allDay: "Toute la journée",
  lastSync: "Calendrier lu à {time}",
  asOf: "Dernier état connu, à {time}",
  offline: "Hors ligne : Roomtrust est injoignable. Le planning enregistré est affiché ; l’état sera transmis au retour de la connexion.",
  calendarError: "Impossible de lire le calendrier de la salle : {reason}. Le planning enregistré est affiché.",
  signInCalendar: "Se connecter au calendrier de la salle",
  signInNeeded: "Connexion requise",
  signInNeededLead: "Cet écran ne peut pas lire le calendrier de la salle tant que personne ne s’y est reconnecté.",
  signInWith: { microsoft: "Se connecter avec Microsoft 365", google: "Se connecter avec Google" },
  lastKnown: "Dernier état connu, d’après le calendrier lu il y a {age}.",
  neverRead: "Le calendrier de la salle n’a pas encore été lu : son état est inconnu.",
  statusUnknown: "État inconnu",
  signingInTitle: "Connexion",
  signingIn: "Connexion au calendrier de la salle…",
  notConfigured: "Ce fournisseur de calendrier n’est pas encore configuré pour votre organisation. Contactez votre administrateur.",
  checkIn: "Confirmer ma présence",
  checkedIn: "Présence confirmée",
  checkInBy: "Confirmez avant {time}, sinon la salle sera libérée",
  unpaired: "Cet écran a été désappairé par un administrateur. Appairez-le de nouveau pour continuer.",
  bookTitle: "Réserver cette salle maintenant",
  bookFor: (duration: string) => `Réserver ${duration}`,
  bookUntil: "Réserver jusqu’à {time}",
  extendTitle: "Besoin de plus de temps ?",
  extendBy: (duration: string) => `Prolonger de ${duration}`,
  endNow: "Terminer maintenant",
  working: "Enregistrement dans le calendrier de la salle…",
  bookedDone: "Réservée jusqu’à {time}. C’est dans le calendrier de la salle.",
  extendedDone: "Prolongée jusqu’à {time}.",
  endedDone: "Réunion terminée à {time}. La salle est libre.",
  undo: "Annuler",
  undone: "Annulé : le calendrier de la salle est comme avant.",
  conflict: "Le calendrier de la salle a changé : il compte désormais une réunion de {start} à {end}, donc rien n’a été modifié.",
  gone: "Cette réunion n’est plus dans le calendrier de la salle ; l’écran affiche maintenant le calendrier tel qu’il est.",
  actionOffline: "Le calendrier de la salle est injoignable, donc rien n’a été modifié. Vérifiez le réseau de la tablette et réessayez.",
  actionForbidden: "Cet écran peut seulement lire le calendrier de la salle. Demandez à votre administrateur de l’autoriser à y écrire.",
  actionSignIn: "L’écran doit se reconnecter au calendrier de la salle avant de pouvoir le modifier.",
  actionFailed: "Le fournisseur de calendrier a refusé la modification, donc rien n’a été modifié. Réessayez dans un instant.",
  releasedOnPanel: "Libérée sur cet écran seulement : le calendrier de la salle affiche toujours la réunion.",
  minutes: (n: number) => duration(n),
  age: (ms: number) => age(ms, "j"),
};

/** A duration on the panel, "25 min" or "1 h 28", never broken across lines. */
function duration(minutes: number): string {
  return minutes < 60 ? `${minutes}\u00a0min` : `${Math.floor(minutes / 60)}\u00a0h\u00a0${String(minutes % 60).padStart(2, "0")}`;
}

/** How old the saved schedule is, as a person reads it: "4 min", "3 h 05", "2 d 3 h" (never broken across lines). */
function age(ms: number, dayUnit: string): string {
  const minutes = Math.max(1, Math.floor(ms / 60_000));
  const words = (...parts: (string | number)[]) => parts.join("\u00a0");
  if (minutes < 60) return words(minutes, "min");
  if (minutes < 24 * 60) return words(Math.floor(minutes / 60), "h", String(minutes % 60).padStart(2, "0"));
  const hours = Math.floor(minutes / 60);
  return words(Math.floor(hours / 24), dayUnit, hours % 24, "h");
}

export type DisplayText = typeof en;

/** The panel's clock time of an instant, "09:05", in the room's zone. */
export function clockTime(lang: Lang, timeZone: string | undefined): (at: number) => string {
  const format = new Intl.DateTimeFormat(lang, { timeZone, hour: "2-digit", minute: "2-digit" });
  return (at) => format.format(at);
}

/**
 * The day a meeting falls on, as the panel says it before its times: nothing for today,
 * "Tomorrow", the weekday within a week ("Wednesday", "Mercredi"), the date beyond ("Mon 7 Dec").
 */
export function meetingDay(lang: Lang, timeZone: string): (at: number, now: number) => string {
  const weekday = new Intl.DateTimeFormat(lang, { timeZone, weekday: "long" });
  const date = new Intl.DateTimeFormat(lang, { timeZone, weekday: "short", day: "numeric", month: "short" });
  const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
  return (at, now) => {
    const day = dayFromNow(at, now, timeZone);
    if (day.kind === "today") return "";
    if (day.kind === "tomorrow") return displayText(lang).tomorrow;
    return capitalised((day.kind === "weekday" ? weekday : date).format(at));
  };
}

/** The subject of a booking made at a panel when the organisation has not set its own, in its language. */
export function defaultBookingSubject(lang: Lang): string {
  return lang === "fr" ? "Réservée depuis l’écran de la salle" : "Booked at the room display";
}

/** What the room tells an organiser when it declines a meeting nobody checked in to, in the organisation's language. */
export function releaseComment(lang: Lang, minutes: number): string {
  return lang === "fr"
    ? `Personne n’a confirmé sa présence dans les ${minutes}\u00a0minutes suivant le début : la salle a été libérée pour d’autres.`
    : `Nobody checked in within ${minutes} minutes of the start, so the room was released for others.`;
}

/** What the room tells an organiser when it releases a recurring meeting nobody came to `strikes` times in a row, in the organisation's language. */
export function seriesReleaseComment(lang: Lang, strikes: number): string {
  return lang === "fr"
    ? `Personne n’a confirmé sa présence à cette réunion périodique ${strikes}\u00a0fois d’affilée : la salle a été libérée pour ses prochaines occurrences. Réservez-la de nouveau si vous en avez encore besoin.`
    : `Nobody checked in to this recurring meeting ${strikes} times in a row, so the room was released for its future occurrences. Book the room again if you still need it.`;
}

export function displayText(lang: Lang): DisplayText {
  return lang === "fr" ? fr : en;
}
