import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { frenchTypographyProblems } from "@/app/_lib/i18n/french-typography";
import type { WebhookEndpointView } from "@/workers/core/webhooks.schema";
import { WebhookSecretPage } from "./secret-page";
import { WebhooksPage } from "./webhooks-page";

const at = Date.UTC(2026, 11, 1, 9, 0);
const endpoint = (failures: number, overrides: Partial<WebhookEndpointView> = {}): WebhookEndpointView => ({
  id: "whe_0123456789abcdef0123",
  url: "https://hooks.vendor-risk.example/roomtrust",
  events: ["notice.published", "change.effective"],
  status: "active",
  disabledReason: null,
  consecutiveFailures: failures,
  failingSince: failures > 0 ? at : null,
  createdAt: at,
  createdBy: "admin@roomtrust.test",
  secretHint: "…9Mg=",
  previousSecretUntil: null,
  deliveries: [
    { id: "msg_a", eventType: "notice.published", status: "pending", attempts: failures, lastStatus: null, lastError: "timeout: no answer within 10000 ms", lastAttemptAt: at, nextAttemptAt: at + 60_000, createdAt: at },
    { id: "msg_b", eventType: "change.effective", status: "failed", attempts: 8, lastStatus: 503, lastError: "status: answered 503", lastAttemptAt: at, nextAttemptAt: null, createdAt: at },
  ],
  ...overrides,
});

/** The page's text as a reader sees it, without the API's event names (kept in <code>, untranslated on purpose). */
const textOf = (html: string) => html.replace(/<code>[^<]*<\/code>/g, "").replace(/<[^>]+>/g, " ").replace(/&nbsp;/g, "\u00a0").replace(/&#x27;|&#39;/g, "'");

describe("the webhooks page", () => {
  it("states a run of failures and each delivery's answer in the reader's language, in the singular for one", () => {
    const page = (lang: "en" | "fr", failures: number) =>
      renderToStaticMarkup(<WebhooksPage lang={lang} csrf="c" email="admin@roomtrust.test" events={["notice.published", "change.effective"]} endpoints={[endpoint(failures), endpoint(0, { status: "disabled", disabledReason: "failures" })]} />);
    expect(textOf(page("en", 1))).toContain("One attempt failed, on 1 December 2026");
    expect(textOf(page("en", 3))).toContain("3 failed attempts in a row since 1 December 2026");
    expect(textOf(page("en", 3))).toMatch(/No answer in time[\s\S]*HTTP 503[\s\S]*Gave up/);
    for (const failures of [1, 3]) {
      const fr = textOf(page("fr", failures));
      expect(fr).toMatch(/Pas de réponse à temps[\s\S]*Abandonné/);
      expect(frenchTypographyProblems(fr)).toEqual([]);
    }
    expect(textOf(page("fr", 1))).toContain("Une tentative a échoué, le 1er décembre 2026");
    expect(textOf(page("fr", 3))).toContain("Désactivé après une série d’échecs");
  });

  it("says until what time of day, in which time zone, the previous secret still signs: it stops then, not at the day's end", () => {
    const until = Date.UTC(2026, 11, 2, 14, 35);
    const list = (lang: "en" | "fr") => textOf(renderToStaticMarkup(<WebhooksPage lang={lang} csrf="c" email="admin@roomtrust.test" events={["notice.published"]} endpoints={[endpoint(0, { previousSecretUntil: until })]} />));
    const secret = (lang: "en" | "fr") => textOf(renderToStaticMarkup(<WebhookSecretPage lang={lang} url="https://hooks.example/rt" secret="whsec_x" previousSecretUntil={until} />));
    for (const text of [list("en"), secret("en")]) expect(text).toContain("until 2 December 2026 at 14:35 UTC");
    for (const text of [list("fr"), secret("fr")]) {
      expect(text).toContain("jusqu’au 2 décembre 2026 à 14:35 UTC");
      expect(frenchTypographyProblems(text)).toEqual([]);
    }
  });
});
