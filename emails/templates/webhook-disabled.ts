import { translator } from "@/i18n/translate";
import { emailDate, type EmailContent, type Lang } from "../message";

export interface WebhookDisabledFacts {
  url: string;
  failures: number;
  /** When the first of the failed attempts in a row happened, in ms. */
  failingSince: number;
  webhooksUrl: string;
}

/** An endpoint kept failing and was turned off: which one, since when, and how to turn it on again. */
export function webhookDisabled({ url, failures, failingSince, webhooksUrl }: WebhookDisabledFacts, lang: Lang): EmailContent {
  const t = translator(lang, "emails.webhookDisabled");
  const since = emailDate(failingSince, lang);
  // Always several (the endpoint is turned off after a run of failures), so no plural.
  const count = String(failures);
  return {
    subject: t("subject"),
    preview: t("preview", { failures: count, since }),
    blocks: [
      { type: "heading", text: t("heading") },
      { type: "paragraph", text: t("lead", { since, failures: count, url }) },
      { type: "paragraph", text: t("kept") },
      { type: "action", label: t("action"), href: webhooksUrl },
      { type: "small", text: t("small") },
    ],
  };
}
