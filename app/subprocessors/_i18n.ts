import { frenchOf, type Lang } from "../_lib/i18n/lang";
import { fieldLabels } from "@/workers/field-labels";

const subprocessorFields = ["name", "legalEntity", "purpose", "location", "dataCategories", "transferMechanism", "website"] as const;

/** The list's column headings are the fields' labels, so a message and a heading call a field the same. */
function subprocessorColumns(lang: Lang): Record<(typeof subprocessorFields)[number], string> {
  return Object.fromEntries(subprocessorFields.map((field) => [field, fieldLabels[field][lang]])) as Record<(typeof subprocessorFields)[number], string>;
}

/** Strings of the public subprocessor portal (list, notices, subscriptions, objections). */
const en = {
  listTitle: "Subprocessors",
  listLead:
    "These are the companies that process personal data on our behalf to run Roomtrust. We commit to the following, as our data processing agreement (GDPR Article 28) sets out.",
  commitments: [
    "We publish every new or changed subprocessor here, and email subscribers, at least 30 days before it takes effect.",
    "You have 15 days from the notice to object on reasonable data-protection grounds, using the “Object to this change” link on the notice.",
    "We answer an objection within 30 days: we cancel or change the plan, take the measures you ask for, stop the feature concerned, or you stop sending the data concerned. If none of these works, you may terminate the affected services.",
  ],
  currentHeading: "Current subprocessors",
  currentCaption: (count: number) => `${count} subprocessor${count === 1 ? "" : "s"} in use today`,
  currentEmpty:
    "No subprocessors are listed yet. Any we engage will appear here after a 30-day notice, and subscribers hear about it first.",
  columns: subprocessorColumns("en"),
  pendingHeading: "Pending changes",
  pendingEmpty: "No changes are pending. Subscribe below to hear about the next one at least 30 days before it takes effect.",
  historyHeading: "History",
  historyCaption: "Past changes, newest first",
  historyEmpty: "No changes have taken effect or been withdrawn yet.",
  historyColumns: { change: "Change", noticedOn: "Noticed on", outcome: "Outcome", date: "Date" },
  changeKind: { add: "New subprocessor", change: "Change to a subprocessor", remove: "Subprocessor removed" },
  changeTitle: {
    add: (name: string) => `New subprocessor: ${name}`,
    change: (name: string) => `Change to ${name}`,
    remove: (name: string) => `Removal of ${name}`,
  },
  status: {
    published: "Open for objections",
    window_closed: "Objection period closed",
    effective: "In effect",
    withdrawn: "Withdrawn",
  },
  facts: {
    status: "Status",
    noticedOn: "Noticed on",
    objectionDeadline: "Objection deadline",
    effectiveAt: "Takes effect",
    tookEffect: "Took effect",
    withdrawnAt: "Withdrawn on",
  },
  readNotice: (name: string) => `Read the notice about ${name}`,
  objectLink: "Object to this change",
  objectUntil: (deadline: string) => `You can object until ${deadline}.`,
  subscribeHeading: "Get notified of changes",
  subscribeText:
    "We email you at least 30 days before any change, with a link to object. You confirm your address once; every email has a one-click unsubscribe link.",
  emailLabel: "Email address",
  emailHint: "We send one email to confirm your subscription.",
  emailLangLabel: "Language of the emails",
  subscribeButton: "Subscribe",
  feedsHeading: "Machine-readable list",
  feedsText: "The same list for scripts and feed readers. Each answers If-None-Match with 304 when nothing changed.",
  feedJson: "JSON",
  feedCsv: "CSV (spreadsheet)",
  feedAtom: "Atom feed of notices",
  feedEvidence: "Signed checkpoints of the evidence log (JSON), to check that no record was changed later",
  langNames: { en: "English", fr: "French (Français)" },

  checkInboxTitle: "Check your inbox",
  checkInboxSubscribe: (email: string) =>
    `If ${email} is not subscribed yet, we have sent it a link to confirm. The link is valid for 7 days. We send nothing else until you confirm; if the address is already subscribed, there is nothing more to do.`,
  checkInboxLink: (email: string) =>
    `If ${email} can object to this change, we have sent it a personal link to the objection form. The link is valid until the objection period ends.`,
  checkInboxSpam: "Nothing after a few minutes? Check your spam folder, or try again later.",
  subscribeFormTitle: "Subscribe to subprocessor changes",
  errorSummary: "There is a problem",
  fieldErrors: {
    email: "Enter an email address like name@example.com.",
    contactEmail: "Enter an email address like name@example.com.",
    organisation: "Enter your organisation’s name (2 to 200 characters).",
    grounds: "Explain your grounds in a few sentences (at least 30 characters and 5 words, at most 5,000 characters).",
    lang: "Choose English or French.",
  } as Record<string, string>,

  confirmTitle: "Confirm your subscription",
  confirmQuestion: "Press the button to confirm that you want emails about every change to our subprocessors. (We ask, rather than confirm when the link opens, because mail scanners open links too.)",
  confirmButton: "Confirm my subscription",
  confirmedTitle: "Subscription confirmed",
  confirmedText: "You are subscribed. We will email you about every change to our subprocessors at least 30 days before it takes effect.",
  alreadyConfirmedTitle: "Already confirmed",
  alreadyConfirmedText: "This address was already confirmed and is subscribed. There is nothing more to do.",
  linkProblemTitle: "This link cannot be used",
  subscribeAgain: "Subscribe again from the subprocessor page and we will send you a fresh confirmation link.",
  subscribeAgainLink: "Subscribe again",
  unsubscribeProblem: "Use the unsubscribe link from your most recent notice email; each link works for over a year.",

  unsubscribeTitle: "Unsubscribe from change notices",
  unsubscribeQuestion: (hint: string) => `Stop sending subprocessor change notices to ${hint}?`,
  unsubscribeButton: "Unsubscribe",
  unsubscribedTitle: "You are unsubscribed",
  unsubscribedText: "We will not send change notices to this address any more. You can subscribe again at any time from the subprocessor page.",
  alreadyUnsubscribedTitle: "Already unsubscribed",
  alreadyUnsubscribedText: "This address is already unsubscribed. We do not send it change notices.",

  noticeNotFoundTitle: "Notice not found",
  noticeNotFoundText: "There is no published notice at this address. It may have been mistyped.",
  whatChanges: "What changes",
  field: "Field",
  before: "Before",
  after: "After",
  value: "Proposed",
  unchanged: "(unchanged)",
  removeText: (name: string) => `${name} will no longer process personal data for us once the change takes effect.`,
  why: "Why",
  timelineHeading: "Timeline",
  timeline: {
    published: "Notice published",
    windowCloses: "Objection period closes",
    windowClosed: "Objection period closed",
    takesEffect: "The change takes effect",
    tookEffect: "The change took effect",
    withdrawn: "Notice withdrawn; the change will not happen",
  },
  windowOpenText: (deadline: string) =>
    `If this change raises a data-protection concern for you, object by ${deadline}. We answer within 30 days.`,
  windowClosedText: (deadline: string) => `The objection period closed on ${deadline}.`,
  dataFeeds: "This notice is also in the JSON list and the Atom feed.",

  objectTitle: (name: string) => `Object to: ${name}`,
  objectIntro: "Tell us why this change is a problem for the personal data you entrust to us. We answer within 30 days.",
  organisationLabel: "Organisation",
  contactEmailLabel: "Contact email",
  contactEmailHint: "We send the receipt and our answer here.",
  groundsLabel: "Grounds for objecting",
  groundsHint: "Your grounds must relate to data protection, for example the location of processing, the data categories, or the transfer mechanism.",
  objectButton: "Send objection",
  linkHeading: "First, confirm your email address",
  linkText: "We send the receipt and our answer to the address you object from, so we first email it a personal link to this form. Open the link to write your objection; nothing is recorded until then.",
  contactEmailFromLink: "The address your personal link was sent to. For another address, ask for a link for it.",
  linkSentTitle: "Open the link we emailed you",
  linkSentText: (email: string) =>
    `Your objection is not recorded yet. If this change still accepts objections, we have sent ${email} a personal link to the objection form: open it and send your objection from there.`,
  linkSentKeep: "Here is what you wrote, to copy into the form:",
  linkEmailLabel: "Your email address",
  linkButton: "Email me a personal link",
  windowClosedTitle: "The objection period has closed",
  windowClosedDates: (noticed: string, deadline: string) =>
    `This change was noticed on ${noticed}; objections were accepted until ${deadline}. The period is now closed.`,
  backToNotice: "Back to the notice",
  objectLinkProblem: "Ask for a new personal link from the objection form.",
  openObjectionForm: "Open the objection form",
  objectionReceivedTitle: "Objection received",
  objectionReceivedText: (received: string) => `We received your objection on ${received}.`,
  objectionReference: "Reference",
  objectionAnswerBy: "We will answer by",
  objectionReceipt: (email: string) => `We have sent a receipt to ${email}. Keep the reference for any follow-up.`,

  feedTitle: "Roomtrust subprocessor changes",
  feedSubtitle: "Every published change to the list of subprocessors, at least 30 days before it takes effect.",
  feedSummary: (kind: string, noticed: string, deadline: string, effective: string) =>
    `${kind}. Noticed ${noticed}; objections until ${deadline}; takes effect ${effective}.`,
};

