import { frenchOf } from "@/workers/domain/lang";
import { translator } from "@/i18n/translate";
import type { EmailContent, Lang } from "../message";
import { objectionFactBlocks, type ObjectionFacts } from "./objection-facts";

/** Sent to both sides when an objection is still unresolved 30 days after we received it. */
export function terminationRight(
  { objection, audience }: { objection: ObjectionFacts; audience: "customer" | "vendor" },
  lang: Lang,
): EmailContent {
  const t = translator(lang, "emails.terminationRight");
  // French elides « de » into the name (« l’opposition d’Orange »), which a message cannot decide.
  const organisation = lang === "fr" ? frenchOf(objection.organisation) : objection.organisation;
  return {
    subject: t("subject", { id: objection.id }),
    preview: t("preview"),
    blocks: [
      { type: "heading", text: t("heading") },
      { type: "paragraph", text: audience === "customer" ? t("customer") : t("vendor", { organisation }) },
      ...objectionFactBlocks(objection, lang),
    ],
  };
}
