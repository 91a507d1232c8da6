import { randomBytes } from "node:crypto";
import type { BrowserContext, Page, Route } from "@playwright/test";

/**
 * A stand-in for Google's side of a sign-in with Google Identity Services' token model, served at
 * Google's real URLs by Playwright's routing, for the real display app in Chromium:
 *
 * - `https://accounts.google.com/gsi/client`: the script, offering what our code calls —
 *   `google.accounts.oauth2.initTokenClient(config)` and its `requestAccessToken(override)`, which
 *   opens Google's pop-up with `window.open` (so the browser's pop-up blocker applies, as it does
 *   to GIS), then calls `callback` with a TokenResponse (`access_token`, `expires_in`, `scope`,
 *   `token_type`, `prompt`; or `error`) or `error_callback` with a ClientConfigError
 *   (`type`: `popup_failed_to_open`, `popup_closed`), the shapes of `@types/google.accounts`;
 * - `https://accounts.google.com/o/oauth2/v2/auth`: the pop-up. It answers its opener by
 *   `window.opener.postMessage` (so a `Cross-Origin-Opener-Policy: same-origin` opener never
 *   hears back, as with Google). It checks the client id and the JavaScript origin; with
 *   `prompt=none` it answers at once, a token while the Google session and the consent last,
 *   `interaction_required` otherwise; else it shows the account page with one button (a person).
 *
 * Access tokens last 1 h on the stand-in's clock, which the test moves with the tablet's.
 */

const HOUR = 3600_000;
const GIS_SCRIPT_URL = "https://accounts.google.com/gsi/client";
const AUTH_URL = "https://accounts.google.com/o/oauth2/v2/auth";

export interface GisStandIn {
  /** Routes the script on the tablet's page and the pop-up on its context (a pop-up is another page). */
  route(context: BrowserContext, page: Page): Promise<void>;
  advance(ms: number): void;
  /** Ends the Google session and every token, as a Workspace admin's "sign out / reset" does. */
  revokeSessions(): void;
  acceptsAccessToken(token: string): boolean;
  /** Every token it issued: none may ever reach Roomtrust. */
  issued: Set<string>;
  calls: { script: number; interactive: number; silentGranted: number; silentRefused: number; refused: string[] };
}

