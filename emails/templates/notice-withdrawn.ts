import { listUnsubscribeHeaders, type Block, type EmailContent, type Lang } from "../message";
import type { NoticeFacts } from "./notice-facts";

/** Why the change was withdrawn, as the admin wrote it. */
function reasonBlocks(notice: NoticeFacts, label: string): Block[] {
  return notice.withdrawalReason ? [{ type: "facts", rows: [[label, notice.withdrawalReason]] }] : [];
}

export function noticeWithdrawn(
  { notice, noticeUrl, unsubscribeUrl }: { notice: NoticeFacts; noticeUrl: string; unsubscribeUrl: string },
  lang: Lang,
): EmailContent {
  const headers = listUnsubscribeHeaders(unsubscribeUrl);
  if (lang === "fr") {
    return {
      subject: `Changement retiré : ${notice.subprocessorName}`,
      preview: "Ce changement ne prendra pas effet.",
      headers,
      blocks: [
        { type: "heading", text: `Changement retiré : ${notice.subprocessorName}` },
        { type: "paragraph", text: "Nous avons retiré le changement annoncé. Il ne prendra pas effet et notre liste de sous-traitants ultérieurs reste inchangée." },
        ...reasonBlocks(notice, "Motif du retrait"),
        { type: "paragraph", text: `Détails : ${noticeUrl}` },
        { type: "small", text: `Se désabonner : ${unsubscribeUrl}` },
      ],
    };
  }
  return {
    subject: `Change withdrawn: ${notice.subprocessorName}`,
    preview: "This change will not take effect.",
    headers,
    blocks: [
      { type: "heading", text: `Change withdrawn: ${notice.subprocessorName}` },
      { type: "paragraph", text: "We have withdrawn the change we announced. It will not take effect and our subprocessor list stays as it is." },
      ...reasonBlocks(notice, "Why it was withdrawn"),
      { type: "paragraph", text: `Details: ${noticeUrl}` },
      { type: "small", text: `Unsubscribe: ${unsubscribeUrl}` },
    ],
  };
}
