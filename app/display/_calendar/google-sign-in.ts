/// <reference types="google.accounts" />
import * as z from "zod/mini";
import { CalendarError, type AccessTokenProvider } from "./types";

/**
 * Google Calendar sign-in on the tablet, with Google Identity Services' token model. GIS gives
 * 1-hour access tokens and no refresh token: every token, first or renewed, comes from
 * `requestAccessToken()`, which opens a Google pop-up. A person's tap opens it (the browser allows
 * a pop-up from a tap); a renewal opens it from a timer with `prompt: "none"`, which browsers allow
 * only where pop-ups are allowed for our origin (docs/calendar-setup.md), and Google answers at
 * once, without showing anything, while its session and the earlier consent last. When that
 * fails, a CalendarError 401: the panel shows "Sign-in needed" and its button.
 *
 * The token stays on the tablet (local storage); nothing here sends it to Roomtrust. Google's
 * script is loaded only by a display that reads Google Calendar.
 */

/** Read-only unless the panel may write: then `calendar.events`, which reads and writes events and nothing else. */
export function googleCalendarScope(write: boolean): string {
  return `https://www.googleapis.com/auth/${write ? "calendar.events" : "calendar.readonly"}`;
}
const GIS_SCRIPT = "https://accounts.google.com/gsi/client";
const STORAGE_KEY = "roomtrust.calendar-token";
/** A token this close to its end is renewed before the next read rather than used. */
const RENEW_BEFORE_MS = 5 * 60_000;
/** A token this close to its end is no longer used at all. */
const USABLE_FOR_MS = 60_000;
/**
 * How long a silent request may take. GIS calls back only when Google's pop-up answers or closes;
 * one left open (a page that waits for a person after all) must not stop the panel's reads.
 */
const SILENT_ANSWER_MS = 60_000;

export interface GoogleSignIn {
  clientId: string;
  /** The room's calendar address, offered to Google as the account to sign in with. */
  loginHint: string;
  /** Whether the panel may write to the room's calendar (any of its write permissions on). */
  write: boolean;
}

// A token stored before scopes were kept with it was a read-only one.
const storedSchema = z.object({ provider: z.literal("google"), accessToken: z.string().check(z.minLength(1)), expiresAt: z.number(), scope: z._default(z.string(), googleCalendarScope(false)) });
// GIS's published types say `expires_in` is a string; it sends a number. Both are read.
const tokenResponseSchema = z.object({
  access_token: z.optional(z.string().check(z.minLength(1))),
  expires_in: z.optional(z.coerce.number().check(z.positive())),
  error: z.optional(z.string()),
});

/** The stored token, if it was granted `scope`: one for reading only cannot write. */
function stored(scope: string): z.infer<typeof storedSchema> | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const parsed = storedSchema.safeParse(raw ? JSON.parse(raw) : null);
    return parsed.success && parsed.data.scope === scope ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Forgets a token Google Calendar refused (revoked before its hour was up). */
export function forgetGoogleToken(): void {
  localStorage.removeItem(STORAGE_KEY);
}

let gisLoading: Promise<typeof google.accounts.oauth2> | null = null;

function loadGoogleIdentity(): Promise<typeof google.accounts.oauth2> {
  gisLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = GIS_SCRIPT;
    script.async = true;
    script.onload = () => {
      const oauth2 = (window as { google?: typeof google }).google?.accounts?.oauth2;
      if (oauth2) resolve(oauth2);
      else reject(new Error("Google Identity Services did not load"));
    };
    script.onerror = () => reject(new Error("Google Identity Services could not be loaded"));
    document.head.appendChild(script);
  });
  // A failed load (the tablet was offline) is tried again next time.
  gisLoading.catch(() => (gisLoading = null));
  return gisLoading;
}

/**
 * One token request through GIS. `requestAccessToken` must run in the same task as the tap that
 * asked for it, so the caller passes GIS already loaded when it has it. Resolves with the token
 * (stored); rejects with Google's OAuth error or GIS's own (`popup_failed_to_open`, `popup_closed`).
 */
function requestToken(oauth2: typeof google.accounts.oauth2, settings: GoogleSignIn, prompt: "" | "none"): Promise<string> {
  return new Promise((resolve, reject) => {
    const client = oauth2.initTokenClient({
      client_id: settings.clientId,
      scope: googleCalendarScope(settings.write),
      login_hint: settings.loginHint,
      prompt,
      callback: (raw) => {
        const response = tokenResponseSchema.safeParse(raw);
        if (!response.success || !response.data.access_token) return reject(new Error(response.success ? (response.data.error ?? "no token") : "unreadable token response"));
        const { access_token: accessToken, expires_in: expiresIn = 3600 } = response.data;
        localStorage.setItem(STORAGE_KEY, JSON.stringify({ provider: "google", accessToken, expiresAt: Date.now() + expiresIn * 1000, scope: googleCalendarScope(settings.write) }));
        resolve(accessToken);
      },
      error_callback: (error) => reject(new Error(error.type)),
    });
    client.requestAccessToken();
  });
}

/**
 * The calendar token, without a person: the stored one while it has more than a few minutes
 * left, else one silent request (`prompt: "none"`). After a silent request fails, none is tried
 * again until a person has signed in, so a kiosk that allows pop-ups does not flash one at every
 * read; the token still valid is used to its end.
 */
export function googleAccessToken(settings: GoogleSignIn): AccessTokenProvider {
  let silentFailed = false;
  return async () => {
    const token = stored(googleCalendarScope(settings.write));
    const left = token ? token.expiresAt - Date.now() : 0;
    if (token && left > RENEW_BEFORE_MS) {
      silentFailed = false;
      return token.accessToken;
    }
    if (!silentFailed) {
      try {
        const oauth2 = await loadGoogleIdentity();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("no answer from Google")), SILENT_ANSWER_MS)));
        return await Promise.race([requestToken(oauth2, settings, "none"), late]).finally(() => clearTimeout(timer));
      } catch {
        silentFailed = true;
      }
    }
    if (token && left > USABLE_FOR_MS) return token.accessToken;
    throw new CalendarError(401, "sign-in needed");
  };
}

/**
 * The tap on "Sign in with Google": GIS's pop-up, opened in the tap's own task when GIS is
 * already loaded (the panel loaded it while trying to renew). `prompt: ""` asks for consent the
 * first time only.
 */
export function signInWithGoogle(settings: GoogleSignIn): Promise<string> {
  const oauth2 = (window as { google?: typeof google }).google?.accounts?.oauth2;
  if (oauth2) return requestToken(oauth2, settings, "");
  return loadGoogleIdentity().then((loaded) => requestToken(loaded, settings, ""));
}
