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
  private: "Privé",
  booked: "Réservé",
  tentative: "Provisoire",
  allDay: "Toute la journée",
  lastSync: "Calendrier lu à {time}",
  asOf: "Dernier état connu, à {time}",
  offline: "Hors ligne : Roomtrust est injoignable. Le planning enregistré est affiché ; l’état sera transmis au retour de la connexion.",
  calendarError: "Impossible de lire le calendrier de la salle : {reason}. Le planning enregistré est affiché.",
  signInCalendar: "Se connecter au calendrier de la salle",
  signInNeeded: "Connexion requise",
  signInNeededLead: "Cet écran ne peut pas lire le calendrier de la salle tant que personne ne s’y est reconnecté.",
  signInWith: { microsoft: "Se connecter avec Microsoft 365", google: "Se connecter avec Google" },
  lastKnown: "Dernier état connu, d’après le calendrier lu il y a {age}.",
  neverRead: "Le calendrier de la salle n’a pas encore été lu : son état est inconnu.",
  statusUnknown: "État inconnu",
  signingInTitle: "Connexion",
  signingIn: "Connexion au calendrier de la salle…",
  notConfigured: "Ce fournisseur de calendrier n’est pas encore configuré pour votre organisation. Contactez votre administrateur.",
  checkIn: "Confirmer ma présence",
  checkedIn: "Présence confirmée",
  checkInBy: "Confirmez avant {time}, sinon la salle sera libérée",
  unpaired: "Cet écran a été désappairé par un administrateur. Appairez-le de nouveau pour continuer.",
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

export function displayText(lang: Lang): DisplayText {
  return lang === "fr" ? fr : en;
}