export function startGisStandIn({ clientId, origins, account }: { clientId: string; origins: string[]; account: string }): GisStandIn {
  let offset = 0;
  const now = () => Date.now() + offset;
  let session = false;
  let consented = false;
  const tokens = new Map<string, number>();
  const issued = new Set<string>();
  const calls: GisStandIn["calls"] = { script: 0, interactive: 0, silentGranted: 0, silentRefused: 0, refused: [] };

  function grant(params: URLSearchParams, prompt: string) {
    const token = `ya29.${randomBytes(24).toString("base64url")}`;
    issued.add(token);
    tokens.set(token, now() + HOUR);
    return { access_token: token, token_type: "Bearer", expires_in: 3599, scope: params.get("scope") ?? "", prompt };
  }

  /** The pop-up's answer to its opener, then it closes, as Google's does. */
  function replyToOpener(route: Route, params: URLSearchParams, response: Record<string, unknown>) {
    const target = JSON.stringify(params.get("origin") ?? "");
    const message = JSON.stringify({ gisStandIn: true, response });
    return route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!doctype html><title>Google Accounts</title><p>Returning to the app…</p><script>
if (window.opener) { window.opener.postMessage(${message}, ${target}); window.close(); }
else document.body.append("This window lost its link to the app that opened it.");
</script>`,
    });
  }

  async function popup(route: Route) {
    const request = route.request();
    const params = new URL(request.url()).searchParams;
    if (request.method() === "POST") {
      // The person pressed the account button: a Google session starts, consent is given.
      session = true;
      consented = true;
      calls.interactive++;
      return replyToOpener(route, params, grant(params, params.get("prompt") ?? "select_account"));
    }
    const refusal =
      params.get("client_id") !== clientId ? "Error 401: invalid_client"
      : !origins.includes(params.get("origin") ?? "") ? "Error 400: origin_mismatch"
      : params.get("response_type") !== "token" ? "Error 400: invalid_request"
      : null;
    if (refusal) {
      calls.refused.push(refusal);
      return route.fulfill({ status: 400, contentType: "text/html", body: `<!doctype html><title>Access blocked</title><h1>${refusal}</h1>` });
    }
    const prompt = params.get("prompt") ?? "select_account";
    if (prompt === "none" || (prompt === "" && session && consented)) {
      if (session && consented) {
        calls.silentGranted++;
        return replyToOpener(route, params, grant(params, prompt));
      }
      calls.silentRefused++;
      return replyToOpener(route, params, { error: "interaction_required", error_description: "User interaction is required.", error_uri: "https://developers.google.com/identity/oauth2/web/guides/error" });
    }
    const hint = params.get("login_hint") ?? account;
    return route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!doctype html><title>Sign in – Google Accounts</title><h1>Choose an account</h1><form method="post"><p>${escape(hint)}</p><button>Continue as ${escape(hint)}</button></form>`,
    });
  }

  return {
    async route(context, page) {
      await page.route(GIS_SCRIPT_URL, (route) => {
        calls.script++;
        return route.fulfill({ contentType: "text/javascript; charset=utf-8", body: GIS_CLIENT_SCRIPT });
      });
      await context.route((url) => url.origin + url.pathname === AUTH_URL, popup);
    },
    advance: (ms) => void (offset += ms),
    revokeSessions: () => {
      session = false;
      consented = false;
      tokens.clear();
    },
    acceptsAccessToken: (token) => (tokens.get(token) ?? 0) > now(),
    issued,
    calls,
  };
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The browser half: GIS's token client as our code calls it, speaking to the pop-up above. */
const GIS_CLIENT_SCRIPT = `(() => {
  const AUTH = ${JSON.stringify(AUTH_URL)};
  const clientError = (type, message) => Object.assign(new Error(message), { type });
  function initTokenClient(config) {
    if (!config || !config.client_id) throw new Error("Missing required parameter client_id.");
    if (typeof config.callback !== "function") throw new Error("Missing required parameter callback.");
    return {
      requestAccessToken(override) {
        const c = Object.assign({}, config, override || {});
        const params = new URLSearchParams({ client_id: c.client_id, scope: c.scope, response_type: "token", include_granted_scopes: String(c.include_granted_scopes !== false), origin: location.origin, gsiwebsdk: "3" });
        params.set("prompt", c.prompt === undefined ? "select_account" : c.prompt);
        if (c.login_hint || c.hint) params.set("login_hint", c.login_hint || c.hint);
        const popup = window.open(AUTH + "?" + params, "g_auth_popup", "width=500,height=600");
        if (!popup) {
          if (c.error_callback) c.error_callback(clientError("popup_failed_to_open", "Failed to open popup window"));
          return;
        }
        let done = false;
        const finish = () => { done = true; window.removeEventListener("message", onMessage); clearInterval(watch); };
        const onMessage = (event) => {
          if (event.origin !== "https://accounts.google.com" || !event.data || event.data.gisStandIn !== true) return;
          finish();
          c.callback(event.data.response);
        };
        window.addEventListener("message", onMessage);
        const watch = setInterval(() => {
          if (done || !popup.closed) return;
          finish();
          if (c.error_callback) c.error_callback(clientError("popup_closed", "Popup window closed"));
        }, 1000);
      },
    };
  }
  const scopesOf = (response) => (response && response.scope ? response.scope.split(" ") : []);
  window.google = window.google || {};
  window.google.accounts = window.google.accounts || {};
  window.google.accounts.oauth2 = {
    initTokenClient,
    hasGrantedAllScopes: (response, ...scopes) => scopes.every((s) => scopesOf(response).includes(s)),
    hasGrantedAnyScope: (response, ...scopes) => scopes.some((s) => scopesOf(response).includes(s)),
  };
})();`;
