import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppBindings } from "./app-bindings";
import { answerError, answerNotFound } from "./error-exit";
import { configuredOrigin } from "./middleware/configured-origin";
import { forgetVersionsOnWrite } from "./middleware/forget-versions-on-write";
import { language } from "./middleware/language";
import { sameOriginWrites } from "./middleware/same-origin-writes";
import { secureResponses } from "./middleware/security-headers";
import { addContact, contactsPage, removeContact } from "./routes/admin-contacts";
import { addDisplay, newDisplayForm } from "./routes/admin-display-new";
import { createPairingCode } from "./routes/admin-display-pairing";
import { confirmRemoveDisplay, removeDisplay } from "./routes/admin-display-remove";
import { unpairDisplay } from "./routes/admin-display-unpair";
import { displayPageRoute, saveDisplay } from "./routes/admin-display";
import { importDisplays, importDisplaysForm } from "./routes/admin-displays-import";
import { evidenceCsvExport, evidenceJsonExport } from "./routes/admin-evidence-export";
import { evidenceCheckpoint, evidenceCheckpoints, evidencePublicKeyJwk, evidencePublicKeyPem } from "./routes/evidence-checkpoints";
import { evidenceConsistencyProof, evidenceInclusionProof } from "./routes/evidence-proofs";
import { replaceFinderLink } from "./routes/admin-finder-link";
import { confirmDeleteDraft, deleteDraft } from "./routes/admin-notice-delete";
import { draftNotice, noticeDraftForm } from "./routes/admin-notice-draft";
import { editDraft, editDraftForm } from "./routes/admin-notice-edit";
import { noticeDeliveryProgress } from "./routes/admin-notice-progress";
import { publishNotice } from "./routes/admin-notice-publish";
import { profilePage, saveProfile } from "./routes/admin-profile";
import { withdrawNotice } from "./routes/admin-notice-withdraw";
import { resolveObjection } from "./routes/admin-objection-resolve";
import { saveSettings, settingsForm } from "./routes/admin-settings";
import { correctionForm, correctSubprocessor } from "./routes/admin-subprocessor-correct";
import { changeWebhook, registerWebhook, rotateWebhookSecret, webhooksPage } from "./routes/admin-webhooks";
import { saveRoomsSettings } from "./routes/admin-rooms-settings";
import { requestSignInLink, signInForm } from "./routes/admin-sign-in";
import { verifySignIn, verifySignInForm } from "./routes/admin-sign-in-verify";
import { signOut } from "./routes/admin-sign-out";
import { utilisationCsvExport } from "./routes/admin-utilisation-csv";
import { authRedirectBridge } from "./routes/auth-redirect";
import { displayPage } from "./routes/display-page";
import { confirmSubscription, confirmSubscriptionForm } from "./routes/confirm-subscription";
import { advanceDevClock, benchBoard, crashNoticeClock, devClock, failOnPurpose, forgetRateLimits, publishBenchNotice, seedBench, seedDemo, seedStatus } from "./routes/dev-tools";
import { displayConfig, heartbeat, pairDisplay, useMethod } from "./routes/device-api";
import { forwardLiveSocket } from "./routes/live-socket";
import { nextApp } from "./routes/next-app";
import { object, objectionForm } from "./routes/objection-form";
import { privacyPage } from "./routes/privacy";
import { publicListAsAtom, publicListAsCsv, publicListAsJson } from "./routes/public-list-feeds";
import { publicNotice } from "./routes/public-notice";
import { publicSchema } from "./routes/public-schemas";
import { resendWebhook } from "./routes/resend-webhook";
import { versionDocument, versionsPage } from "./routes/public-versions";
import { roomFinder } from "./routes/room-finder-page";
import { subprocessors } from "./routes/subprocessors-page";
import { subscribe, subscribeForm } from "./routes/subscribe";
import { unsubscribe, unsubscribeForm } from "./routes/unsubscribe";

/** On machine routes, the one error exit answers with a problem document instead of a page. */
const problemErrors = createMiddleware<AppBindings>(async (c, next) => {
  c.set("errorAnswer", "problem");
  await next();
});

