import { googleAccessToken, microsoftAccessToken } from "./access-tokens";
import { demoSource } from "./demo-schedule";
import { googleCalendarSource } from "./google-calendar";
import { microsoftGraphSource } from "./microsoft-graph";
import { CalendarError, type CalendarSource } from "./types";

export interface CalendarConfig {
  calendarSource: "demo" | "microsoft" | "google";
  roomEmail: string;
  timeZone: string;
  microsoft?: { clientId: string; tenantId: string } | null;
  google?: { clientId: string } | null;
}

/** The adapter a display's configuration asks for; a provider the organisation has not set up says so. */
export function calendarSourceFor(config: CalendarConfig, deps: { now: () => number; fetch?: typeof fetch }): CalendarSource {
  if (config.calendarSource === "microsoft") {
    if (!config.microsoft) return notConfigured("microsoft");
    return microsoftGraphSource({ roomEmail: config.roomEmail, timeZone: config.timeZone, getAccessToken: microsoftAccessToken(config.microsoft), fetch: deps.fetch, now: deps.now });
  }
  if (config.calendarSource === "google") {
    if (!config.google) return notConfigured("google");
    return googleCalendarSource({ calendarId: config.roomEmail, timeZone: config.timeZone, getAccessToken: googleAccessToken(config.google), fetch: deps.fetch, now: deps.now });
  }
  return demoSource({ timeZone: config.timeZone, now: deps.now });
}

function notConfigured(kind: "microsoft" | "google"): CalendarSource {
  return {
    kind,
    events: async () => {
      throw new CalendarError(412, "this calendar provider is not set up for your organisation");
    },
  };
}
