import type { FieldIssue } from "@/workers/errors";
import { fieldLabel, fieldOfPath } from "@/workers/field-labels";
import { validationMessage } from "@/workers/validation-messages";
import { colon, type Lang } from "./lang";

// The core words field problems in English (logs, the JSON API, English pages). A French page
// phrases them here: our own codes by code, a form field's rule by field, zod's own checks from
// their code and params; only a problem none of these knows falls back to the English message.

type Params = Record<string, string | number>;

const frByCode: Record<string, (p: Params, field: string) => string> = {
  csv: () => "Un champ entre guillemets n’est jamais fermé.",
  empty: () => "Le fichier doit contenir une ligne d’en-tête et au moins un écran.",
  too_many: (p) => `Au plus ${p.max} écrans par import.`,
  unknown_column: (p) => `Colonne inconnue « ${p.column} ». Colonnes : ${p.columns}.`,
  missing_column: (p) => `L’en-tête doit contenir une colonne « ${p.column} ».`,
  cells: (p) => `${p.cells} cellules ; l’en-tête en a ${p.expected}.`,
  taken: (p) => (p.name ? `un écran nommé « ${p.name} » existe déjà.` : "un autre écran de cette organisation porte déjà ce nom."),
  duplicate: (p) => `« ${p.name} » figure aussi à la ligne ${p.otherLine}.`,
  link_address: (p) => `utilisez l’adresse à laquelle votre lien personnel a été envoyé (${p.email}), ou demandez un lien pour l’autre adresse.`,
  line_break: (_, field) => `${frField(field)} doit tenir sur une seule ligne : supprimez le retour à la ligne.`,
  control_character: (_, field) => `${frField(field)} contient un caractère de contrôle invisible (une tabulation, par exemple) : supprimez-le.`,
  direction_control: (_, field) => `${frField(field)} contient une marque invisible de sens d’écriture : supprimez-la.`,
  confusable_line: (p) => `ce nom ressemble à s’y méprendre à « ${p.name} », à la ligne ${p.otherLine} : choisissez des noms qui se lisent autrement.`,
  below_floor: (p, field) => `${frField(field)} doit être d’au moins ${p.floor} jours, le minimum que permet ce déploiement.`,
  window_after_notice: (p, field) =>
    `${frField(field)} ne peut dépasser le préavis (${p.noticePeriodDays} jours) : les clients doivent pouvoir s’opposer avant la prise d’effet.`,
  needs_notice: (_, field) => `${frField(field)} est substantiel\u00a0: les clients s’y fient, le changer demande un avis. Proposez plutôt un changement.`,
  french_without_change: (_, field) =>
    `${frField(field)}\u00a0: ce changement laisse l’anglais de ce champ tel quel, son français ne peut donc pas accompagner l’avis. Laissez-le vide ici, ou changez aussi l’anglais\u00a0; pour traduire le texte actuel, corrigez directement le sous-traitant.`,
  not_a_typo: (p) => `l’entité juridique change de ${p.edits} caractères\u00a0: c’est une autre société, pas une coquille. Proposez plutôt un changement.`,
  nothing_changed: () => "rien n’a été corrigé\u00a0: modifiez le site web, l’entité juridique ou le texte en français.",
  webhook_url_invalid: () => "L’URL du point de terminaison doit être une adresse web complète, comme https://hooks.exemple.fr/roomtrust.",
  webhook_url_not_https: () => "L’URL du point de terminaison doit commencer par https:// (les webhooks transportent vos avis, ils ne sont donc envoyés que chiffrés).",
  webhook_url_credentials: () => "L’URL du point de terminaison ne doit contenir ni nom d’utilisateur ni mot de passe ; placez plutôt un jeton dans le chemin ou les paramètres.",
  webhook_url_ip_literal: () => "L’URL du point de terminaison doit utiliser un nom d’hôte, pas une adresse IP.",
  webhook_url_private_name: () => "L’URL du point de terminaison doit être sur Internet : des noms comme localhost, *.internal ou *.local sont injoignables depuis nos serveurs.",
  confusable: (p, field) => `${frField(field)} ressemble à s’y méprendre à « ${p.name} », qui existe déjà : choisissez un nom qui se lit autrement.`,
};

function frField(field: string): string {
  const label = fieldLabel(field, "fr");
  return label ? `le champ « ${label} »` : "ce champ";
}