/**
 * The app worker: every request comes in here. One middleware chain (in this order: security
 * headers with a fresh CSP nonce, the configured origin, the language, same-origin writes, and
 * after a write forgetting the page versions this isolate trusts), one route table, one error
 * exit. Pages that need no client runtime, every form post, the feeds, the tablets' API and the
 * room finder's WebSocket are answered by the router; the rest — the admin
 * screens and the tablet app — is Next.js, rendered by OpenNext behind the same chain. Form bodies
 * are limited where they are read (app/_lib/form.ts, per route). See docs/decisions/005-one-router.md.
 */
const app = new Hono<AppBindings>();
app.use(secureResponses, configuredOrigin, language, sameOriginWrites, forgetVersionsOnWrite);
app.onError(answerError);
app.notFound(answerNotFound);

// GET /api/health – 204; also the no-op baseline for `npm run bench`.
app.get("/api/health", () => new Response(null, { status: 204 }));
// POST /api/health – 204, its body left unread: the bench's no-op for a request shaped like a
// heartbeat (a JSON body through the same proxies), beside the GET one its target is set against.
app.post("/api/health", () => new Response(null, { status: 204 }));

// The tablets.
app.use("/api/*", problemErrors);
app.post("/api/display/pair", pairDisplay);
app.get("/api/display/config", displayConfig);
app.post("/api/display/heartbeat", heartbeat);
app.all("/api/display/pair", useMethod("POST"));
app.all("/api/display/config", useMethod("GET"));
app.all("/api/display/heartbeat", useMethod("POST"));

// The email provider's delivery webhooks (signed; see routes/resend-webhook.ts).
app.post("/api/webhooks/resend", resendWebhook);
app.all("/api/webhooks/resend", useMethod("POST"));
app.all("/api/*", answerNotFound);

// The public subprocessor list, its feeds, subscriptions and objections.
app.get("/subprocessors", subprocessors);
app.get("/subprocessors.json", problemErrors, publicListAsJson);
app.get("/subprocessors.csv", problemErrors, publicListAsCsv);
app.get("/subprocessors/feed.xml", problemErrors, publicListAsAtom);
app.get("/subprocessors/versions", versionsPage);
app.get("/subprocessors/versions/:file", versionDocument);
app.get("/subprocessors/subscribe", subscribeForm);
app.post("/subprocessors/subscribe", subscribe);
app.get("/subprocessors/confirm", confirmSubscriptionForm);
app.post("/subprocessors/confirm", confirmSubscription);
app.get("/subprocessors/unsubscribe", unsubscribeForm);
app.post("/subprocessors/unsubscribe", unsubscribe);
app.get("/subprocessors/notices/:id", publicNotice);
app.get("/subprocessors/notices/:id/object", objectionForm);
app.post("/subprocessors/notices/:id/object", object);
app.get("/privacy", privacyPage);

// The JSON Schemas the list's JSON documents name in `$schema` (docs/api.md).
app.get("/schemas/:file", problemErrors, publicSchema);

// The evidence log as anyone checks it: signed checkpoints, the key, proofs (docs/evidence-verification.md).
app.use("/evidence/*", problemErrors);
app.get("/evidence/checkpoints.json", evidenceCheckpoints);
app.get("/evidence/checkpoints/:file", evidenceCheckpoint);
app.get("/evidence/public-key", evidencePublicKeyJwk);
app.get("/evidence/public-key.pem", evidencePublicKeyPem);
app.get("/evidence/proofs/inclusion", evidenceInclusionProof);
app.get("/evidence/proofs/consistency", evidenceConsistencyProof);

// The room finder and its live updates.
app.get("/rooms/:org", roomFinder);
app.get("/rooms/:org/live", problemErrors, forwardLiveSocket);

