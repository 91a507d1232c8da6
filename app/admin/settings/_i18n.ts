import type { Lang } from "@/app/_lib/i18n/lang";

/** Strings of the vendor admin's settings page (the periods notices are published with). */
const en = {
  title: "Notice periods",
  lead: "The periods your data processing agreement sets for changes to the subprocessor list. A notice keeps the periods in force when it is published: changing them here never moves the dates of a notice already published.",
  noticePeriodDays: "Notice period",
  noticePeriodHint: "How many days, at least, between publishing a notice and the change taking effect.",
  objectionWindowDays: "Objection window",
  objectionWindowHint: "How many days after the notice customers may object. No longer than the notice period.",
  resolutionPeriodDays: "Resolution period",
  resolutionPeriodHint: "How many days after receiving an objection you have to resolve it before the customer may terminate.",
  bounds: (floor: number, max: number) => `In days: at least ${floor} (the shortest this deployment allows), at most ${max}.`,
  days: "days",
  save: "Save the periods",
  saved: "Saved. Notices you publish from now on use these periods; published notices keep theirs.",
  lastChanged: (who: string, when: string) => `Last changed by ${who} on ${when}.`,
  neverChanged: "These are the defaults (30, 15 and 30 days); nobody has changed them yet.",
  errorSummary: "Some periods need attention",
  back: "Back to the admin",
};

const fr: typeof en = {
  title: "Délais des avis",
  lead: "Les délais que fixe votre accord de traitement des données pour les modifications de la liste des sous-traitants ultérieurs. Un avis conserve les délais en vigueur à sa publication\u00a0: les modifier ici ne déplace jamais les dates d’un avis déjà publié.",
  noticePeriodDays: "Préavis",
  noticePeriodHint: "Le nombre minimal de jours entre la publication d’un avis et la prise d’effet de la modification.",
  objectionWindowDays: "Délai d’opposition",
  objectionWindowHint: "Le nombre de jours après l’avis pendant lesquels les clients peuvent s’y opposer. Pas plus long que le préavis.",
  resolutionPeriodDays: "Délai de résolution",
  resolutionPeriodHint: "Le nombre de jours dont vous disposez après réception d’une opposition pour la résoudre avant que le client puisse résilier.",
  bounds: (floor: number, max: number) => `En jours\u00a0: au moins ${floor} (le minimum que permet ce déploiement), au plus ${max}.`,
  days: "jours",
  save: "Enregistrer les délais",
  saved: "Enregistré. Les avis que vous publierez utiliseront ces délais\u00a0; les avis publiés conservent les leurs.",
  lastChanged: (who: string, when: string) => `Modifiés en dernier par ${who} le ${when}.`,
  neverChanged: "Ce sont les délais par défaut (30, 15 et 30\u00a0jours)\u00a0; personne ne les a encore modifiés.",
  errorSummary: "Certains délais sont à corriger",
  back: "Retour à l’administration",
};

export function settingsText(lang: Lang) {
  return lang === "fr" ? fr : en;
}
