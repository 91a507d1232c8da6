import { nameAfterOf } from "@/i18n/name-forms";
import { translator } from "@/i18n/translate";
import type { EmailContent, Lang } from "../message";
import { objectionFactBlocks, type ObjectionFacts } from "./objection-facts";

/** Sent to both sides when an objection is still unresolved 30 days after we received it. */
export function terminationRight(
  { objection, audience }: { objection: ObjectionFacts; audience: "customer" | "vendor" },
  lang: Lang,
): EmailContent {
  const t = translator(lang, "emails.terminationRight");
  const organisation = nameAfterOf[lang](objection.organisation);
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
