import { translator } from "@/i18n/translate";
import type { EmailContent, Lang } from "../message";

/** Double opt-in: nothing is sent to an address until its owner clicks this link. */
export function subscribeConfirm({ confirmUrl }: { confirmUrl: string }, lang: Lang): EmailContent {
  const t = translator(lang, "emails.subscribeConfirm");
  return {
    subject: t("subject"),
    preview: t("preview"),
    blocks: [
      { type: "heading", text: t("heading") },
      { type: "paragraph", text: t("lead") },
      { type: "action", label: t("action"), href: confirmUrl },
      { type: "small", text: t("small") },
    ],
  };
}
