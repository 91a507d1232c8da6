import { emailDate, type EmailContent, type Lang } from "../message";
import type { NoticeFacts } from "./notice-facts";

export function objectionLink({ notice, objectUrl }: { notice: NoticeFacts; objectUrl: string }, lang: Lang): EmailContent {
  if (lang === "fr") {
    return {
      subject: `Votre lien pour vous opposer : ${notice.subprocessorName}`,
      preview: `Valable jusqu’au ${emailDate(notice.objectionDeadline, lang)}.`,
      blocks: [
        { type: "heading", text: "Votre lien personnel d’opposition" },
        { type: "paragraph", text: `Vous avez demandé à vous opposer au changement concernant ${notice.subprocessorName}. Le délai d’opposition se termine le ${emailDate(notice.objectionDeadline, lang)}.` },
        { type: "action", label: "Remplir le formulaire d’opposition", href: objectUrl },
        { type: "small", text: "Si vous n’avez rien demandé, ignorez ce message." },
      ],
    };
  }
  return {
    subject: `Your link to object: ${notice.subprocessorName}`,
    preview: `Valid until ${emailDate(notice.objectionDeadline, lang)}.`,
    blocks: [
      { type: "heading", text: "Your personal objection link" },
      { type: "paragraph", text: `You asked to object to the change about ${notice.subprocessorName}. The objection period ends on ${emailDate(notice.objectionDeadline, lang)}.` },
      { type: "action", label: "Fill in the objection form", href: objectUrl },
      { type: "small", text: "If you did not ask for this, ignore this message." },
    ],
  };
}
