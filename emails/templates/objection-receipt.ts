import { emailDate, type EmailContent, type Lang } from "../message";
import { evidenceReceiptBlocks, type EvidenceReceipt } from "./evidence-receipt";
import { objectionFactBlocks, remedyText, type ObjectionFacts } from "./objection-facts";

/** The receipt starts the 30-day resolution clock, so it says what can happen and by when. */
export function objectionReceipt({ objection, receipt }: { objection: ObjectionFacts; receipt: EvidenceReceipt }, lang: Lang): EmailContent {
  const remedies = remedyText[lang];
  const outcomes = [remedies.change_cancelled, remedies.remediated, remedies.feature_stopped, remedies.customer_stops_data];
  if (lang === "fr") {
    return {
      subject: `Nous avons reçu votre opposition (${objection.subprocessorName})`,
      preview: `Réponse au plus tard le ${emailDate(objection.resolutionDeadline, lang)}.`,
      blocks: [
        { type: "heading", text: "Opposition reçue" },
        ...objectionFactBlocks(objection, lang),
        { type: "paragraph", text: "Nous allons y répondre par l’une des options prévues à la section 1.g de notre accord :" },
        { type: "list", items: outcomes },
        { type: "paragraph", text: `Si l’opposition n’est pas résolue à votre satisfaction avant le ${emailDate(objection.resolutionDeadline, lang)}, chaque partie pourra résilier les services qui ne peuvent être fournis sans ce sous-traitant.` },
        { type: "small", text: `Avis : ${objection.noticeUrl}` },
        ...evidenceReceiptBlocks(receipt, lang),
      ],
    };
  }
  return {
    subject: `We received your objection (${objection.subprocessorName})`,
    preview: `We will resolve it by ${emailDate(objection.resolutionDeadline, lang)}.`,
    blocks: [
      { type: "heading", text: "Objection received" },
      ...objectionFactBlocks(objection, lang),
      { type: "paragraph", text: "We will answer it with one of the options in section 1.g of our agreement:" },
      { type: "list", items: outcomes },
      { type: "paragraph", text: `If it is not resolved to your satisfaction by ${emailDate(objection.resolutionDeadline, lang)}, either party may terminate the services that cannot be provided without this subprocessor.` },
      { type: "small", text: `Notice: ${objection.noticeUrl}` },
      ...evidenceReceiptBlocks(receipt, lang),
    ],
  };
}
