import type { EmailContent, Lang } from "../message";

/** Double opt-in: nothing is sent to an address until its owner clicks this link. */
export function subscribeConfirm({ confirmUrl }: { confirmUrl: string }, lang: Lang): EmailContent {
  if (lang === "fr") {
    return {
      subject: "Confirmez votre abonnement aux changements de sous-traitants ultérieurs",
      preview: "Un clic pour recevoir nos avis de changement.",
      blocks: [
        { type: "heading", text: "Confirmez votre abonnement" },
        { type: "paragraph", text: "Quelqu’un (sans doute vous) a demandé à recevoir par e-mail les avis de changement de notre liste de sous-traitants ultérieurs, au moins 30 jours avant leur prise d’effet." },
        { type: "action", label: "Confirmer mon abonnement", href: confirmUrl },
        { type: "small", text: "Si ce n’est pas vous, ignorez ce message : vous ne recevrez rien de plus. Ce lien expire dans 7 jours." },
      ],
    };
  }
  return {
    subject: "Confirm your subscription to subprocessor changes",
    preview: "One click to receive our change notices.",
    blocks: [
      { type: "heading", text: "Confirm your subscription" },
      { type: "paragraph", text: "Someone (probably you) asked to receive email notices of changes to our subprocessor list, at least 30 days before they take effect." },
      { type: "action", label: "Confirm my subscription", href: confirmUrl },
      { type: "small", text: "If this wasn’t you, ignore this message and you will receive nothing more. This link expires in 7 days." },
    ],
  };
}
