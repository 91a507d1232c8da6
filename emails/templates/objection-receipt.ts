import { translator } from "@/i18n/translate";
import { emailDate, type EmailContent, type Lang } from "../message";
import { evidenceReceiptBlocks, type EvidenceReceipt } from "./evidence-receipt";
import { objectionFactBlocks, remedyOptions, type ObjectionFacts } from "./objection-facts";

/** The receipt starts the 30-day resolution clock, so it says what can happen and by when. */
export function objectionReceipt({ objection, receipt }: { objection: ObjectionFacts; receipt: EvidenceReceipt }, lang: Lang): EmailContent {
  const t = translator(lang, "emails.objectionReceipt");
  const deadline = emailDate(objection.resolutionDeadline, lang);
  return {
    subject: t("subject", { subprocessor: objection.subprocessorName }),
    preview: t("preview", { deadline }),
    blocks: [
      { type: "heading", text: t("heading") },
      ...objectionFactBlocks(objection, lang),
      { type: "paragraph", text: t("options") },
      { type: "list", items: remedyOptions(lang) },
      { type: "paragraph", text: t("termination", { deadline }) },
      { type: "small", text: t("notice", { url: objection.noticeUrl }) },
      ...evidenceReceiptBlocks(receipt, lang),
    ],
  };
}
