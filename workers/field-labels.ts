import type { TranslatedField } from "./domain/french-content";

/**
 * The short name of every field a person fills in, in each language: the one home for what a
 * message calls a field ("Name is required.", « le champ « Nom » »), and for the subprocessor
 * list's column headings. Keyed by the field's name in the input, as zod's path ends.
 */
export const fieldLabels = {
  name: { en: "Name", fr: "Nom" },
  legalEntity: { en: "Legal entity", fr: "Entité juridique" },
  purpose: { en: "Purpose", fr: "Finalité" },
  location: { en: "Processing location", fr: "Lieu de traitement" },
  dataCategories: { en: "Data categories", fr: "Catégories de données" },
  transferMechanism: { en: "Transfer mechanism", fr: "Mécanisme de transfert" },
  website: { en: "Website", fr: "Site web" },
  purposeFr: { en: "Purpose in French", fr: "Finalité en français" },
  locationFr: { en: "Processing location in French", fr: "Lieu de traitement en français" },
  dataCategoriesFr: { en: "Data categories in French", fr: "Catégories de données en français" },
  transferMechanismFr: { en: "Transfer mechanism in French", fr: "Mécanisme de transfert en français" },
  reasonFr: { en: "Reason in French", fr: "Motif en français" },
  correctionNoteFr: { en: "What was wrong, in French", fr: "Ce qui était erroné, en français" },
  subprocessorId: { en: "Subprocessor", fr: "Sous-traitant" },
  changeKind: { en: "Kind of change", fr: "Type de modification" },
  effectiveAt: { en: "Effective date", fr: "Date de prise d’effet" },
  reason: { en: "Reason", fr: "Motif" },
  note: { en: "Note to the customer", fr: "Note au client" },
  correctionNote: { en: "What was wrong", fr: "Ce qui était erroné" },
  remedy: { en: "Remedy", fr: "Solution" },
  email: { en: "Email address", fr: "Adresse e-mail" },
  contactEmail: { en: "Contact email", fr: "E-mail de contact" },
  contactName: { en: "Contact's name", fr: "Nom du contact" },
  contactRole: { en: "Role", fr: "Rôle" },
  organisation: { en: "Organisation", fr: "Organisation" },
  grounds: { en: "Grounds for objecting", fr: "Motifs de l’opposition" },
  lang: { en: "Language", fr: "Langue" },
  token: { en: "Link", fr: "Lien" },
  code: { en: "Pairing code", fr: "Code d’appairage" },
  roomEmail: { en: "Room calendar email", fr: "Adresse du calendrier de la salle" },
  capacity: { en: "Capacity", fr: "Capacité" },
  floor: { en: "Floor", fr: "Étage" },
  building: { en: "Building", fr: "Bâtiment" },
  equipment: { en: "Equipment", fr: "Équipement" },
  timeZone: { en: "Time zone", fr: "Fuseau horaire" },
  businessDays: { en: "Business days", fr: "Jours ouvrés" },
  businessHours: { en: "Business hours", fr: "Heures ouvrées" },
  privacyMode: { en: "Privacy mode", fr: "Mode confidentialité" },
  checkInMinutes: { en: "Check-in", fr: "Confirmation de présence" },
  theme: { en: "Theme", fr: "Thème" },
  calendarSource: { en: "Calendar", fr: "Calendrier" },
  mayBook: { en: "Booking at the panel", fr: "Réservation sur l’écran" },
  mayExtendEnd: { en: "Extend and end at the panel", fr: "Prolonger et terminer sur l’écran" },
  mayRelease: { en: "Release at the panel", fr: "Libération sur l’écran" },
  noShowSeriesStrikes: { en: "Release a recurring meeting", fr: "Libération d’une réunion périodique" },
  bookingSubject: { en: "Booking subject", fr: "Objet des réservations" },
  retentionMonths: { en: "Snapshot retention", fr: "Conservation des relevés" },
  occupancyReporting: { en: "Occupancy reporting", fr: "Signalement de l’occupation" },
  scheduleStaleMinutes: { en: "Schedule age limit", fr: "Âge maximal du planning" },
  microsoftClientId: { en: "Microsoft application (client) id", fr: "Identifiant d’application Microsoft" },
  microsoftTenantId: { en: "Microsoft tenant", fr: "Locataire Microsoft" },
  googleClientId: { en: "Google client id", fr: "Identifiant client Google" },
  minCapacity: { en: "Seats", fr: "Places" },
  days: { en: "Period", fr: "Période" },
  noticePeriodDays: { en: "Notice period", fr: "Préavis" },
  objectionWindowDays: { en: "Objection window", fr: "Délai d’opposition" },
  resolutionPeriodDays: { en: "Resolution period", fr: "Délai de résolution" },
  url: { en: "Endpoint URL", fr: "URL du point de terminaison" },
  events: { en: "Events", fr: "Événements" },
} as const satisfies Record<string, { en: string; fr: string }>;

type LabelledField = keyof typeof fieldLabels;

/**
 * A translated fact's French by its two names: the public documents' (`translations.fr.purpose`,
 * in a correction's fields) and the forms' and labels' (`purposeFr`). The one place either is
 * turned into the other.
 */
export const frenchFieldNames = {
  purpose: { inDocuments: "translations.fr.purpose", inForms: "purposeFr" },
  location: { inDocuments: "translations.fr.location", inForms: "locationFr" },
  dataCategories: { inDocuments: "translations.fr.dataCategories", inForms: "dataCategoriesFr" },
  transferMechanism: { inDocuments: "translations.fr.transferMechanism", inForms: "transferMechanismFr" },
} as const satisfies Record<TranslatedField, { inDocuments: `translations.fr.${TranslatedField}`; inForms: LabelledField }>;

/** A field as the public documents name it ("website", "translations.fr.purpose"), labelled: "Website", "Purpose in French". */
export function documentFieldLabel(field: string, lang: "en" | "fr"): string | undefined {
  const french = Object.values(frenchFieldNames).find((names) => names.inDocuments === field);
  return fieldLabel(french ? french.inForms : field, lang);
}

/** The field a path is about: its last part that is a field name ("proposed.dataCategories.2" → "dataCategories"). */
export function fieldOfPath(path: readonly PropertyKey[] | string): string {
  const parts = typeof path === "string" ? path.split(".") : path.map(String);
  return parts.filter((part) => part !== "" && !/^\d+$/.test(part)).at(-1) ?? "";
}

/** A field's label in a language, or undefined for a field no form shows. */
export function fieldLabel(field: string, lang: "en" | "fr"): string | undefined {
  return Object.hasOwn(fieldLabels, field) ? fieldLabels[field as LabelledField][lang] : undefined;
}
