/// <reference types="@maxim_mazurok/gapi.client.calendar-v3" />
import type * as MicrosoftGraph from "@microsoft/microsoft-graph-types";
import { afterEach, describe, expect, it } from "vitest";
import { CALENDAR_BACKOFF_MAX_MS, CALENDAR_CALLS_PER_HOUR, CALENDAR_READ_EVERY_MS, callLedger, nextCalendarReadAt, pollCalendar } from "./call-budget";
import { calendarErrorText } from "./error-text";
import { googleCalendarSource } from "./google-calendar";
import { microsoftGraphSource } from "./microsoft-graph";
import { googleError, graphError, startProviderStandin, type StandinAnswer } from "./provider-standin.test-helper";
import { CalendarError, type CalendarSource } from "./types";

const M = 60_000;
const H = 3600_000;
const T0 = Date.UTC(2026, 10, 23, 0, 0);

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

/** A deterministic stand-in for Math.random, so jittered waits are the same on every run. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe("nextCalendarReadAt", () => {
  it("reads every two minutes in steady state, and waits longer after a read that needed more pages", () => {
    expect(nextCalendarReadAt({ now: T0, calls: 1, failures: 0, error: null })).toBe(T0 + 2 * M);
    expect(nextCalendarReadAt({ now: T0, calls: 2, failures: 0, error: null })).toBe(T0 + 2 * M);
    expect(nextCalendarReadAt({ now: T0, calls: 5, failures: 0, error: null })).toBe(T0 + 5 * M);
  });

  it("backs off exponentially with jitter, up to a cap, and never sooner than the provider's Retry-After", () => {
    const failing = new CalendarError(500, "boom");
    const wait = (failures: number, r: number) => nextCalendarReadAt({ now: T0, calls: 1, failures, error: failing, random: () => r }) - T0;
    expect([wait(1, 0), wait(1, 0.5), wait(1, 0.999)]).toEqual([2 * M, 3 * M, expect.any(Number)]);
    expect(wait(1, 0.999)).toBeLessThan(4 * M);
    expect([wait(2, 0), wait(3, 0), wait(4, 0)]).toEqual([4 * M, 8 * M, 15 * M]);
    expect(wait(9, 0.999)).toBeLessThanOrEqual(CALENDAR_BACKOFF_MAX_MS);
    const throttled = new CalendarError(429, "slow down", { reason: "rate_limited", retryAfterMs: 20 * M });
    expect(nextCalendarReadAt({ now: T0, calls: 1, failures: 1, error: throttled, random: () => 0 })).toBe(T0 + 20 * M);
  });
});

describe("callLedger", () => {
  it("refuses a call past the hourly budget without reaching the provider, and says when one is free again", async () => {
    const standin = await startProviderStandin([() => ({ status: 200, body: { value: [] } })]);
    close = standin.close;
    let now = T0;
    const ledger = callLedger(globalThis.fetch, () => now);
    const source = microsoftGraphSource({ roomEmail: "atlas@acme.test", getAccessToken: async () => "t", baseUrl: standin.origin, fetch: ledger.fetch });
    const range = { from: T0, to: T0 + H };
    for (let i = 0; i < CALENDAR_CALLS_PER_HOUR; i++, now += 10_000) await source.events(range);
    const refused = await source.events(range).catch((e: unknown) => e);
    expect(standin.requests).toHaveLength(CALENDAR_CALLS_PER_HOUR);
    expect(refused).toMatchObject({ reason: "budget", retryAfterMs: T0 + H - now });
    expect(calendarErrorText(refused, "en")).toBe("the display has used its calendar reads for this hour; it will read again in 50 min");
    expect(calendarErrorText(refused, "fr")).toBe("l’écran a utilisé ses lectures du calendrier pour cette heure ; il relira dans 50 min");
    now = T0 + H;
    await source.events(range);
    expect(standin.requests).toHaveLength(CALENDAR_CALLS_PER_HOUR + 1);
  });
});

type Incident = "ok" | "two-pages" | "throttled" | "throttled-silently" | "unavailable-until" | "failing";

/** What the provider does at each simulated hour of the day. */
function incidentAt(hour: number): Incident {
  if (hour >= 2 && hour < 4) return "two-pages";
  if (hour >= 5 && hour < 6) return "throttled";
  if (hour >= 10 && hour < 10.5) return "unavailable-until";
  if (hour >= 15 && hour < 16) return "failing";
  if (hour >= 20 && hour < 21) return "throttled-silently";
  return "ok";
}

const graphEvent: MicrosoftGraph.Event = { id: "m", subject: "Planning", showAs: "busy", start: { dateTime: "2026-11-23T09:00:00.0000000", timeZone: "UTC" }, end: { dateTime: "2026-11-23T10:00:00.0000000", timeZone: "UTC" } };
const googleEvent: gapi.client.calendar.Event = { id: "m", summary: "Planning", start: { dateTime: "2026-11-23T09:00:00Z" }, end: { dateTime: "2026-11-23T10:00:00Z" } };

