import { translator } from "@/i18n/translate";
import { emailDate, type EmailContent, type Lang } from "../message";
import type { NoticeFacts } from "./notice-facts";

export function objectionLink({ notice, objectUrl }: { notice: NoticeFacts; objectUrl: string }, lang: Lang): EmailContent {
  const t = translator(lang, "emails.objectionLink");
  const deadline = emailDate(notice.objectionDeadline, lang);
  return {
    subject: t("subject", { subprocessor: notice.subprocessorName }),
    preview: t("preview", { deadline }),
    blocks: [
      { type: "heading", text: t("heading") },
      { type: "paragraph", text: t("lead", { subprocessor: notice.subprocessorName, deadline }) },
      { type: "action", label: t("action"), href: objectUrl },
      { type: "small", text: t("small") },
    ],
  };
}
