import { demoSource } from "./demo-source";
import { googleCalendarSource } from "./google-calendar";
import { forgetGoogleToken, googleAccessToken, signInWithGoogle } from "./google-sign-in";
import { microsoftGraphSource } from "./microsoft-graph";
import { microsoftAccessToken, signInWithMicrosoft } from "./microsoft-sign-in";
import { deviceStorage, type StoredDisplayConfig } from "../_lib/device-storage";
import { CalendarError, type CalendarSource } from "./types";

export interface CalendarConfig {
  calendarSource: "demo" | "microsoft" | "google";
  roomEmail: string;
  timeZone: string;
  microsoft?: { clientId: string; tenantId: string } | null;
  google?: { clientId: string } | null;
  /** Whether the panel may write (book, extend/end, release): the sign-in asks for write access only then. */
  writes: boolean;
}

/** The calendar part of what the tablet was configured with. */
export function calendarConfigOf({ display, org }: StoredDisplayConfig): CalendarConfig {
  const { permissions } = display;
  const releases = permissions.release && display.checkInMinutes !== null;
  return {
    calendarSource: display.calendarSource,
    roomEmail: display.roomEmail,
    timeZone: display.timeZone,
    microsoft: org.microsoft,
    google: org.google,
    writes: permissions.book || permissions.extendEnd || releases,
  };
}

/** The adapter a display's configuration asks for; a provider the organisation has not set up says so. */
export function calendarSourceFor(config: CalendarConfig, deps: { now: () => number; fetch?: typeof fetch; devTools?: boolean }): CalendarSource {
  if (config.calendarSource === "microsoft") {
    if (!config.microsoft) return notConfigured("microsoft");
    const getAccessToken = microsoftAccessToken({ ...config.microsoft, loginHint: config.roomEmail, devTools: deps.devTools ?? false, write: config.writes });
    return microsoftGraphSource({ roomEmail: config.roomEmail, timeZone: config.timeZone, getAccessToken, fetch: deps.fetch, now: deps.now });
  }
  if (config.calendarSource === "google") {
    if (!config.google) return notConfigured("google");
    const getAccessToken = googleAccessToken({ clientId: config.google.clientId, loginHint: config.roomEmail, write: config.writes });
    return forgettingRefusedTokens(googleCalendarSource({ calendarId: config.roomEmail, timeZone: config.timeZone, getAccessToken, fetch: deps.fetch, now: deps.now }));
  }
  return demoSource({ timeZone: config.timeZone, changes: deviceStorage.demoChanges, now: deps.now });
}

/** What the panel's "Sign in with …" button does; null for the demo schedule or a provider not set up. */
export function calendarSignIn(config: CalendarConfig, devTools: boolean): { provider: "microsoft" | "google"; start: () => Promise<void> } | null {
  if (config.calendarSource === "microsoft" && config.microsoft) {
    const settings = { ...config.microsoft, loginHint: config.roomEmail, devTools, write: config.writes };
    return { provider: "microsoft", start: () => signInWithMicrosoft(settings) };
  }
  if (config.calendarSource === "google" && config.google) {
    const settings = { clientId: config.google.clientId, loginHint: config.roomEmail, write: config.writes };
    return { provider: "google", start: () => signInWithGoogle(settings).then(() => undefined) };
  }
  return null;
}

/**
 * Google's tokens live in our storage (Microsoft's in MSAL's cache): one Google Calendar refused
 * (revoked within its hour) is forgotten, so the next read asks Google for a new one.
 */
function forgettingRefusedTokens(source: CalendarSource): CalendarSource {
  return {
    kind: source.kind,
    // A write refused for the token is followed by a read, refused the same way, which forgets it.
    writes: source.writes,
    events: (range) =>
      source.events(range).catch((error: unknown) => {
        if (error instanceof CalendarError && error.reason === "sign_in") forgetGoogleToken();
        throw error;
      }),
  };
}

function notConfigured(kind: "microsoft" | "google"): CalendarSource {
  const refuse = async (): Promise<never> => {
    throw new CalendarError(412, "this calendar provider is not set up for your organisation");
  };
  return { kind, events: refuse, writes: { book: refuse, setEnd: refuse, remove: refuse, decline: refuse } };
}