const providers: {
  name: string;
  answer: (incident: Incident, url: URL, origin: string, now: number) => StandinAnswer;
  source: (origin: string, fetch: typeof globalThis.fetch, now: () => number) => CalendarSource;
}[] = [
  {
    name: "Microsoft Graph",
    answer: (incident, url, origin, now) => {
      if (incident === "throttled") return graphError(429, "TooManyRequests", "Please retry again later.", { "retry-after": "300" });
      if (incident === "throttled-silently") return graphError(429, "TooManyRequests", "Please retry again later.");
      if (incident === "unavailable-until") return graphError(503, "ServiceUnavailable", "Service Unavailable", { "retry-after": new Date(now + 10 * M).toUTCString() });
      if (incident === "failing") return graphError(500, "generalException", "An unspecified error has occurred.");
      const firstPage = !url.searchParams.has("$skiptoken");
      const next = incident === "two-pages" && firstPage ? { "@odata.nextLink": `${origin}/users/atlas%40acme.test/calendarView?$skiptoken=p2` } : {};
      return { status: 200, body: { ...next, value: [graphEvent] } };
    },
    source: (origin, fetch, now) => microsoftGraphSource({ roomEmail: "atlas@acme.test", timeZone: "Europe/Paris", getAccessToken: async () => "t", baseUrl: origin, fetch, now }),
  },
  {
    name: "Google Calendar",
    answer: (incident, url, _origin, now) => {
      if (incident === "throttled") return googleError(429, "RESOURCE_EXHAUSTED", "rateLimitExceeded", "Rate Limit Exceeded", { domain: "usageLimits", headers: { "retry-after": "300" } });
      if (incident === "throttled-silently") return googleError(403, "PERMISSION_DENIED", "userRateLimitExceeded", "User Rate Limit Exceeded", { domain: "usageLimits" });
      if (incident === "unavailable-until") return googleError(503, "UNAVAILABLE", "backendError", "Backend Error", { headers: { "retry-after": new Date(now + 10 * M).toUTCString() } });
      if (incident === "failing") return googleError(500, "INTERNAL", "backendError", "Backend Error");
      const page: gapi.client.calendar.Events = { timeZone: "Europe/Paris", items: [googleEvent] };
      if (incident === "two-pages" && !url.searchParams.has("pageToken")) page.nextPageToken = "p2";
      return { status: 200, body: page };
    },
    source: (origin, fetch, now) => googleCalendarSource({ calendarId: "atlas@acme.test", timeZone: "Europe/Paris", getAccessToken: async () => "t", baseUrl: origin, fetch, now }),
  },
];

describe.each(providers)("a display reading $name for 24 simulated hours", ({ answer, source }) => {
  it("stays within 60 calls in every rolling hour, honours Retry-After, backs off, and recovers", async () => {
    let now = T0;
    const callTimes: number[] = [];
    let origin = "";
    const standin = await startProviderStandin([
      (url) => {
        callTimes.push(now);
        return answer(incidentAt((now - T0) / H), url, origin, now);
      },
    ]);
    origin = standin.origin;
    close = standin.close;
    const ledger = callLedger(globalThis.fetch, () => now);
    const reads: number[] = [];
    const errors: unknown[] = [];
    await pollCalendar({
      source: source(origin, ledger.fetch, () => now),
      ledger,
      now: () => now,
      wait: async (ms) => {
        now += ms;
      },
      stopped: () => now >= T0 + 24 * H,
      onEvents: (_events, at) => reads.push(at),
      onError: (error) => errors.push(error),
      random: seeded(10),
    });

    const callsIn = (from: number, to: number) => callTimes.filter((t) => t >= from && t < to).length;
    const busiestHour = Math.max(...callTimes.map((t) => callsIn(t, t + H)));
    expect(busiestHour).toBeLessThanOrEqual(CALENDAR_CALLS_PER_HOUR);
    expect(callsIn(T0 + H, T0 + 2 * H)).toBe(H / CALENDAR_READ_EVERY_MS); // steady state: 30 calls an hour
    expect(callsIn(T0 + 2 * H, T0 + 3 * H)).toBeLessThanOrEqual(CALENDAR_CALLS_PER_HOUR); // two pages a read
    expect(callTimes.length).toBeLessThanOrEqual(24 * CALENDAR_CALLS_PER_HOUR);
    // The budget was met by pacing, not by refusing calls.
    expect(errors.filter((e) => e instanceof CalendarError && e.reason === "budget")).toEqual([]);

    const gapsAfter = (from: number, to: number) => {
      const inside = callTimes.filter((t) => t >= from && t < to);
      return inside.map((t) => (callTimes.find((u) => u > t) ?? Infinity) - t);
    };
    // 429 with Retry-After: 300 s — never sooner.
    expect(Math.min(...gapsAfter(T0 + 5 * H, T0 + 6 * H))).toBeGreaterThanOrEqual(5 * M);
    // 503 with an HTTP-date ten minutes on (an HTTP-date has whole seconds).
    expect(Math.min(...gapsAfter(T0 + 10 * H, T0 + 10.5 * H))).toBeGreaterThanOrEqual(10 * M - 1000);
    // Plain failures: the wait grows with each one, up to the cap.
    const failing = gapsAfter(T0 + 15 * H, T0 + 16 * H);
    expect(failing.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < failing.length - 1; i++) expect(failing[i]!).toBeGreaterThan(failing[i - 1]!);
    expect(Math.max(...failing)).toBeLessThanOrEqual(CALENDAR_BACKOFF_MAX_MS);
    // Throttled without a readable Retry-After: backs off all the same.
    expect(callsIn(T0 + 20 * H, T0 + 21 * H)).toBeLessThan(10);
    // And after every incident the schedule is read again.
    for (const hour of [7, 12, 18, 23]) expect(reads.some((at) => at >= T0 + hour * H && at < T0 + (hour + 1) * H)).toBe(true);
  }, 60_000);
});
