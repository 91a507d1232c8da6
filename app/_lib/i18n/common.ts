import { errorTable, type ErrorCode } from "@/workers/errors";
import type { Lang } from "./lang";

/** Strings every page needs: chrome, and a message a person can act on for every error code. */
const common = {
  en: {
    skipToContent: "Skip to content",
    siteName: "Roomtrust",
    navSubprocessors: "Subprocessors",
    navAdmin: "Admin",
    language: "Language",
    footer: "Roomtrust — subprocessor transparency under GDPR Article 28.",
    navPrivacy: "Privacy: what we learn and keep",
    description: "The subprocessors that handle our customers’ data, under GDPR Article 28. Every change is announced at least 30 days ahead, with 15 days to object; subscribe to hear of each one by email.",
    backTo: "Back to the subprocessor list",
    errorHeading: "We could not do that",
    notFoundTitle: "Page not found",
    notFoundBody: "There is no page at this address. The link may be mistyped, or the page may have moved.",
    serverErrorTitle: "Something went wrong",
    serverErrorBody: "Something went wrong on our side. Nothing was saved; please try again in a moment.",
    fieldProblems: "Please correct the following:",
    errors: englishErrors(),
  },
  fr: {
    skipToContent: "Aller au contenu",
    siteName: "Roomtrust",
    navSubprocessors: "Sous-traitants ultérieurs",
    navAdmin: "Administration",
    language: "Langue",
    footer: "Roomtrust — transparence sur les sous-traitants ultérieurs (RGPD, article 28).",
    navPrivacy: "Confidentialité : ce que nous apprenons et conservons",
    description: "Les sous-traitants ultérieurs qui traitent les données de nos clients, au titre de l’article 28 du RGPD. Chaque changement est annoncé au moins 30 jours à l’avance, avec 15 jours pour s’y opposer ; abonnez-vous pour en être informé par e-mail.",
    backTo: "Retour à la liste des sous-traitants ultérieurs",
    errorHeading: "Nous n’avons pas pu le faire",
    notFoundTitle: "Page introuvable",
    notFoundBody: "Il n’y a pas de page à cette adresse. Le lien contient peut-être une faute de frappe, ou la page a été déplacée.",
    serverErrorTitle: "Une erreur est survenue",
    serverErrorBody: "Un problème est survenu de notre côté. Rien n’a été enregistré ; réessayez dans un instant.",
    fieldProblems: "Veuillez corriger les points suivants :",
    errors: {
      validation_failed: "Certains champs sont à corriger.",
      body_too_large: "Votre envoi est trop volumineux. Raccourcissez-le et réessayez.",
      unsupported_media_type: "Ce formulaire doit être envoyé comme un formulaire web.",
      token_invalid: "Ce lien n’est pas valide. Il a peut-être été modifié ou tronqué ; utilisez le lien de votre e-mail tel quel.",
      token_expired: "Ce lien a expiré. Demandez-en un nouveau.",
      token_wrong_purpose: "Ce lien sert à autre chose et ne peut pas être utilisé ici.",
      token_used: "Ce lien a déjà été utilisé. Demandez-en un nouveau.",
      unauthenticated: "Veuillez vous connecter pour continuer.",
      forbidden: "Vous n’êtes pas autorisé à faire cela.",
      csrf_failed: "Ce formulaire a expiré ou provient d’un autre site. Rechargez la page et réessayez.",
      not_found: "Nous n’avons pas trouvé ce que vous cherchez.",
      method_not_allowed: "Cette adresse n’accepte pas ce type de requête.",
      websocket_expected: "Cette adresse est la connexion en direct de la recherche de salles. Ouvrez la page de recherche de salles elle-même.",
      webhook_unverified: "Ce webhook n’est pas signé avec le secret de notre point de réception, ou son horodatage s’écarte de plus de cinq minutes. Rien n’a été enregistré.",
      webhook_early: "Ce webhook concerne un message que nous n’avons pas fini d’enregistrer. Renvoyez-le dans quelques secondes.",
      cross_site_socket: "Cette connexion en direct venait d’un autre site et a été refusée.",
      rate_limited: "Trop de tentatives depuis votre connexion. Patientez jusqu’à une heure puis réessayez.",
      notice_not_draft: "Seul un avis en brouillon peut être modifié ou publié.",
      notice_conflict: "Quelqu’un d’autre a modifié cet avis au même moment. Rechargez pour voir son état actuel.",
      notice_not_published: "Cet avis n’est pas publié.",
      notice_final: "Cet avis a déjà pris effet ou a été retiré.",
      effective_too_early: "La modification ne peut pas prendre effet moins de 30 jours après sa publication.",
      objection_window_closed: "Le délai d’opposition de 15 jours pour cette modification est clos.",
      objection_not_open: "Cette opposition a déjà été traitée.",
      correction_needs_notice: "Rien n’a été corrigé\u00a0: certains de ces changements sont substantiels et demandent un avis.",
      subprocessor_exists: "Un sous-traitant ultérieur avec cet identifiant existe déjà.",
      device_unauthorized: "Cet écran n’est pas appairé, ou son appairage a été révoqué. Appairez-le de nouveau avec un code créé sur la page d’administration des salles.",
      pairing_code_invalid: "Ce code d’appairage n’est pas valide ou a expiré. Créez-en un nouveau sur la page d’administration des salles.",
      finder_access_denied: "Ce lien vers les salles n’est pas valide (il a peut-être été remplacé). Demandez le lien actuel à votre administrateur, ou connectez-vous.",
      display_name_taken: "Un autre écran de cette organisation porte déjà ce nom.",
      name_confusable: "Ce nom ressemble à s’y méprendre à un nom qui existe déjà (seuls des caractères invisibles ou d’apparence identique diffèrent). Choisissez un nom qui se lit autrement.",
      import_rejected: "Rien n’a été importé : les lignes ci-dessous sont à corriger.",
      import_conflict: "Rien n’a été importé : un autre import ou une autre modification a enregistré au même moment des écrans portant certains de ces noms (colonne name). Ouvrez la page des salles pour voir les écrans qui existent maintenant, puis n’importez que les lignes manquantes.",
      evidence_inconsistent: "Le journal de preuves ne contient plus toutes les entrées que couvrent ses points de contrôle signés : aucune preuve ne peut être fournie. Conservez le point de contrôle que vous avez : il montre ce que le journal contenait.",
      dev_tools_disabled: "Introuvable.",
      internal: "Un problème est survenu de notre côté. Rien n’a été enregistré ; réessayez dans un instant.",
    } satisfies Record<ErrorCode, string>,
  },
} as const;

/** English error messages live in the core's error table, beside their status: one home for each. */
function englishErrors(): Record<ErrorCode, string> {
  return Object.fromEntries(Object.entries(errorTable).map(([code, entry]) => [code, entry.title])) as Record<ErrorCode, string>;
}

export function commonText(lang: Lang) {
  return common[lang];
}
