import { emailDate, listUnsubscribeHeaders, type EmailContent, type Lang } from "../message";
import { evidenceReceiptBlocks, type EvidenceReceipt } from "./evidence-receipt";
import { changeLabel, days, noticeFactBlocks, type NoticeFacts } from "./notice-facts";

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
  const headers = listUnsubscribeHeaders(unsubscribeUrl);
  const facts = noticeFactBlocks(notice, lang);
  if (lang === "fr") {
    return {
      subject: `${changeLabel(notice.changeKind, lang)} : ${notice.subprocessorName} (effet le ${emailDate(notice.effectiveAt, lang)})`,
      preview: `Vous pouvez vous y opposer jusqu’au ${emailDate(notice.objectionDeadline, lang)}.`,
      headers,
      blocks: [
        { type: "heading", text: `${changeLabel(notice.changeKind, lang)} : ${notice.subprocessorName}` },
        { type: "paragraph", text: `Conformément à notre accord de traitement des données (section 1.g), nous vous informons de ce changement au moins ${days(notice.periods.noticePeriodDays, lang)} avant sa prise d’effet.` },
        ...facts,
        { type: "paragraph", text: `Si vous avez des motifs raisonnables liés à la protection des données pour vous y opposer, faites-le avant le ${emailDate(notice.objectionDeadline, lang)}. Ce lien vous est personnel.` },
        { type: "action", label: "S’opposer à ce changement", href: objectUrl },
        { type: "paragraph", text: `Détails de l’avis : ${noticeUrl}` },
        ...evidenceReceiptBlocks(receipt, lang),
        { type: "small", text: `Vous recevez cet e-mail parce que vous êtes abonné aux changements de sous-traitants ultérieurs. Se désabonner : ${unsubscribeUrl}` },
      ],
    };
  }
  return {
    subject: `${changeLabel(notice.changeKind, lang)}: ${notice.subprocessorName} (effective ${emailDate(notice.effectiveAt, lang)})`,
    preview: `You may object until ${emailDate(notice.objectionDeadline, lang)}.`,
    headers,
    blocks: [
      { type: "heading", text: `${changeLabel(notice.changeKind, lang)}: ${notice.subprocessorName}` },
      { type: "paragraph", text: `As our data processing agreement (section 1.g) requires, we are telling you about this change at least ${days(notice.periods.noticePeriodDays, lang)} before it takes effect.` },
      ...facts,
      { type: "paragraph", text: `If you have reasonable data-protection grounds to object, do so before ${emailDate(notice.objectionDeadline, lang)}. This link is personal to you.` },
      { type: "action", label: "Object to this change", href: objectUrl },
      { type: "paragraph", text: `Notice details: ${noticeUrl}` },
      ...evidenceReceiptBlocks(receipt, lang),
      { type: "small", text: `You receive this because you subscribed to subprocessor changes. Unsubscribe: ${unsubscribeUrl}` },
    ],
  };
}
