import type { EmailContent, Lang } from "./message";
import { adminSignIn } from "./templates/admin-sign-in";
import { calendarIncident, calendarRecovered } from "./templates/calendar-health";
import { webhookDisabled } from "./templates/webhook-disabled";
import type { NoticeFacts } from "./templates/notice-facts";
import { noticePublished } from "./templates/notice-published";
import { noticeWithdrawn } from "./templates/notice-withdrawn";
import type { EvidenceReceipt } from "./templates/evidence-receipt";
import type { ObjectionFacts } from "./templates/objection-facts";
import { objectionLink } from "./templates/objection-link";
import { objectionReceipt } from "./templates/objection-receipt";
import { objectionResolved } from "./templates/objection-resolved";
import { subscribeConfirm } from "./templates/subscribe-confirm";
import { terminationRight } from "./templates/termination-right";

/**
 * Every email template filled with realistic facts, for the tests that render each one: the
 * content tests, the French typography scan and the phone-width check in Chromium. Links carry a
 * token as long as a real one, since a long unbroken URL is what widens an email on a phone.
 */

export const published = Date.UTC(2026, 10, 22, 10, 15);
export const notice: NoticeFacts = {
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
  periods: { noticePeriodDays: 30, objectionWindowDays: 15, resolutionPeriodDays: 30 },
  withdrawalReason: "Datadog could not commit to processing in the EEA only.",
};
export const objection: ObjectionFacts = {
  id: "obj_1",
  organisation: "Orange Business SA",
  contactEmail: "dpo@customer.test",
  grounds: "Our data must stay in the EEA.",
  receivedAt: published,
  resolutionDeadline: published + 30 * 86_400_000,
  remedy: "remediated",
  resolutionNote: "Region pinned to EU1.",
  subprocessorName: "Datadog",
  noticeUrl: "https://x.test/subprocessors/notices/ntc_1",
};

// As long as a signed link token really is.
const TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJwdXJwb3NlIjoib2JqZWN0Iiwic3ViIjoiZHBvQGN1c3RvbWVyLnRlc3QiLCJub3RpY2VJZCI6Im50Y18wMTIzNDU2Nzg5YWJjZGVmMDEyMyIsImlhdCI6MTc2NDU4NDAwMCwiZXhwIjoxNzY1ODgwMDAwfQ.c2lnbmF0dXJlLW9mLWEtcmVhbC1sZW5ndGgtMDEyMzQ1Njc4OQ";

// A checkpoint's signature is as long as a real compact JWS over a checkpoint.
export const receipt: EvidenceReceipt = {
  entry: 41,
  size: 42,
  rootHash: "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
  signature: `eyJhbGciOiJFZERTQSIsImtpZCI6Ik9LMWJ0cGZhRl9ZZFg5LUdaa3RFdlpzaFFrRkRpcktXb0tscUE0cFZ1ZEEifQ.${TOKEN.slice(0, 160)}.${"c2lnbmF0dXJl".repeat(7)}`,
  checkpointUrl: "https://x.test/evidence/checkpoints/42.json",
  proofUrl: `https://x.test/evidence/proofs/inclusion?entry=41&size=42&receipt=${TOKEN}f`,
};

export const templateSamples: [string, (lang: Lang) => EmailContent, string[]][] = [
  ["subscribe-confirm", (l) => subscribeConfirm({ confirmUrl: `https://x.test/c?token=${TOKEN}a` }, l), [`https://x.test/c?token=${TOKEN}a`]],
  ["admin-sign-in", (l) => adminSignIn({ signInUrl: `https://x.test/s?token=${TOKEN}b` }, l), [`https://x.test/s?token=${TOKEN}b`]],
  ["notice-published", (l) => noticePublished({ notice, noticeUrl: "https://x.test/n", objectUrl: `https://x.test/o?token=${TOKEN}c`, unsubscribeUrl: `https://x.test/u?token=${TOKEN}d`, receipt }, l), [`https://x.test/o?token=${TOKEN}c`, `https://x.test/u?token=${TOKEN}d`, "https://x.test/n", receipt.checkpointUrl, receipt.proofUrl]],
  ["notice-withdrawn", (l) => noticeWithdrawn({ notice, noticeUrl: "https://x.test/n", unsubscribeUrl: `https://x.test/u?token=${TOKEN}d` }, l), [`https://x.test/u?token=${TOKEN}d`]],
  ["objection-link", (l) => objectionLink({ notice, objectUrl: `https://x.test/o?token=${TOKEN}e` }, l), [`https://x.test/o?token=${TOKEN}e`]],
  ["objection-receipt", (l) => objectionReceipt({ objection, receipt }, l), [objection.noticeUrl, receipt.checkpointUrl, receipt.proofUrl]],
  ["objection-resolved", (l) => objectionResolved({ objection }, l), []],
  ["termination-right", (l) => terminationRight({ objection, audience: "customer" }, l), []],
  ["termination-right (vendor)", (l) => terminationRight({ objection, audience: "vendor" }, l), []],
  ["calendar-incident", (l) => calendarIncident({ displayName: "Draco", incidentStart: published, timeZone: "Europe/Paris", displayUrl: "https://x.test/admin/rooms/dsp_1", health: "needs_sign_in" }, l), ["https://x.test/admin/rooms/dsp_1"]],
  ["webhook-disabled", (l) => webhookDisabled({ url: "https://hooks.vendor-risk.example/roomtrust", failures: 8, failingSince: published, webhooksUrl: "https://x.test/admin/webhooks" }, l), ["https://x.test/admin/webhooks"]],
  ["calendar-recovered", (l) => calendarRecovered({ displayName: "Draco", incidentStart: published, timeZone: "Europe/Paris", displayUrl: "https://x.test/admin/rooms/dsp_1" }, l), ["https://x.test/admin/rooms/dsp_1"]],
];

