import type { AccountInfo, Configuration, IPublicClientApplication } from "@azure/msal-browser";
import { AUTH_REDIRECT_PATH } from "@/app/_lib/security-headers";
import { loadMsal } from "./load-msal";
import { CalendarError, type AccessTokenProvider } from "./types";

/**
 * Microsoft 365 sign-in on the tablet, with MSAL. A person starts it (a full-page redirect, never a
 * popup); after that MSAL renews the token alone: from its cache, then with its refresh token
 * (Entra ends a single-page app's refresh token 24 h after the sign-in that started it), then in a
 * hidden iframe while Microsoft's session cookie lives. Tokens stay in MSAL's cache on the tablet
 * (local storage, encrypted by MSAL); nothing here ever sends one to Roomtrust.
 */

/**
 * Read-only unless the panel may write (book, extend/end or release): then `ReadWrite.Shared`,
 * which covers the room's own calendar when the tablet signs in as the room's resource account and
 * a calendar shared with the account otherwise. A tablet whose permissions grow asks for sign-in
 * again (MSAL cannot renew silently into a scope never consented to).
 */
export function microsoftCalendarScopes(write: boolean): string[] {
  return [write ? "Calendars.ReadWrite.Shared" : "Calendars.Read.Shared"];
}
const ENTRA = "https://login.microsoftonline.com";
/** Dev tools only: the origin of a loopback identity stand-in, set by the e2e suite on the tablet. */
const DEV_AUTHORITY_KEY = "roomtrust.dev.microsoft-authority";

export interface MicrosoftSignIn {
  clientId: string;
  tenantId: string;
  /** The room's resource account, offered to Microsoft as the account to sign in with. */
  loginHint: string;
  devTools: boolean;
  /** Whether the panel may write to the room's calendar (any of its write permissions on). */
  write: boolean;
}

/**
 * MSAL's configuration for an organisation's Entra app. With a dev authority (a loopback stand-in),
 * MSAL is told the authority's metadata and that it is known, so it never asks Microsoft's
 * discovery endpoints: nothing leaves the machine.
 */
export function msalConfiguration({ clientId, tenantId }: { clientId: string; tenantId: string }, origin: string, devAuthority: string | null): Configuration {
  const authority = `${devAuthority ?? ENTRA}/${encodeURIComponent(tenantId)}`;
  const auth = { clientId, authority, redirectUri: `${origin}${AUTH_REDIRECT_PATH}` };
  const cache = { cacheLocation: "localStorage" };
  if (!devAuthority) return { auth, cache };
  const host = new URL(devAuthority).host;
  return {
    auth: {
      ...auth,
      knownAuthorities: [host],
      authorityMetadata: JSON.stringify({
        issuer: `${authority}/v2.0`,
        authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
        token_endpoint: `${authority}/oauth2/v2.0/token`,
        end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
        jwks_uri: `${authority}/discovery/v2.0/keys`,
      }),
      cloudDiscoveryMetadata: JSON.stringify({
        tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`,
        "api-version": "1.1",
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
      }),
    },
    cache,
  };
}

/** A loopback https origin from the tablet's storage, honoured only when the server has dev tools on. */
export function devAuthority(devTools: boolean, stored: string | null): string | null {
  if (!devTools || !stored) return null;
  try {
    const url = new URL(stored);
    return url.protocol === "https:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname) ? url.origin : null;
  } catch {
    return null;
  }
}

interface Client {
  msal: IPublicClientApplication;
  /** Whether a silent sign-in without a cached account was tried since the page loaded. */
  triedSso: boolean;
}

const clients = new Map<string, Promise<Client>>();

/** One MSAL instance per page and configuration; the first call also finishes a sign-in by redirect. */
function client(settings: MicrosoftSignIn): Promise<Client> {
  const configuration = msalConfiguration(settings, location.origin, devAuthority(settings.devTools, localStorage.getItem(DEV_AUTHORITY_KEY)));
  const key = JSON.stringify(configuration);
  let found = clients.get(key);
  if (!found) {
    found = (async () => {
      const { createStandardPublicClientApplication } = await loadMsal();
      const msal = await createStandardPublicClientApplication(configuration);
      const returned = await msal.handleRedirectPromise();
      if (returned?.account) msal.setActiveAccount(returned.account);
      return { msal, triedSso: false };
    })();
    // A failed start (MSAL could not load) is tried again at the next read.
    found.catch(() => clients.delete(key));
    clients.set(key, found);
  }
  return found;
}

function accountOf(msal: IPublicClientApplication, loginHint: string): AccountInfo | null {
  const accounts = msal.getAllAccounts();
  return msal.getActiveAccount() ?? accounts.find((a) => a.username.toLowerCase() === loginHint.toLowerCase()) ?? accounts[0] ?? null;
}

/**
 * The calendar token, without a person: MSAL's cache, refresh token, then hidden iframe. Without
 * a cached account (first start, or the browser was restarted and MSAL's key was lost), one
 * silent sign-in with the room's account per page load. When only a person can help, a 401
 * CalendarError: the panel then shows "Sign-in needed" and its button.
 */
export function microsoftAccessToken(settings: MicrosoftSignIn): AccessTokenProvider {
  return async () => {
    const { InteractionRequiredAuthError } = await loadMsal();
    const state = await client(settings);
    const account = accountOf(state.msal, settings.loginHint);
    const scopes = microsoftCalendarScopes(settings.write);
    try {
      if (account) return (await state.msal.acquireTokenSilent({ scopes, account })).accessToken;
      if (state.triedSso) throw new CalendarError(401, "sign-in needed");
      state.triedSso = true;
      const result = await state.msal.ssoSilent({ scopes, loginHint: settings.loginHint });
      state.msal.setActiveAccount(result.account);
      return result.accessToken;
    } catch (error) {
      if (error instanceof CalendarError) throw error;
      if (error instanceof InteractionRequiredAuthError || !account) throw new CalendarError(401, "sign-in needed");
      throw msalFailure(error);
    }
  };
}

/**
 * MSAL's own failures as the panel's words: the codes MSAL gives when it could not reach Microsoft
 * (msal-browser's BrowserAuthErrorCodes, msal-common's ClientAuthErrorCodes) mean the network, so
 * the panel says "can't reach" as it does for Graph; anything else is Microsoft refusing.
 */
const MSAL_NETWORK_CODES = new Set(["no_network_connectivity", "post_request_failed", "get_request_failed", "network_error", "endpoints_resolution_error", "timed_out"]);

export function msalFailure(error: unknown): CalendarError {
  const code = typeof error === "object" && error !== null && "errorCode" in error ? String(error.errorCode) : "";
  if (MSAL_NETWORK_CODES.has(code)) return new CalendarError(0, `Microsoft sign-in could not be reached (${code})`, { reason: "unreachable" });
  return new CalendarError(502, `Microsoft sign-in failed${code ? ` (${code})` : ""}`, { reason: "provider" });
}

/** The tap on "Sign in with Microsoft 365": the whole page goes to Microsoft and comes back to the panel. */
export async function signInWithMicrosoft(settings: MicrosoftSignIn): Promise<void> {
  const { msal } = await client(settings);
  await msal.loginRedirect({ scopes: microsoftCalendarScopes(settings.write), loginHint: settings.loginHint });
}
