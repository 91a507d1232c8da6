import type { Lang } from "../_lib/i18n/lang";

/**
 * The public privacy page, for customers and the people in their meeting rooms. It must say what
 * is true of the code, no more: docs/privacy.md is the engineers' version, column by column.
 */
const en = {
  title: "Privacy: what Roomtrust learns and keeps",
  description: "What Roomtrust's room displays and subprocessor portal send to its servers, what can be learnt from it, and how long it is kept.",
  lead: "Roomtrust runs two services: room displays with a room finder, and this subprocessor portal. This page says exactly what each sends to our servers, what can be learnt from it, and how long we keep it.",
  rooms: {
    heading: "Room displays and the room finder",
    calendar:
      "A tablet outside a meeting room reads the room’s calendar itself, directly from Microsoft 365 or Google Calendar, with a sign-in that stays on the tablet. It never sends us a meeting’s subject, organiser or attendees, nor its start and end times. It sends us only this:",
    sends: [
      "once, when it is paired: the pairing code shown on the rooms admin page;",
      "when it starts, and every 15 minutes: a request for its configuration (the room’s name and details, opening hours, language and appearance);",
      "at least once a minute: whether the room is occupied or available, and nothing else.",
    ],
    learnHeading: "What we can still learn, and the setting that limits it",
    learn:
      "When the reported state changes is itself information: it tells us, and anyone with the organisation’s room-finder link, roughly when meetings start and end. Each organisation chooses how precise that is, in its rooms settings:",
    modes: [
      {
        name: "Every quarter hour",
        note: "the default for every organisation",
        text: "The tablet reports whether the room was occupied at :00, :15, :30 and :45, and holds that answer until the next quarter hour. We can tell whether a room was in use at each quarter hour, and so a meeting’s times only to within 15 minutes; a meeting that starts and ends between two quarter hours is never seen. The holding happens on the tablet, so our servers never receive anything more precise.",
      },
      {
        name: "At once",
        note: "if the organisation chooses it",
        text: "The tablet reports each change the moment it happens, so we and anyone with the room-finder link can tell when each meeting starts and ends, to the minute, and when a room was released because nobody checked in.",
      },
    ],
    online: "Either way, each report also tells us that the tablet is switched on and connected: one that has not reported for three minutes is shown as offline.",
    keepHeading: "What we keep, and for how long",
    keep: [
      "The current state of each display (online, occupied, the time of its last report), replaced by each new report. No history of reports is kept.",
      "A snapshot of each display every quarter hour (its name, online, occupied, the time), for the utilisation charts. Snapshots are deleted after the period the organisation sets: 13 months unless it changes it.",
      "The display configuration the organisation’s admins enter, until they remove the display.",
      "Tablets’ network addresses are not stored, except in the counter that slows down the guessing of pairing codes.",
    ],
    seeHeading: "Who can see it",
    see: "The organisation’s admins and members, and anyone who has its room-finder link, see each room’s current state and its changes as they are reported. Replacing the link on the rooms admin page stops every copy of the old one. The panel on the tablet itself shows the room’s meetings to people passing by, unless the organisation turns on its privacy mode; that never leaves the tablet.",
  },
  portal: {
    heading: "The subprocessor portal",
    items: [
      "If you subscribe to notices of changes, we keep your email address, the language you chose, and when you confirmed and unsubscribed: the proof of your consent and of its withdrawal.",
      "If you object to a change, we keep your organisation’s name, your contact email and your grounds, and how the objection was resolved.",
      "Every notice, email, objection and decision is written to an audit log that cannot be edited, so that an auditor can check we kept our commitments. Unsubscribing removes your address from the subscribers; the record of what was sent to it stays, as the data processing agreement’s audit duties require.",
      "To stop abuse, we count requests per email address and per network address, in windows of 15 minutes to an hour.",
    ],
  },
  inventory: "Every column of our database is listed, with what it holds and why, in docs/privacy.md in Roomtrust’s source code.",
};

