import type { Lang } from "@/app/_lib/i18n/lang";
import { CalendarError, type CalendarErrorReason } from "./types";

/**
 * Why the calendar could not be read, in words for the person in front of the panel. Each text
 * completes the panel's "Can’t read the room’s calendar: {reason}", in the display's language.
 */
const texts: Record<Lang, Record<CalendarErrorReason, (minutes: number | null) => string>> = {
  en: {
    sign_in: () => "the display must sign in to the room’s calendar again",
    forbidden: () => "the account signed in on this display may not read the room’s calendar; ask your administrator to share it",
    not_found: () => "no calendar was found at the room’s calendar address; ask your administrator to check it",
    not_configured: () => "this calendar provider is not set up for your organisation yet; ask your administrator",
    rate_limited: (m) => (m === null ? "the calendar provider asked the display to slow down; it will try again shortly" : `the calendar provider asked the display to slow down; it will try again in ${m} min`),
    budget: (m) => `the display has used its calendar reads for this hour; it will read again in ${m ?? 1} min`,
    too_many_events: () => "the room’s calendar has more than 1,000 events in the next two days; ask your administrator to check it",
    bad_answer: () => "the calendar provider sent an answer the display cannot read",
    unreachable: () => "the calendar provider cannot be reached; check the tablet’s network",
    provider: () => "the calendar provider reported an error",
  },
  fr: {
    sign_in: () => "l’écran doit se reconnecter au calendrier de la salle",
    forbidden: () => "le compte connecté sur cet écran n’a pas le droit de lire le calendrier de la salle ; demandez à votre administrateur de le partager",
    not_found: () => "aucun calendrier ne se trouve à l’adresse du calendrier de la salle ; demandez à votre administrateur de la vérifier",
    not_configured: () => "ce fournisseur de calendrier n’est pas encore configuré pour votre organisation ; contactez votre administrateur",
    rate_limited: (m) => (m === null ? "le fournisseur de calendrier demande à l’écran de ralentir ; il réessaiera sous peu" : `le fournisseur de calendrier demande à l’écran de ralentir ; il réessaiera dans ${m} min`),
    budget: (m) => `l’écran a utilisé ses lectures du calendrier pour cette heure ; il relira dans ${m ?? 1} min`,
    too_many_events: () => "le calendrier de la salle compte plus de 1 000 événements sur les deux prochains jours ; demandez à votre administrateur de le vérifier",
    bad_answer: () => "le fournisseur de calendrier a envoyé une réponse que l’écran ne sait pas lire",
    unreachable: () => "le fournisseur de calendrier est injoignable ; vérifiez le réseau de la tablette",
    provider: () => "le fournisseur de calendrier a signalé une erreur",
  },
};

/** The reason a read failed, for the panel; anything that is not a CalendarError is the provider's fault. */
export function calendarErrorText(error: unknown, lang: Lang): string {
  const reason = error instanceof CalendarError ? error.reason : "provider";
  const wait = error instanceof CalendarError && error.retryAfterMs !== undefined ? Math.max(1, Math.ceil(error.retryAfterMs / 60_000)) : null;
  return texts[lang][reason](wait);
}
