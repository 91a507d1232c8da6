import type { Lang } from "@/app/_lib/i18n/lang";

/** An admin's own profile: the language of the emails they get. */
const en = {
  nav: "Profile",
  title: "Your profile",
  legend: "Language of your emails",
  hint: "Sign-in links, termination rights, display incidents and every other email Roomtrust sends you are written in this language.",
  choices: { default: "As before: the language of the page you ask from, or your organisation's", en: "English", fr: "French" },
  save: "Save",
  saved: "Saved: your emails are now written in the language you chose.",
};

const fr: typeof en = {
  nav: "Profil",
  title: "Votre profil",
  legend: "Langue de vos e-mails",
  hint: "Les liens de connexion, les droits de résiliation, les incidents d’écran et tous les autres e-mails que Roomtrust vous envoie sont rédigés dans cette langue.",
  choices: { default: "Comme avant\u00a0: la langue de la page d’où vous demandez, ou celle de votre organisation", en: "Anglais", fr: "Français" },
  save: "Enregistrer",
  saved: "Enregistré\u00a0: vos e-mails sont désormais rédigés dans la langue choisie.",
};

export function profileText(lang: Lang) {
  return lang === "fr" ? fr : en;
}
