import type { EmailContent, Lang } from "../message";
import { objectionFactBlocks, remedyText, type ObjectionFacts } from "./objection-facts";

export function objectionResolved({ objection }: { objection: ObjectionFacts }, lang: Lang): EmailContent {
  const outcome = remedyText[lang][(objection.remedy ?? "change_withdrawn") as keyof (typeof remedyText)["en"]] ?? objection.remedy ?? "";
  const note = objection.resolutionNote ? [{ type: "paragraph" as const, text: objection.resolutionNote }] : [];
  if (lang === "fr") {
    return {
      subject: `Votre opposition est résolue (${objection.subprocessorName})`,
      preview: outcome,
      blocks: [{ type: "heading", text: "Opposition résolue" }, { type: "paragraph", text: outcome }, ...note, ...objectionFactBlocks(objection, lang)],
    };
  }
  return {
    subject: `Your objection is resolved (${objection.subprocessorName})`,
    preview: outcome,
    blocks: [{ type: "heading", text: "Objection resolved" }, { type: "paragraph", text: outcome }, ...note, ...objectionFactBlocks(objection, lang)],
  };
}
