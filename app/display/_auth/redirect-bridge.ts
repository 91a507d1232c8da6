// The script of /display/auth-redirect, bundled by scripts/build-client.mjs. MSAL's redirect bridge
// reads Microsoft's answer from this page's URL and hands it to the panel on our own origin (a
// BroadcastChannel for the hidden renewal iframe; session storage, then back to /display, for a
// sign-in by redirect). The answer never leaves the tablet.
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

broadcastResponseToMainFrame().catch(() => {
  // Opened without an answer (a bookmark, a reload): a person on the full page goes back to the panel.
  if (window.top === window) location.replace("/display");
});