export type PortalText = typeof en;

const fr: PortalText = {
  listTitle: "Sous-traitants ultérieurs",
  listLead:
    "Voici les entreprises qui traitent des données personnelles pour notre compte afin de faire fonctionner Roomtrust. Conformément à notre accord de traitement des données (RGPD, article 28), nous nous engageons à ce qui suit.",
  commitments: [
    "Nous publions ici tout nouveau sous-traitant ou toute modification, et prévenons les abonnés par e-mail, au moins 30 jours avant la prise d’effet.",
    "Vous disposez de 15 jours à compter de l’avis pour vous y opposer pour des motifs raisonnables liés à la protection des données, avec le lien « S’opposer à cette modification » de l’avis.",
    "Nous répondons à toute opposition sous 30 jours : nous annulons ou modifions le projet, prenons les mesures demandées, arrêtons la fonctionnalité concernée, ou vous cessez d’envoyer les données concernées. À défaut, vous pouvez résilier les services concernés.",
  ],
  currentHeading: "Sous-traitants ultérieurs actuels",
  currentCaption: (count: number) => `${count} sous-traitant${count > 1 ? "s" : ""} ultérieur${count > 1 ? "s" : ""} à ce jour`,
  currentEmpty:
    "Aucun sous-traitant ultérieur n’est encore listé. Tout nouveau sous-traitant apparaîtra ici après un préavis de 30 jours, et les abonnés en seront informés en premier.",
  columns: subprocessorColumns("fr"),
  pendingHeading: "Modifications à venir",
  pendingEmpty: "Aucune modification n’est prévue. Abonnez-vous ci-dessous pour être informé de la prochaine au moins 30 jours avant sa prise d’effet.",
  historyHeading: "Historique",
  historyCaption: "Modifications passées, les plus récentes d’abord",
  historyEmpty: "Aucune modification n’a encore pris effet ni été retirée.",
  historyColumns: { change: "Modification", noticedOn: "Annoncée le", outcome: "Issue", date: "Date" },
  changeKind: { add: "Nouveau sous-traitant", change: "Modification d’un sous-traitant", remove: "Retrait d’un sous-traitant" },
  changeTitle: {
    add: (name: string) => `Nouveau sous-traitant ultérieur : ${name}`,
    change: (name: string) => `Modification concernant ${name}`,
    remove: (name: string) => `Retrait ${frenchOf(name)}`,
  },
  status: {
    published: "Opposition possible",
    window_closed: "Délai d’opposition clos",
    effective: "En vigueur",
    withdrawn: "Retiré",
  },
  facts: {
    status: "Statut",
    noticedOn: "Annoncé le",
    objectionDeadline: "Date limite d’opposition",
    effectiveAt: "Prise d’effet",
    tookEffect: "A pris effet le",
    withdrawnAt: "Retiré le",
  },
  readNotice: (name: string) => `Lire l’avis concernant ${name}`,
  objectLink: "S’opposer à cette modification",
  objectUntil: (deadline: string) => `Vous pouvez vous y opposer jusqu’au ${deadline}.`,
  subscribeHeading: "Être informé des modifications",
  subscribeText:
    "Nous vous écrivons au moins 30 jours avant toute modification, avec un lien pour vous y opposer. Vous confirmez votre adresse une fois ; chaque e-mail contient un lien de désabonnement en un clic.",
  emailLabel: "Adresse e-mail",
  emailHint: "Nous envoyons un e-mail pour confirmer votre abonnement.",
  emailLangLabel: "Langue des e-mails",
  subscribeButton: "S’abonner",
  feedsHeading: "Liste lisible par machine",
  feedsText: "La même liste pour les scripts et les lecteurs de flux. Chacun répond 304 à If-None-Match si rien n’a changé.",
  feedJson: "JSON",
  feedCsv: "CSV (tableur)",
  feedAtom: "Flux Atom des avis",
  feedEvidence: "Points de contrôle signés du journal de preuves (JSON), pour vérifier qu’aucun enregistrement n’a été modifié après coup",
  langNames: { en: "Anglais (English)", fr: "Français" },

  checkInboxTitle: "Vérifiez votre boîte de réception",
  checkInboxSubscribe: (email: string) =>
    `Si ${email} n’est pas encore abonnée, nous lui avons envoyé un lien de confirmation, valable 7 jours. Nous n’envoyons rien d’autre avant votre confirmation ; si l’adresse est déjà abonnée, vous n’avez rien à faire.`,
  checkInboxLink: (email: string) =>
    `Si ${email} peut s’opposer à cette modification, nous lui avons envoyé un lien personnel vers le formulaire d’opposition, valable jusqu’à la fin du délai d’opposition.`,
  checkInboxSpam: "Rien après quelques minutes ? Vérifiez vos courriers indésirables, ou réessayez plus tard.",
  subscribeFormTitle: "S’abonner aux modifications des sous-traitants",
  errorSummary: "Un problème est survenu",
  fieldErrors: {
    email: "Saisissez une adresse e-mail comme nom@exemple.fr.",
    contactEmail: "Saisissez une adresse e-mail comme nom@exemple.fr.",
    organisation: "Saisissez le nom de votre organisation (2 à 200 caractères).",
    grounds: "Expliquez vos motifs en quelques phrases (au moins 30 caractères et 5 mots, au plus 5 000 caractères).",
    lang: "Choisissez l’anglais ou le français.",
  },

  confirmTitle: "Confirmez votre abonnement",
  confirmQuestion: "Appuyez sur le bouton pour confirmer que vous souhaitez recevoir un e-mail à chaque modification de nos sous-traitants ultérieurs. (Nous le demandons, plutôt que de confirmer à l’ouverture du lien, car les analyseurs de messagerie ouvrent aussi les liens.)",
  confirmButton: "Confirmer mon abonnement",
  confirmedTitle: "Abonnement confirmé",
  confirmedText: "Vous êtes abonné. Nous vous écrirons au sujet de toute modification de nos sous-traitants ultérieurs au moins 30 jours avant sa prise d’effet.",
  alreadyConfirmedTitle: "Déjà confirmé",
  alreadyConfirmedText: "Cette adresse était déjà confirmée et reste abonnée. Vous n’avez rien à faire.",
  linkProblemTitle: "Ce lien ne peut pas être utilisé",
  subscribeAgain: "Abonnez-vous à nouveau depuis la page des sous-traitants : nous vous enverrons un nouveau lien de confirmation.",
  subscribeAgainLink: "S’abonner à nouveau",
  unsubscribeProblem: "Utilisez le lien de désabonnement de votre dernier e-mail d’avis ; chaque lien reste valable plus d’un an.",

  unsubscribeTitle: "Se désabonner des avis de modification",
  unsubscribeQuestion: (hint: string) => `Ne plus envoyer d’avis de modification à ${hint} ?`,
  unsubscribeButton: "Se désabonner",
  unsubscribedTitle: "Vous êtes désabonné",
  unsubscribedText: "Nous n’enverrons plus d’avis de modification à cette adresse. Vous pouvez vous réabonner à tout moment depuis la page des sous-traitants.",
  alreadyUnsubscribedTitle: "Déjà désabonné",
  alreadyUnsubscribedText: "Cette adresse est déjà désabonnée. Nous ne lui envoyons pas d’avis.",

  noticeNotFoundTitle: "Avis introuvable",
  noticeNotFoundText: "Aucun avis publié ne se trouve à cette adresse. Elle a peut-être été mal saisie.",
  whatChanges: "Ce qui change",
  field: "Champ",
  before: "Avant",
  after: "Après",
  value: "Proposé",
  unchanged: "(inchangé)",
  removeText: (name: string) => `${name} ne traitera plus de données personnelles pour notre compte après la prise d’effet.`,
  why: "Pourquoi",
  timelineHeading: "Calendrier",
  timeline: {
    published: "Avis publié",
    windowCloses: "Fin du délai d’opposition",
    windowClosed: "Délai d’opposition clos",
    takesEffect: "Prise d’effet de la modification",
    tookEffect: "La modification a pris effet",
    withdrawn: "Avis retiré ; la modification n’aura pas lieu",
  },
  windowOpenText: (deadline: string) =>
    `Si cette modification vous pose un problème de protection des données, opposez-vous avant le ${deadline}. Nous répondons sous 30 jours.`,
  windowClosedText: (deadline: string) => `Le délai d’opposition a pris fin le ${deadline}.`,
  dataFeeds: "Cet avis figure aussi dans la liste JSON et le flux Atom.",

  objectTitle: (name: string) => `S’opposer : ${name}`,
  objectIntro: "Expliquez-nous en quoi cette modification pose problème pour les données personnelles que vous nous confiez. Nous répondons sous 30 jours.",
  organisationLabel: "Organisation",
  contactEmailLabel: "E-mail de contact",
  contactEmailHint: "Nous y envoyons l’accusé de réception et notre réponse.",
  groundsLabel: "Motifs de l’opposition",
  groundsHint: "Vos motifs doivent porter sur la protection des données, par exemple le lieu de traitement, les catégories de données ou le mécanisme de transfert.",
  objectButton: "Envoyer l’opposition",
  linkHeading: "D’abord, confirmez votre adresse e-mail",
  linkText: "Nous envoyons l’accusé de réception et notre réponse à l’adresse depuis laquelle vous vous opposez : nous lui envoyons donc d’abord un lien personnel vers ce formulaire. Ouvrez ce lien pour rédiger votre opposition ; rien n’est enregistré avant.",
  contactEmailFromLink: "L’adresse à laquelle votre lien personnel a été envoyé. Pour une autre adresse, demandez un lien pour celle-ci.",
  linkSentTitle: "Ouvrez le lien que nous vous avons envoyé",
  linkSentText: (email: string) =>
    `Votre opposition n’est pas encore enregistrée. Si cette modification accepte encore des oppositions, nous avons envoyé à ${email} un lien personnel vers le formulaire d’opposition : ouvrez-le et envoyez votre opposition depuis celui-ci.`,
  linkSentKeep: "Voici ce que vous avez écrit, à copier dans le formulaire :",
  linkEmailLabel: "Votre adresse e-mail",
  linkButton: "M’envoyer un lien personnel",
  windowClosedTitle: "Le délai d’opposition est clos",
  windowClosedDates: (noticed: string, deadline: string) =>
    `Cette modification a été annoncée le ${noticed} ; les oppositions étaient acceptées jusqu’au ${deadline}. Le délai est désormais clos.`,
  backToNotice: "Retour à l’avis",
  objectLinkProblem: "Demandez un nouveau lien personnel depuis le formulaire d’opposition.",
  openObjectionForm: "Ouvrir le formulaire d’opposition",
  objectionReceivedTitle: "Opposition reçue",
  objectionReceivedText: (received: string) => `Nous avons reçu votre opposition le ${received}.`,
  objectionReference: "Référence",
  objectionAnswerBy: "Nous répondrons au plus tard le",
  objectionReceipt: (email: string) => `Nous avons envoyé un accusé de réception à ${email}. Conservez la référence pour tout suivi.`,

  feedTitle: "Roomtrust : modifications des sous-traitants ultérieurs",
  feedSubtitle: "Chaque modification publiée de la liste des sous-traitants ultérieurs, au moins 30 jours avant sa prise d’effet.",
  feedSummary: (kind: string, noticed: string, deadline: string, effective: string) =>
    `${kind}. Annoncée le ${noticed} ; oppositions jusqu’au ${deadline} ; prise d’effet le ${effective}.`,
};

export function portalText(lang: Lang): PortalText {
  return lang === "fr" ? fr : en;
}

/** A field's error in the person's language; the core's English message only when we have none. */
export function fieldError(lang: Lang, field: string, fallback: string): string {
  return portalText(lang).fieldErrors[field] ?? fallback;
}
