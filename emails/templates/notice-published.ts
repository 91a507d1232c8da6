import { translator } from "@/i18n/translate";
import { emailDate, listUnsubscribeHeaders, type EmailContent, type Lang } from "../message";
import { evidenceReceiptBlocks, type EvidenceReceipt } from "./evidence-receipt";
import { changeLabel, noticeFactBlocks, type NoticeFacts } from "./notice-facts";

export interface NoticePublishedData {
  notice: NoticeFacts;
  noticeUrl: string;
  objectUrl: string;
  unsubscribeUrl: string;
  /** The signed checkpoint that includes the notice's publication. */
  receipt: EvidenceReceipt;
}

/** The notice itself (DPA §1.g): what changes, the dates, and a personal link to object. */
export function noticePublished({ notice, noticeUrl, objectUrl, unsubscribeUrl, receipt }: NoticePublishedData, lang: Lang): EmailContent {
  const t = translator(lang, "emails.noticePublished");
  const title = { change: changeLabel(notice.changeKind, lang), subprocessor: notice.subprocessorName };
  const deadline = emailDate(notice.objectionDeadline, lang);
  return {
    subject: t("subject", { ...title, effective: emailDate(notice.effectiveAt, lang) }),
    preview: t("preview", { deadline }),
    headers: listUnsubscribeHeaders(unsubscribeUrl),
    blocks: [
      { type: "heading", text: t("heading", title) },
      { type: "paragraph", text: t("lead", { noticeDays: notice.periods.noticePeriodDays }) },
      ...noticeFactBlocks(notice, lang),
      { type: "paragraph", text: t("objectBefore", { deadline }) },
      { type: "action", label: t("action"), href: objectUrl },
      { type: "paragraph", text: t("details", { url: noticeUrl }) },
      ...evidenceReceiptBlocks(receipt, lang),
      { type: "small", text: t("small", { unsubscribeUrl }) },
    ],
  };
}