const fr: typeof en = {
  title: "Confidentialité : ce que Roomtrust apprend et conserve",
  description: "Ce que les écrans de salle et le portail des sous-traitants ultérieurs de Roomtrust envoient à ses serveurs, ce qu’on peut en déduire et combien de temps c’est conservé.",
  lead: "Roomtrust assure deux services : des écrans de salle avec une recherche de salles, et ce portail des sous-traitants ultérieurs. Cette page dit exactement ce que chacun envoie à nos serveurs, ce qu’on peut en déduire et combien de temps nous le conservons.",
  rooms: {
    heading: "Écrans de salle et recherche de salles",
    calendar:
      "Une tablette à l’entrée d’une salle de réunion lit elle-même le calendrier de la salle, directement auprès de Microsoft 365 ou de Google Agenda, avec une connexion qui reste sur la tablette. Elle ne nous envoie jamais l’objet, l’organisateur ni les participants d’une réunion, ni ses heures de début et de fin. Elle nous envoie seulement ceci :",
    sends: [
      "une fois, à l’appairage : le code d’appairage affiché sur la page d’administration des salles ;",
      "au démarrage, puis toutes les 15 minutes : une demande de sa configuration (nom et description de la salle, heures ouvrées, langue et apparence) ;",
      "au moins une fois par minute : si la salle est occupée ou libre, et rien d’autre.",
    ],
    learnHeading: "Ce que nous pouvons encore apprendre, et le réglage qui le limite",
    learn:
      "Le moment où l’état signalé change est en soi une information : il nous apprend, ainsi qu’à toute personne qui a le lien vers les salles de l’organisation, à peu près quand les réunions commencent et finissent. Chaque organisation choisit cette précision dans les paramètres de ses salles :",
    modes: [
      {
        name: "Au quart d’heure",
        note: "le réglage par défaut de toute organisation",
        text: "La tablette indique si la salle était occupée à :00, :15, :30 et :45, et garde cette réponse jusqu’au quart d’heure suivant. Nous savons si une salle était utilisée à chaque quart d’heure, donc les heures d’une réunion à 15 minutes près seulement ; une réunion qui commence et finit entre deux quarts d’heure n’est jamais vue. C’est la tablette qui retient la réponse : nos serveurs ne reçoivent jamais rien de plus précis.",
      },
      {
        name: "Immédiatement",
        note: "si l’organisation le choisit",
        text: "La tablette signale chaque changement dès qu’il a lieu : nous-mêmes et toute personne qui a le lien vers les salles pouvons savoir à la minute près quand chaque réunion commence et finit, et quand une salle a été libérée parce que personne n’a confirmé sa présence.",
      },
    ],
    online: "Dans les deux cas, chaque signalement nous apprend aussi que la tablette est allumée et connectée : une tablette qui ne s’est pas signalée depuis trois minutes apparaît hors ligne.",
    keepHeading: "Ce que nous conservons, et combien de temps",
    keep: [
      "L’état actuel de chaque écran (en ligne, occupé, l’heure de son dernier signalement), remplacé à chaque nouveau signalement. Aucun historique des signalements n’est conservé.",
      "Un relevé de chaque écran tous les quarts d’heure (son nom, en ligne, occupé, l’heure), pour les graphiques d’utilisation. Les relevés sont supprimés après la durée choisie par l’organisation : 13 mois si elle ne la change pas.",
      "La configuration des écrans saisie par les administrateurs de l’organisation, jusqu’à ce qu’ils suppriment l’écran.",
      "Les adresses réseau des tablettes ne sont pas conservées, sauf dans le compteur qui ralentit les tentatives de deviner un code d’appairage.",
    ],
    seeHeading: "Qui peut le voir",
    see: "Les administrateurs et les membres de l’organisation, et toute personne qui a son lien vers les salles, voient l’état actuel de chaque salle et ses changements à mesure qu’ils sont signalés. Remplacer le lien sur la page d’administration des salles désactive toutes les copies de l’ancien. L’écran de la tablette montre lui-même les réunions de la salle aux passants, sauf si l’organisation active le mode confidentiel ; cela ne quitte jamais la tablette.",
  },
  portal: {
    heading: "Le portail des sous-traitants ultérieurs",
    items: [
      "Si vous vous abonnez aux avis de changement, nous conservons votre adresse e-mail, la langue choisie, et les dates de votre confirmation et de votre désabonnement : la preuve de votre consentement et de son retrait.",
      "Si vous vous opposez à un changement, nous conservons le nom de votre organisation, votre e-mail de contact et vos motifs, ainsi que la suite donnée à l’opposition.",
      "Chaque avis, e-mail, opposition et décision est inscrit dans un journal d’audit non modifiable, pour qu’un auditeur puisse vérifier que nous avons tenu nos engagements. Le désabonnement retire votre adresse des abonnés ; la trace de ce qui lui a été envoyé reste, comme l’exigent les obligations d’audit de l’accord de sous-traitance.",
      "Pour empêcher les abus, nous comptons les demandes par adresse e-mail et par adresse réseau, sur des périodes de 15 minutes à une heure.",
    ],
  },
  inventory: "Chaque colonne de notre base de données est décrite, avec ce qu’elle contient et pourquoi, dans docs/privacy.md, dans le code source de Roomtrust.",
};

export function privacyText(lang: Lang) {
  return lang === "fr" ? fr : en;
}