// Signing in and out.
app.get("/admin/sign-in", signInForm);
app.post("/admin/sign-in", requestSignInLink);
app.get("/admin/sign-in/verify", verifySignInForm);
app.post("/admin/sign-in/verify", verifySignIn);
app.post("/admin/sign-out", signOut);
// Anyone signed in: their profile (the language of their emails).
app.get("/admin/profile", profilePage);
app.post("/admin/profile", saveProfile);

// The vendor's admin: notices, objections, the evidence log (its screens are Next.js pages).
app.get("/admin/notices/new", noticeDraftForm);
app.post("/admin/notices/new", draftNotice);
app.get("/admin/notices/:id/edit", editDraftForm);
app.post("/admin/notices/:id/edit", editDraft);
app.get("/admin/notices/:id/delete", confirmDeleteDraft);
app.post("/admin/notices/:id/delete", deleteDraft);
app.post("/admin/notices/:id/publish", publishNotice);
app.get("/admin/notices/:id/progress.json", problemErrors, noticeDeliveryProgress);
app.post("/admin/notices/:id/withdraw", withdrawNotice);
app.post("/admin/objections/:id/resolve", resolveObjection);
app.get("/admin/subprocessors/:id/correct", correctionForm);
app.post("/admin/subprocessors/:id/correct", correctSubprocessor);
app.get("/admin/settings", settingsForm);
app.post("/admin/settings", saveSettings);
app.get("/admin/webhooks", webhooksPage);
app.post("/admin/webhooks", registerWebhook);
app.post("/admin/webhooks/:id/enable", changeWebhook("enable"));
app.post("/admin/webhooks/:id/disable", changeWebhook("disable"));
app.post("/admin/webhooks/:id/delete", changeWebhook("delete"));
app.post("/admin/webhooks/:id/rotate", rotateWebhookSecret);
app.get("/admin/evidence.csv", evidenceCsvExport);
app.get("/admin/evidence.json", evidenceJsonExport);

// An organisation's admin: displays, pairing, settings, utilisation export, notice contacts.
app.get("/admin/rooms/new", newDisplayForm);
app.post("/admin/rooms/new", addDisplay);
app.get("/admin/rooms/import", importDisplaysForm);
app.post("/admin/rooms/import", importDisplays);
app.post("/admin/rooms/finder-link", replaceFinderLink);
app.post("/admin/rooms/settings", saveRoomsSettings);
app.get("/admin/rooms/analytics.csv", utilisationCsvExport);
// The utilisation screen is a Next.js page; named here so `/admin/rooms/:id` does not take it.
app.get("/admin/rooms/analytics", nextApp);
app.get("/admin/rooms/:id", displayPageRoute);
app.post("/admin/rooms/:id", saveDisplay);
app.post("/admin/rooms/:id/pairing-code", createPairingCode);
app.get("/admin/rooms/:id/remove", confirmRemoveDisplay);
app.post("/admin/rooms/:id/remove", removeDisplay);
app.post("/admin/rooms/:id/unpair", unpairDisplay);
app.get("/admin/contacts", contactsPage);
app.post("/admin/contacts", addContact);
app.post("/admin/contacts/:id/remove", removeContact);

// The tablet app and its sign-in bridge.
app.get("/display", displayPage);
app.get("/display/auth-redirect", authRedirectBridge);

// Dev tools (off in production: the core refuses them and they answer 404). The outbox and the
// Resend stand-in under /dev are Next.js routes for now.
app.get("/dev/clock", problemErrors, devClock);
app.post("/dev/clock", problemErrors, advanceDevClock);
app.post("/dev/crash", problemErrors, crashNoticeClock);
app.get("/dev/seed", problemErrors, seedStatus);
app.post("/dev/seed", problemErrors, seedDemo);
app.delete("/dev/rate-limits", problemErrors, forgetRateLimits);
app.post("/dev/bench", problemErrors, seedBench);
app.get("/dev/bench/board", problemErrors, benchBoard);
app.post("/dev/bench/publish", problemErrors, publishBenchNotice);
app.get("/dev/fail", failOnPurpose);

// Everything else: the Next.js app.
app.all("*", nextApp);

export default app;
