import { emailDate, type EmailContent, type Lang } from "../message";

export interface WebhookDisabledFacts {
  url: string;
  failures: number;
  /** When the first of the failed attempts in a row happened, in ms. */
  failingSince: number;
  webhooksUrl: string;
}

/** An endpoint kept failing and was turned off: which one, since when, and how to turn it on again. */
export function webhookDisabled({ url, failures, failingSince, webhooksUrl }: WebhookDisabledFacts, lang: Lang): EmailContent {
  const since = emailDate(failingSince, lang);
  if (lang === "fr") {
    return {
      subject: "Un point de terminaison de webhooks a été désactivé",
      preview: `${failures}\u00a0envois de suite ont échoué depuis le ${since}.`,
      blocks: [
        { type: "heading", text: "Webhooks désactivés pour un point de terminaison" },
        { type: "paragraph", text: `Depuis le ${since}, ${failures}\u00a0tentatives de suite vers ${url} ont échoué (erreur, délai dépassé ou adresse refusée). Nous avons cessé d’y envoyer les avis.` },
        { type: "paragraph", text: "Les événements manqués restent en attente. Une fois le récepteur réparé, réactivez le point de terminaison\u00a0: ils seront envoyés aussitôt, dans l’ordre." },
        { type: "action", label: "Voir les webhooks", href: webhooksUrl },
        { type: "small", text: "Vous recevez un seul message par série d’échecs." },
      ],
    };
  }
  return {
    subject: "A webhook endpoint was turned off",
    preview: `${failures} attempts in a row failed since ${since}.`,
    blocks: [
      { type: "heading", text: "Webhooks turned off for one endpoint" },
      { type: "paragraph", text: `Since ${since}, ${failures} attempts in a row to ${url} failed (an error, no answer in time, or an address we refuse). We have stopped sending notices there.` },
      { type: "paragraph", text: "The events it missed are kept. Once the receiver is fixed, turn the endpoint on again: they are sent at once, in order." },
      { type: "action", label: "Open webhooks", href: webhooksUrl },
      { type: "small", text: "You get one message per run of failures." },
    ],
  };
}
