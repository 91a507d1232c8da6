import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { EmailHold } from "@/emails/resend-answer";
import { EmailHoldNotice } from "./email-hold-notice";

const now = Date.UTC(2026, 11, 1, 9, 0);
const refused: EmailHold = { reason: "refused", error: "403 invalid_api_key: API key is invalid.", since: now - 60_000, until: now + 14 * 60_000 };
const quota: EmailHold = { reason: "quota", error: "429 daily_quota_exceeded: You have reached your daily email sending quota.", since: now, until: now + 45 * 60_000 };

describe("why a notice's emails are not going out", () => {
  it("says a refused key stops sending and what to set, in English and French", () => {
    const en = renderToStaticMarkup(<EmailHoldNotice hold={refused} pending={3} now={now} lang="en" />);
    expect(en).toContain('role="alert"');
    expect(en).toMatch(/Email sending is stopped.*403 invalid_api_key.*RESEND_API_KEY/);
    const fr = renderToStaticMarkup(<EmailHoldNotice hold={refused} pending={3} now={now} lang="fr" />);
    expect(fr).toMatch(/L’envoi des e-mails est arrêté.*403 invalid_api_key.*RESEND_API_KEY/);
    // Until a batch is accepted again, even after its recheck time.
    expect(renderToStaticMarkup(<EmailHoldNotice hold={refused} pending={3} now={refused.until + 1} lang="en" />)).toContain("stopped");
  });

  it("says until when a quota pauses sending, and nothing once the pause is over or nothing is pending", () => {
    expect(renderToStaticMarkup(<EmailHoldNotice hold={quota} pending={3} now={now} lang="en" />)).toMatch(/paused until 1 December 2026.*09:45.*daily_quota_exceeded/);
    expect(renderToStaticMarkup(<EmailHoldNotice hold={quota} pending={3} now={now} lang="fr" />)).toMatch(/suspendu jusqu’au 1er décembre 2026.*09:45/);
    expect(renderToStaticMarkup(<EmailHoldNotice hold={quota} pending={3} now={quota.until} lang="en" />)).toBe("");
    expect(renderToStaticMarkup(<EmailHoldNotice hold={refused} pending={0} now={now} lang="en" />)).toBe("");
  });
});
