import type { Lang } from "@/app/_lib/i18n/lang";

/** The reach section of a notice's admin page: which customer organisations the notice reached through their contacts. */
const en = {
  title: "Reach of customer organisations",
  lead: "Each organisation's notice contacts, registered by its admin, get the notice besides the public list's subscribers.",
  organisation: "Organisation",
  told: "Contacts told",
  delivered: "Delivered",
  refused: "Bounced or marked as spam",
  owed: (n: number) => (n === 1 ? "1 still to send" : `${n} still to send`),
  noOrganisations: "No customer organisation exists yet.",
  unreachedTitle: "Organisations with no working contact",
  unreachedLead: "The notice cannot reach these organisations through a contact: chase them another way, and ask their admin to register a working address on their notice contacts page.",
  allReached: "Every organisation has at least one contact whose mail is being delivered.",
  reasons: { no_contact: "No contact registered", all_stopped: "Every contact bounced, complained or unsubscribed" },
};

const fr: typeof en = {
  title: "Organisations clientes atteintes",
  lead: "Les contacts pour les préavis de chaque organisation, enregistrés par son administrateur, reçoivent le préavis en plus des abonnés de la liste publique.",
  organisation: "Organisation",
  told: "Contacts informés",
  delivered: "Distribués",
  refused: "Rejetés ou signalés comme indésirables",
  owed: (n: number) => `${n} encore à envoyer`,
  noOrganisations: "Aucune organisation cliente pour l’instant.",
  unreachedTitle: "Organisations sans contact joignable",
  unreachedLead: "Le préavis ne peut atteindre ces organisations par un contact\u00a0: relancez-les autrement et demandez à leur administrateur d’enregistrer une adresse qui fonctionne sur sa page des contacts pour les préavis.",
  allReached: "Chaque organisation a au moins un contact dont le courrier est distribué.",
  reasons: { no_contact: "Aucun contact enregistré", all_stopped: "Tous les contacts ont rejeté, signalé ou se sont désabonnés" },
};

export function reachText(lang: Lang) {
  return lang === "fr" ? fr : en;
}
