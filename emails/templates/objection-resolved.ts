import { translator } from "@/i18n/translate";
import type { EmailContent, Lang } from "../message";
import { objectionFactBlocks, remedyText, type ObjectionFacts } from "./objection-facts";

export function objectionResolved({ objection }: { objection: ObjectionFacts }, lang: Lang): EmailContent {
  const t = translator(lang, "emails.objectionResolved");
  const outcome = remedyText(objection.remedy ?? "change_withdrawn", lang);
  const note = objection.resolutionNote ? [{ type: "paragraph" as const, text: objection.resolutionNote }] : [];
  return {
    subject: t("subject", { subprocessor: objection.subprocessorName }),
    preview: outcome,
    blocks: [{ type: "heading", text: t("heading") }, { type: "paragraph", text: outcome }, ...note, ...objectionFactBlocks(objection, lang)],
  };
}