const frByField: Record<string, string> = {
  email: "saisissez une adresse e-mail comme nom@exemple.fr.",
  contactEmail: "saisissez une adresse e-mail comme nom@exemple.fr.",
  contactName: "donnez le nom du contact (100 caractères au plus).",
  contactRole: "choisissez le rôle du contact : DPO, juridique, sécurité ou autre.",
  name: "donnez un nom à l’écran (80 caractères au plus), p. ex. le nom de la salle.",
  roomEmail: "saisissez une adresse e-mail comme salle@exemple.fr.",
  capacity: "la capacité est un nombre entier de places, de 1 à 2 000.",
  floor: "l’étage fait au plus 40 caractères.",
  building: "le bâtiment fait au plus 80 caractères.",
  equipment: "au plus 20 équipements, de 40 caractères chacun au plus.",
  timeZone: "utilisez un fuseau horaire comme Europe/Paris ou America/New_York.",
  businessDays: "indiquez des jours comme lun-ven ou lun,mer,ven.",
  businessHours: "indiquez des heures comme 08:00-18:00 (début avant fin).",
  lang: "choisissez en (anglais) ou fr (français).",
  privacyMode: "indiquez oui ou non.",
  checkInMinutes: "la libération automatique va de 1 à 60 minutes ; laissez vide pour ne pas demander de confirmation.",
  theme: "le thème est light, dark ou high-contrast.",
  calendarSource: "le calendrier est demo, microsoft ou google.",
  mayBook: "choisissez autorisé (on) ou non autorisé (off).",
  mayExtendEnd: "choisissez autorisé (on) ou non autorisé (off).",
  mayRelease: "choisissez autorisé (on) ou non autorisé (off).",
  noShowSeriesStrikes: "choisissez non (off) ou de 2 à 5 réunions manquées d’affilée.",
  bookingSubject: "l’objet des réservations tient sur une ligne de 80 caractères au plus.",
  retentionMonths: "conservez les relevés de 1 à 120 mois (nombre entier).",
  occupancyReporting: "choisissez comment les écrans signalent l’occupation : au quart d’heure ou immédiatement.",
  scheduleStaleMinutes: "l’âge maximal du planning va de 10 à 1 440 minutes (nombre entier).",
  microsoftClientId: "un identifiant d’application Microsoft ressemble à 00000000-0000-0000-0000-000000000000.",
  microsoftTenantId: "un locataire Microsoft est un identifiant d’annuaire (GUID) ou un domaine comme contoso.onmicrosoft.com.",
  googleClientId: "un identifiant client Google se termine par .apps.googleusercontent.com.",
};

/** The field an issue is about: named by the core, or the first segment of its path ("fields.capacity" → "capacity"). */
export function issueField(issue: FieldIssue): string {
  return issue.field ?? issue.path.replace(/^fields\./, "").split(".")[0] ?? "";
}

/**
 * A problem the core words itself (a refused character, the link's own address): worth saying
 * exactly, not just what the field wants.
 */
export function hasOwnWording(issue: FieldIssue): boolean {
  return Object.hasOwn(frByCode, issue.code);
}

/** The field a message names: "proposed.dataCategories.2" → "dataCategories". */
function labelledField(issue: FieldIssue): string {
  return issue.field ?? fieldOfPath(issue.path);
}

/** The problem in the page's language, without where it is (see issuePlace). */
export function issueText(issue: FieldIssue, lang: Lang): string {
  if (lang === "en") return issue.message;
  const field = issueField(issue);
  const byCode = frByCode[issue.code];
  // A CSV line names its column before the problem, as the English message does.
  const column = issue.field ? `${issue.field}${colon(lang)}` : "";
  if (byCode) return column + capitalise(byCode(issue.params ?? {}, labelledField(issue)), !column);
  const hint = frByField[field] ?? validationMessage({ code: issue.code, field: labelledField(issue), params: issue.params ?? {} }, "fr");
  return hint ? column + capitalise(hint, !column) : issue.message;
}

/** Where the problem is, as a person reads it: "line 4" / "ligne 4", "file" / "fichier". */
export function issuePlace(issue: FieldIssue, lang: Lang): string {
  if (lang === "en") return issue.path;
  const line = /^line (\d+)$/.exec(issue.path);
  if (line) return `ligne ${line[1]}`;
  return issue.path === "file" ? "fichier" : issue.path;
}

function capitalise(text: string, yes: boolean): string {
  return yes ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
