import { describe, expect, it } from "vitest";
import { renderHtml } from "./html";
import type { EmailContent, Lang } from "./message";
import { renderText } from "./text";
import { adminSignIn } from "./templates/admin-sign-in";
import { calendarIncident, calendarRecovered } from "./templates/calendar-health";
import type { NoticeFacts } from "./templates/notice-facts";
import { noticePublished } from "./templates/notice-published";
import { noticeWithdrawn } from "./templates/notice-withdrawn";
import type { ObjectionFacts } from "./templates/objection-facts";
import { objectionLink } from "./templates/objection-link";
import { objectionReceipt } from "./templates/objection-receipt";
import { objectionResolved } from "./templates/objection-resolved";
import { subscribeConfirm } from "./templates/subscribe-confirm";
import { terminationRight } from "./templates/termination-right";

const published = Date.UTC(2026, 10, 22, 10, 15);
const notice: NoticeFacts = {
  changeKind: "add",
  subprocessorName: "Datadog",
  legalEntity: "Datadog, Inc.",
  purpose: "Monitoring",
  location: "Germany",
  dataCategories: ["Metrics", "Truncated IPs"],
  transferMechanism: "EEA",
  reason: "Find outages sooner.",
  publishedAt: published,
  objectionDeadline: published + 15 * 86_400_000,
  effectiveAt: published + 30 * 86_400_000,
};
const objection: ObjectionFacts = {
  id: "obj_1",
  organisation: "Customer GmbH",
  contactEmail: "dpo@customer.test",
  grounds: "Our data must stay in the EEA.",
  receivedAt: published,
  resolutionDeadline: published + 30 * 86_400_000,
  remedy: "remediated",
  resolutionNote: "Region pinned to EU1.",
  subprocessorName: "Datadog",
  noticeUrl: "https://x.test/subprocessors/notices/ntc_1",
};

const templates: [string, (lang: Lang) => EmailContent, string[]][] = [
  ["subscribe-confirm", (l) => subscribeConfirm({ confirmUrl: "https://x.test/c?token=a" }, l), ["https://x.test/c?token=a"]],
  ["admin-sign-in", (l) => adminSignIn({ signInUrl: "https://x.test/s?token=b" }, l), ["https://x.test/s?token=b"]],
  ["notice-published", (l) => noticePublished({ notice, noticeUrl: "https://x.test/n", objectUrl: "https://x.test/o?token=c", unsubscribeUrl: "https://x.test/u?token=d" }, l), ["https://x.test/o?token=c", "https://x.test/u?token=d", "https://x.test/n"]],
  ["notice-withdrawn", (l) => noticeWithdrawn({ notice, noticeUrl: "https://x.test/n", unsubscribeUrl: "https://x.test/u?token=d" }, l), ["https://x.test/u?token=d"]],
  ["objection-link", (l) => objectionLink({ notice, objectUrl: "https://x.test/o?token=e" }, l), ["https://x.test/o?token=e"]],
  ["objection-receipt", (l) => objectionReceipt({ objection }, l), [objection.noticeUrl]],
  ["objection-resolved", (l) => objectionResolved({ objection }, l), []],
  ["termination-right", (l) => terminationRight({ objection, audience: "customer" }, l), []],
  ["calendar-incident", (l) => calendarIncident({ displayName: "Draco", incidentStart: published, timeZone: "Europe/Paris", displayUrl: "https://x.test/admin/rooms/dsp_1", health: "needs_sign_in" }, l), ["https://x.test/admin/rooms/dsp_1"]],
  ["calendar-recovered", (l) => calendarRecovered({ displayName: "Draco", incidentStart: published, timeZone: "Europe/Paris", displayUrl: "https://x.test/admin/rooms/dsp_1" }, l), ["https://x.test/admin/rooms/dsp_1"]],
];

describe.each(templates)("%s", (_name, template, links) => {
  it.each(["en", "fr"] as const)("renders a complete %s email, HTML and text saying the same", (lang) => {
    const content = template(lang);
    const html = renderHtml(content.blocks, lang, content.subject, content.preview);
    const text = renderText(content.blocks);
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
    const en = renderText(calendarIncident({ ...facts, health: "needs_sign_in" }, "en").blocks).replace(/\s+/g, " ");
    const fr = renderText(calendarIncident({ ...facts, health: "error" }, "fr").blocks).replace(/\s+/g, " ");
    expect(en).toContain("Since 22 November 2026 at 11:15 CET");
    expect(en).toContain("sign in to the room’s calendar again");
    expect(fr).toContain("Depuis le 22 novembre 2026 à 11:15 UTC+1");
    expect(fr).toContain("n’arrive pas à lire le calendrier");
  });
});

describe("notice emails", () => {
  it("state the deadline and the effective date in the reader's language, in UTC", () => {
    const en = renderText(noticePublished({ notice, noticeUrl: "n", objectUrl: "o", unsubscribeUrl: "u" }, "en").blocks);
    const fr = renderText(noticePublished({ notice, noticeUrl: "n", objectUrl: "o", unsubscribeUrl: "u" }, "fr").blocks);
    expect(en).toContain("7 December 2026 at 10:15 UTC");
    expect(en).toContain("22 December 2026 at 10:15 UTC");
    expect(fr).toContain("7 décembre 2026 à 10:15 UTC");
  });

  it("carry RFC 8058 one-click unsubscribe headers", () => {
    const { headers } = noticePublished({ notice, noticeUrl: "n", objectUrl: "o", unsubscribeUrl: "https://x.test/u?token=d" }, "en");
    expect(headers).toEqual({ "List-Unsubscribe": "<https://x.test/u?token=d>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(subscribeConfirm({ confirmUrl: "c" }, "en").headers).toBeUndefined();
  });

  it("escape what people typed", () => {
    const hostile = { ...objection, grounds: '<script>alert("x")</script>' };
    const html = renderHtml(objectionReceipt({ objection: hostile }, "en").blocks, "en", "s", "p");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });
});
