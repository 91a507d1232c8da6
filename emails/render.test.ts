import { describe, expect, it } from "vitest";
import { renderHtml } from "./html";
import { renderText } from "./text";
import { calendarIncident } from "./templates/calendar-health";
import { noticePublished } from "./templates/notice-published";
import { noticeWithdrawn } from "./templates/notice-withdrawn";
import { objectionReceipt } from "./templates/objection-receipt";
import { subscribeConfirm } from "./templates/subscribe-confirm";
import { notice, objection, published, receipt, templateSamples } from "./template-samples";

describe.each(templateSamples)("%s", (_name, template, links) => {
  it.each(["en", "fr"] as const)("renders a complete %s email, HTML and text saying the same", (lang) => {
    const content = template(lang);
    const html = renderHtml(content.blocks, lang, content.subject, content.preview);
    const text = renderText(content.blocks, lang);
    expect(content.subject.length).toBeGreaterThan(5);
    expect(html).toContain(`<html lang="${lang}">`);
    for (const link of links) {
      expect(text).toContain(link);
      expect(html).toContain(link.replace(/&/g, "&amp;"));
    }
    for (const output of [content.subject, html, text]) expect(output).not.toMatch(/undefined|NaN|\[object/);
  });
});

describe("calendar health emails", () => {
  it("say which display, since when in its own time zone, and what to do, in each language", () => {
    const facts = { displayName: "Draco", incidentStart: published, timeZone: "Europe/Paris", displayUrl: "u" };
    const en = renderText(calendarIncident({ ...facts, health: "needs_sign_in" }, "en").blocks, "en").replace(/\s+/g, " ");
    const fr = renderText(calendarIncident({ ...facts, health: "error" }, "fr").blocks, "fr").replace(/\s+/g, " ");
    expect(en).toContain("Since 22 November 2026 at 11:15 CET");
    expect(en).toContain("sign in to the room’s calendar again");
    expect(fr).toContain("Depuis le 22 novembre 2026 à 11:15 UTC+1");
    expect(fr).toContain("n’arrive pas à lire le calendrier");
  });
});

describe("notice emails", () => {
  it("state the deadline and the effective date in the reader's language, in UTC", () => {
    const en = renderText(noticePublished({ notice, noticeUrl: "n", objectUrl: "o", unsubscribeUrl: "u", receipt }, "en").blocks, "en");
    const fr = renderText(noticePublished({ notice, noticeUrl: "n", objectUrl: "o", unsubscribeUrl: "u", receipt }, "fr").blocks, "fr");
    expect(en).toContain("7 December 2026 at 10:15 UTC");
    expect(en).toContain("22 December 2026 at 10:15 UTC");
    expect(fr).toContain("7 décembre 2026 à 10:15 UTC");
  });

  it("state the periods the notice was published with", () => {
    const zoom = { ...notice, periods: { noticePeriodDays: 10, objectionWindowDays: 5, resolutionPeriodDays: 14 } };
    const en = renderText(noticePublished({ notice: zoom, noticeUrl: "n", objectUrl: "o", unsubscribeUrl: "u", receipt }, "en").blocks, "en").replace(/\s+/g, " ");
    const fr = renderText(noticePublished({ notice: zoom, noticeUrl: "n", objectUrl: "o", unsubscribeUrl: "u", receipt }, "fr").blocks, "fr").replace(/\s+/g, " ");
    expect(en).toContain("at least 10 days before it takes effect");
    expect(en).toContain("notice of 10 days; objections within 5 days; each objection answered within 14 days");
    expect(fr).toContain("au moins 10 jours avant sa prise d’effet");
    expect(fr).toContain("oppositions sous 5 jours");
  });

  it("say why a change was withdrawn, in each language", () => {
    const en = renderText(noticeWithdrawn({ notice, noticeUrl: "n", unsubscribeUrl: "u" }, "en").blocks, "en").replace(/\s+/g, " ");
    const fr = renderText(noticeWithdrawn({ notice, noticeUrl: "n", unsubscribeUrl: "u" }, "fr").blocks, "fr").replace(/\s+/g, " ");
    expect(en).toContain("Why it was withdrawn");
    expect(en).toContain(notice.withdrawalReason);
    expect(fr).toContain("Motif du retrait");
    expect(fr).toContain(notice.withdrawalReason);
  });

  it("carry RFC 8058 one-click unsubscribe headers", () => {
    const { headers } = noticePublished({ notice, noticeUrl: "n", objectUrl: "o", unsubscribeUrl: "https://x.test/u?token=d", receipt }, "en");
    expect(headers).toEqual({ "List-Unsubscribe": "<https://x.test/u?token=d>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(subscribeConfirm({ confirmUrl: "c" }, "en").headers).toBeUndefined();
  });

  it("carry the signed checkpoint that includes their own entry, in the reader's language", () => {
    for (const content of [noticePublished({ notice, noticeUrl: "n", objectUrl: "o", unsubscribeUrl: "u", receipt }, "en"), objectionReceipt({ objection, receipt }, "en")]) {
      const text = renderText(content.blocks, "en");
      expect(text).toContain("entry 41 of our evidence log, included in the signed checkpoint of 42 entries");
      for (const part of [receipt.rootHash, receipt.signature, receipt.checkpointUrl, receipt.proofUrl]) expect(text).toContain(part);
    }
    const fr = renderText(objectionReceipt({ objection, receipt }, "fr").blocks, "fr");
    expect(fr).toContain("l’entrée 41 de notre journal de preuves, incluse dans le point de contrôle signé de 42 entrées");
  });

  it("escape what people typed", () => {
    const hostile = { ...objection, grounds: '<script>alert("x")</script>' };
    const html = renderHtml(objectionReceipt({ objection: hostile, receipt }, "en").blocks, "en", "s", "p");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });
});
