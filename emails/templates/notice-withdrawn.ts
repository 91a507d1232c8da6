import { translator } from "@/i18n/translate";
import { listUnsubscribeHeaders, type Block, type EmailContent, type Lang } from "../message";
import { textRow, type NoticeFacts } from "./notice-facts";

/** Why the change was withdrawn, as the admin wrote it. */
function reasonBlocks(notice: NoticeFacts, label: string): Block[] {
  return notice.withdrawalReason ? [{ type: "facts", rows: [textRow(notice, "withdrawalReason", label, notice.withdrawalReason)] }] : [];
}

export function noticeWithdrawn(
  { notice, noticeUrl, unsubscribeUrl }: { notice: NoticeFacts; noticeUrl: string; unsubscribeUrl: string },
  lang: Lang,
): EmailContent {
  const t = translator(lang, "emails.noticeWithdrawn");
  const subject = t("subject", { subprocessor: notice.subprocessorName });
  return {
    subject,
    preview: t("preview"),
    headers: listUnsubscribeHeaders(unsubscribeUrl),
    blocks: [
      { type: "heading", text: subject },
      { type: "paragraph", text: t("lead") },
      ...reasonBlocks(notice, t("reason")),
      { type: "paragraph", text: t("details", { url: noticeUrl }) },
      { type: "small", text: t("unsubscribe", { unsubscribeUrl }) },
    ],
  };
}
