import { translator } from "@/i18n/translate";
import type { EmailContent, Lang } from "../message";

export function adminSignIn({ signInUrl }: { signInUrl: string }, lang: Lang): EmailContent {
  const t = translator(lang, "emails.adminSignIn");
  return {
    subject: t("subject"),
    preview: t("preview"),
    blocks: [
      { type: "heading", text: t("heading") },
      { type: "action", label: t("action"), href: signInUrl },
      { type: "small", text: t("small") },
    ],
  };
}
