import { frenchOf } from "@/workers/domain/lang";
import type { EmailContent, Lang } from "../message";
import { objectionFactBlocks, type ObjectionFacts } from "./objection-facts";

/** Sent to both sides when an objection is still unresolved 30 days after we received it. */
export function terminationRight(
  { objection, audience }: { objection: ObjectionFacts; audience: "customer" | "vendor" },
  lang: Lang,
): EmailContent {
  const facts = objectionFactBlocks(objection, lang);
  if (lang === "fr") {
    return {
      subject: `Droit de résiliation ouvert : opposition ${objection.id}`,
      preview: "L’opposition n’a pas été résolue dans les 30 jours.",
      blocks: [
        { type: "heading", text: "Droit de résiliation ouvert" },
        {
          type: "paragraph",
          text:
            audience === "customer"
              ? "Votre opposition n’a pas été résolue dans les 30 jours suivant sa réception. Vous pouvez résilier, pour motif valable, les services qui ne peuvent être fournis sans ce sous-traitant ; les frais prépayés correspondants vous seront remboursés."
              : `L’opposition ${frenchOf(objection.organisation)} n’a pas été résolue dans les 30 jours. Chaque partie peut désormais résilier les services concernés ; les frais prépayés correspondants doivent être remboursés.`,
        },
        ...facts,
      ],
    };
  }
  return {
    subject: `Termination right available: objection ${objection.id}`,
    preview: "The objection was not resolved within 30 days.",
    blocks: [
      { type: "heading", text: "Termination right available" },
      {
        type: "paragraph",
        text:
          audience === "customer"
            ? "Your objection was not resolved within 30 days of our receiving it. You may terminate, for cause, the services that cannot be provided without this subprocessor; prepaid fees for them will be refunded."
            : `The objection from ${objection.organisation} was not resolved within 30 days. Either party may now terminate the affected services; prepaid fees for them must be refunded.`,
      },
      ...facts,
    ],
  };
}
