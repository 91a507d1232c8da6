import type { Lang } from "@/app/_lib/i18n/lang";

/** The vendor's email delivery page: what the provider's webhooks said of the mail sent. */
const en = {
  nav: "Email delivery",
  title: "Email delivery",
  lead: "What Resend reported after sending: whether each message reached its reader. An address whose mail bounced for good, or whose reader marked it as spam, gets no more list mail until that person subscribes again.",
  sentHeading: "Messages sent",
  outcomes: { delivered: "Delivered", bounced: "Bounced", complained: "Marked as spam", delayed: "Delayed, still trying", unknown: "No word from the provider yet" },
  suppressedHeading: "Addresses list mail no longer reaches",
  noneSuppressed: "None: every subscriber's mail is being delivered. Addresses appear here when their mail bounces for good or is marked as spam.",
  address: "Address",
  reason: "Why",
  since: "Since",
  reasons: { bounced: "Bounced: the address does not take mail", complained: "The reader marked a message as spam" },
  chase: "These readers are not hearing of changes. Reach them another way (their contract contact), and ask them to subscribe again with a working address.",
};

const fr: typeof en = {
  nav: "Distribution des e-mails",
  title: "Distribution des e-mails",
  lead: "Ce que Resend a signalé après l’envoi : si chaque message est arrivé à son lecteur. Une adresse dont le courrier a été rejeté définitivement, ou dont le lecteur l’a signalé comme indésirable, ne reçoit plus les envois de la liste tant que cette personne ne s’est pas réabonnée.",
  sentHeading: "Messages envoyés",
  outcomes: { delivered: "Distribués", bounced: "Rejetés", complained: "Signalés comme indésirables", delayed: "Retardés, nouvel essai en cours", unknown: "Pas encore de nouvelles du prestataire" },
  suppressedHeading: "Adresses que les envois de la liste n’atteignent plus",
  noneSuppressed: "Aucune : le courrier de chaque abonné est distribué. Une adresse apparaît ici quand son courrier est rejeté définitivement ou signalé comme indésirable.",
  address: "Adresse",
  reason: "Motif",
  since: "Depuis",
  reasons: { bounced: "Rejet : l’adresse n’accepte pas de courrier", complained: "Le lecteur a signalé un message comme indésirable" },
  chase: "Ces lecteurs n’apprennent pas les modifications. Joignez-les autrement (leur contact contractuel) et demandez-leur de se réabonner avec une adresse qui fonctionne.",
};

export function deliveriesText(lang: Lang) {
  return lang === "fr" ? fr : en;
}
