import type { Lang } from "@/app/_lib/i18n/lang";

/** An organisation admin's notice contacts page. */
const en = {
  nav: "Notice contacts",
  title: "Notice contacts",
  lead: "The people who must hear of every change to the vendor's subprocessors: your DPO, legal and security contacts. Each one gets every notice by email, with a personal link to object, from the moment you add them; they need not confirm, and each can stop the emails with one click.",
  none: "No notice contacts yet. Until you add one, notices reach your organisation only if someone subscribed on the public list.",
  unreached: "None of your contacts is getting notices now. Add a working address so that changes reach your organisation.",
  name: "Name",
  role: "Role",
  email: "Email address",
  state: "Notices",
  roles: { dpo: "Data protection officer (DPO)", legal: "Legal", security: "Security", other: "Other" },
  states: {
    active: "Getting notices",
    unsubscribed: "Unsubscribed by the contact",
    suppressed: { bounced: "Stopped: the address does not take mail", complained: "Stopped: the contact marked a notice as spam" },
  },
  since: (when: string) => `since ${when}`,
  actions: "Actions",
  remove: "Remove",
  addTitle: "Add a contact",
  addHint: "Adding an address again, after it was removed, unsubscribed or stopped, turns its notices back on.",
  nameLabel: "Contact's name",
  roleLabel: "Role",
  emailLabel: "Email address",
  add: "Add contact",
  added: "Contact added: they get every notice from now on.",
  removed: "Contact removed: they get no more notices.",
  errorSummary: "The contact was not added:",
};

const fr: typeof en = {
  nav: "Contacts pour les préavis",
  title: "Contacts pour les préavis",
  lead: "Les personnes qui doivent être informées de chaque modification des sous-traitants du fournisseur\u00a0: votre DPO, vos contacts juridique et sécurité. Chacune reçoit chaque préavis par e-mail, avec un lien personnel pour s’opposer, dès que vous l’ajoutez\u00a0; elle n’a rien à confirmer et peut arrêter ces e-mails d’un clic.",
  none: "Aucun contact pour l’instant. Tant que vous n’en ajoutez pas, les préavis n’atteignent votre organisation que si quelqu’un s’est abonné à la liste publique.",
  unreached: "Aucun de vos contacts ne reçoit plus les préavis. Ajoutez une adresse qui fonctionne pour que les modifications atteignent votre organisation.",
  name: "Nom",
  role: "Rôle",
  email: "Adresse e-mail",
  state: "Préavis",
  roles: { dpo: "Délégué à la protection des données (DPO)", legal: "Juridique", security: "Sécurité", other: "Autre" },
  states: {
    active: "Reçoit les préavis",
    unsubscribed: "Désabonné par le contact",
    suppressed: { bounced: "Arrêté\u00a0: l’adresse n’accepte pas de courrier", complained: "Arrêté\u00a0: le contact a signalé un préavis comme indésirable" },
  },
  since: (when: string) => `depuis le ${when}`,
  actions: "Actions",
  remove: "Retirer",
  addTitle: "Ajouter un contact",
  addHint: "Ajouter de nouveau une adresse retirée, désabonnée ou arrêtée lui fait recevoir de nouveau les préavis.",
  nameLabel: "Nom du contact",
  roleLabel: "Rôle",
  emailLabel: "Adresse e-mail",
  add: "Ajouter le contact",
  added: "Contact ajouté\u00a0: il reçoit désormais chaque préavis.",
  removed: "Contact retiré\u00a0: il ne reçoit plus de préavis.",
  errorSummary: "Le contact n’a pas été ajouté\u00a0:",
};

export function contactsText(lang: Lang) {
  return lang === "fr" ? fr : en;
}
