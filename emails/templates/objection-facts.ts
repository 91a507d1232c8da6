import { emailDate, type Block, type Lang } from "../message";

export interface ObjectionFacts {
  id: string;
  organisation: string;
  contactEmail: string;
  grounds: string;
  receivedAt: number;
  resolutionDeadline: number;
  remedy: string | null;
  resolutionNote: string | null;
  subprocessorName: string;
  noticeUrl: string;
}

/** The four remedies of DPA §1.g (and withdrawal of the whole change), in plain words. */
export const remedyText = {
  en: {
    change_cancelled: "We will not use this subprocessor for your data, or we offer an alternative without it.",
    remediated: "We took the corrective measures you asked for and continue with the subprocessor.",
    feature_stopped: "The feature that needs this subprocessor is stopped for you (temporarily or permanently).",
    customer_stops_data: "You stop sending us the data that this subprocessor would process.",
    change_withdrawn: "We withdrew the whole change: it will not take effect.",
  },
  fr: {
    change_cancelled: "Nous n’utiliserons pas ce sous-traitant pour vos données, ou nous proposons une alternative sans lui.",
    remediated: "Nous avons pris les mesures correctives demandées et continuons avec ce sous-traitant.",
    feature_stopped: "La fonctionnalité qui nécessite ce sous-traitant est arrêtée pour vous (temporairement ou définitivement).",
    customer_stops_data: "Vous cessez de nous transmettre les données que ce sous-traitant traiterait.",
    change_withdrawn: "Nous avons retiré l’ensemble du changement : il ne prendra pas effet.",
  },
} as const;

export function objectionFactBlocks(o: ObjectionFacts, lang: Lang): Block[] {
  const fr = lang === "fr";
  return [
    {
      type: "facts",
      rows: [
        [fr ? "Référence" : "Reference", o.id],
        [fr ? "Changement" : "Change", o.subprocessorName],
        [fr ? "Organisation" : "Organisation", o.organisation],
        [fr ? "Contact" : "Contact", o.contactEmail],
        [fr ? "Reçue le" : "Received", emailDate(o.receivedAt, lang)],
        [fr ? "Résolution au plus tard le" : "To be resolved by", emailDate(o.resolutionDeadline, lang)],
      ],
    },
    { type: "paragraph", text: fr ? `Motifs : ${o.grounds}` : `Grounds: ${o.grounds}` },
  ];
}
