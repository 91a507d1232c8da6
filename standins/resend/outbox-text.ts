import type { Lang } from "../../app/_lib/i18n/lang";

/** Every word the outbox pages show. */
const en = {
  title: "Outbox",
  standin: "Local email stand-in",
  lead: "Every email Roomtrust sent while running locally. Nothing leaves this machine.",
  count: (n: number) => `Newest first; ${n} ${n === 1 ? "message" : "messages"}.`,
  json: "Also as JSON",
  empty: "No email yet. Subscribe on the subprocessor list or sign in to the admin to send one.",
  subprocessors: "Subprocessor list",
  admin: "Admin",
  to: "To",
  from: "From",
  sent: "Sent",
  links: "Links",
  plainText: "Plain text",
  htmlPart: "As the recipient sees it",
  open: "Open this message",
  back: "All messages",
  notFound: "No message with this id is in the outbox. It may have been sent by an earlier run that started afresh.",
};

/** The same words in French: typed as the English, so a key missing in either does not compile. */
const fr: typeof en = {
  title: "Boîte d’envoi",
  standin: "Service d’e-mail local",
  lead: "Tous les e-mails que Roomtrust a envoyés en local. Rien ne quitte cette machine.",
  count: (n: number) => `Du plus récent au plus ancien ; ${n} ${n <= 1 ? "message" : "messages"}.`,
  json: "Aussi en JSON",
  empty: "Aucun e-mail pour l’instant. Abonnez-vous sur la liste des sous-traitants ou connectez-vous à l’administration pour en envoyer un.",
  subprocessors: "Liste des sous-traitants",
  admin: "Administration",
  to: "À",
  from: "De",
  sent: "Envoyé le",
  links: "Liens",
  plainText: "Texte brut",
  htmlPart: "Tel que le destinataire le voit",
  open: "Ouvrir ce message",
  back: "Tous les messages",
  notFound: "Aucun message de la boîte d’envoi ne porte cet identifiant. Il a peut-être été envoyé par une exécution précédente repartie de zéro.",
};

export type OutboxText = typeof en;

export function outboxText(lang: Lang): OutboxText {
  return lang === "fr" ? fr : en;
}
