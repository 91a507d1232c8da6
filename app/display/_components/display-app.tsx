"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { nextChangeAt } from "../_calendar/occupancy";
import { calendarSourceFor } from "../_calendar/source-for";
import type { CalendarEvent } from "../_calendar/types";
import { displayText } from "../_i18n";
import { panelState } from "../_lib/check-in";
import { DeviceApiError, fetchConfig, pair, sendHeartbeat } from "../_lib/device-api";
import { deviceStorage, type StoredDisplayConfig } from "../_lib/device-storage";
import { PairingForm } from "./pairing-form";
import { Panel } from "./panel";

const HEARTBEAT_EVERY_MS = 60_000;
const CALENDAR_EVERY_MS = 60_000;
const TICK_MS = 5_000;

type Phase = { kind: "loading" } | { kind: "pairing"; message?: string } | { kind: "ready"; config: StoredDisplayConfig };

/**
 * The tablet outside a room. Reads the room's calendar here, on the device, and reports only
 * `{ occupied }`: on every change and otherwise once a minute. Keeps its last configuration and
 * schedule in local storage, so it keeps showing the right state when the network drops.
 */
export function DisplayApp({ initialLang }: { initialLang: "en" | "fr" }) {
  const [phase, setPhase] = useState<Phase>({ kind: "loading" });
  const [now, setNow] = useState(() => Date.now());
  const [events, setEvents] = useState<CalendarEvent[]>([]);
  const [lastSync, setLastSync] = useState<number | null>(null);
  const [calendarError, setCalendarError] = useState<string | null>(null);
  const [serverReachable, setServerReachable] = useState(true);
  const [checkIns, setCheckIns] = useState<ReadonlySet<string>>(() => new Set());
  const lastReport = useRef<{ occupied: boolean; at: number } | null>(null);

  const unpaired = useCallback((message?: string) => {
    deviceStorage.forget();
    setPhase({ kind: "pairing", message });
  }, []);

  // Start: a token means this tablet is paired; fetch its configuration (or use the saved one offline).
  useEffect(() => {
    setCheckIns(deviceStorage.checkIns());
    const token = deviceStorage.token();
    if (!token) return setPhase({ kind: "pairing" });
    const saved = deviceStorage.config();
    const cached = deviceStorage.schedule();
    if (cached) {
      setEvents(cached.events);
      setLastSync(cached.fetchedAt);
    }
    fetchConfig(token)
      .then(({ renewedToken, ...config }) => {
        if (renewedToken) deviceStorage.setToken(renewedToken);
        deviceStorage.setConfig(config);
        setPhase({ kind: "ready", config });
      })
      .catch((error: unknown) => {
        if (error instanceof DeviceApiError && error.status === 401) return unpaired(displayText(saved?.display.lang ?? initialLang).unpaired);
        setServerReachable(false);
        if (saved) setPhase({ kind: "ready", config: saved });
        else setPhase({ kind: "pairing", message: error instanceof Error ? error.message : String(error) });
      });
  }, [initialLang, unpaired]);

  // The clock of the panel.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);

  // Read the calendar on the device, every minute; keep the last good schedule.
  const config = phase.kind === "ready" ? phase.config : null;
  useEffect(() => {
    if (!config) return;
    const source = calendarSourceFor(
      { calendarSource: config.display.calendarSource, roomEmail: config.display.roomEmail, timeZone: config.display.timeZone, microsoft: config.org.microsoft, google: config.org.google },
      { now: () => Date.now() },
    );
    let cancelled = false;
    const read = async () => {
      const at = Date.now();
      try {
        const fresh = await source.events({ from: at - 12 * 3600_000, to: at + 36 * 3600_000 });
        if (cancelled) return;
        setEvents(fresh);
        setLastSync(at);
        setCalendarError(null);
        deviceStorage.setSchedule(at, fresh);
      } catch (error) {
        if (!cancelled) setCalendarError(error instanceof Error ? error.message : String(error));
      }
    };
    void read();
    const timer = setInterval(read, CALENDAR_EVERY_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [config]);

  const state = config ? panelState(events, now, config.display.checkInMinutes, checkIns) : null;
  const occupied = state?.occupied ?? null;

  // Report: at once on a change, otherwise once a minute; a failure is retried at the next tick.
  useEffect(() => {
    if (!config || occupied === null) return;
    const token = deviceStorage.token();
    if (!token) return;
    const last = lastReport.current;
    if (last && last.occupied === occupied && now - last.at < HEARTBEAT_EVERY_MS) return;
    lastReport.current = { occupied, at: now };
    sendHeartbeat(token, occupied)
      .then(() => setServerReachable(true))
      .catch((error: unknown) => {
        if (error instanceof DeviceApiError && error.status === 401) return unpaired(displayText(config.display.lang).unpaired);
        setServerReachable(false);
        // Not delivered: forget it, so the next tick tries again.
        lastReport.current = null;
      });
  }, [config, occupied, now, unpaired]);

  // Wake up exactly when the schedule says occupancy flips, not only on the next tick.
  useEffect(() => {
    if (!config) return;
    const at = nextChangeAt(events, Date.now());
    if (at === null || at - Date.now() > TICK_MS) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, at - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [config, events, now]);

  if (phase.kind === "loading") return <p className="display-loading">{displayText(initialLang).loading}</p>;
  if (phase.kind === "pairing") {
    return (
      <PairingForm
        lang={initialLang}
        message={phase.message}
        onPair={async (code) => {
          const { deviceToken } = await pair(code);
          deviceStorage.setToken(deviceToken);
          location.reload();
        }}
      />
    );
  }
  return (
    <Panel
      config={phase.config}
      now={now}
      state={state!}
      lastSync={lastSync}
      calendarError={calendarError}
      offline={!serverReachable}
      onCheckIn={(eventId) => {
        deviceStorage.addCheckIn(eventId);
        setCheckIns(deviceStorage.checkIns());
      }}
    />
  );
}
