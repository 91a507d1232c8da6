"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { callLedger, pollCalendar } from "../_calendar/call-budget";
import { calendarErrorText } from "../_calendar/error-text";
import { nextChangeAt } from "@/workers/domain/occupancy";
import { calendarConfigOf, calendarSignIn, calendarSourceFor } from "../_calendar/source-for";
import type { CalendarEvent } from "../_calendar/types";
import { clockTime, displayText } from "../_i18n";
import { calendarHealth, needsSignIn, type CalendarHealth } from "../_lib/calendar-health";
import { panelState } from "../_lib/check-in";
import { DeviceApiError, fetchConfig, pair, sendHeartbeat } from "../_lib/device-api";
import { deviceStorage, type StoredDisplayConfig } from "../_lib/device-storage";
import { heartbeatDue, holdToQuarterHour, type HeldOccupancy, type LastReport } from "../_lib/occupancy-report";
import { PairingForm } from "./pairing-form";
import { Panel } from "./panel";
import { useNoShowRelease } from "./use-no-show-release";
import { usePanelActions } from "./use-panel-actions";

const CONFIG_EVERY_MS = 15 * 60_000;
const TICK_MS = 5_000;

type Phase = { kind: "loading" } | { kind: "pairing"; message?: string } | { kind: "ready"; config: StoredDisplayConfig };

/**
 * The tablet outside a room. Reads the room's calendar here, on the device, and reports only
 * `{ occupied, calendarHealth }`, by its organisation's rule (app/display/_lib/occupancy-report.ts):
 * the state as of the last quarter hour, or every change at once; and once a minute in between.
 * The calendar is read within its call budget (app/display/_calendar/call-budget.ts). The panel
 * always shows the true state, or, when the calendar cannot be read, the last known one with its age. Keeps its last configuration and schedule in local storage, so it
 * keeps showing the right state when the network drops.
 */
export function DisplayApp({ initialLang, devTools }: { initialLang: "en" | "fr"; devTools: boolean }) {
  const [phase, setPhase] = useState<Phase>({ kind: "loading" });
  const [now, setNow] = useState(() => Date.now());
  // The regular tick alone, not the wake-ups at meeting starts and ends: under the quarter-hour
  // rule, even when a heartbeat is sent must not follow a meeting.
  const [tickAt, setTickAt] = useState(() => Date.now());
  const [events, setEvents] = useState<CalendarEvent[]>([]);
  const [lastSync, setLastSync] = useState<number | null>(null);
  const [calendarError, setCalendarError] = useState<unknown>(null);
  const [serverReachable, setServerReachable] = useState(true);
  const [checkIns, setCheckIns] = useState<ReadonlySet<string>>(() => new Set());
  // Bumped when a person signs in without leaving the page (Google's pop-up): read again at once.
  const [signIns, setSignIns] = useState(0);
  const lastReport = useRef<LastReport | null>(null);
  const held = useRef<HeldOccupancy | null>(null);
  const decidedAtTick = useRef<number | null>(null);
  const reportedHealth = useRef<CalendarHealth | null>(null);
  // One ledger for the tablet's life, not per configuration: a changed setting must not reset the hourly budget.
  const ledger = useRef<ReturnType<typeof callLedger> | null>(null);

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
        if (error instanceof DeviceApiError && error.status === 401) return unpaired(displayText(saved?.display.lang ?? initialLang)("unpaired"));
        setServerReachable(false);
        if (saved) setPhase({ kind: "ready", config: saved });
        else setPhase({ kind: "pairing", message: error instanceof Error ? error.message : String(error) });
      });
  }, [initialLang, unpaired]);

  // A tablet on a wall is never reloaded: fetch the configuration again now and then, so an
  // admin's change (the occupancy rule among them) reaches it. Offline, keep the one it has.
  const config = phase.kind === "ready" ? phase.config : null;
  useEffect(() => {
    if (!config) return;
    const timer = setInterval(() => {
      const token = deviceStorage.token();
      if (!token) return;
      fetchConfig(token)
        .then(({ renewedToken, ...fresh }) => {
          if (renewedToken) deviceStorage.setToken(renewedToken);
          if (JSON.stringify(fresh) === JSON.stringify(config)) return;
          deviceStorage.setConfig(fresh);
          setPhase({ kind: "ready", config: fresh });
        })
        .catch((error: unknown) => {
          if (error instanceof DeviceApiError && error.status === 401) unpaired(displayText(config.display.lang)("unpaired"));
        });
    }, CONFIG_EVERY_MS);
    return () => clearInterval(timer);
  }, [config, unpaired]);

  // The clock of the panel.
  useEffect(() => {
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      setTickAt(at);
    }, TICK_MS);
    return () => clearInterval(timer);
  }, []);

  // One adapter per configuration and sign-in, for the reads and the panel's writes alike, all
  // counted in the one call budget.
  const source = useMemo(() => {
    if (!config) return null;
    const clock = () => Date.now();
    ledger.current ??= callLedger(fetch, clock);
    return calendarSourceFor(calendarConfigOf(config), { now: clock, fetch: ledger.current.fetch, devTools });
    // signIns: a new sign-in gets a fresh adapter, as the read loop restarts with it.
  }, [config, devTools, signIns]);

  const showSchedule = useCallback((fresh: CalendarEvent[], at: number) => {
    setEvents(fresh);
    setLastSync(at);
    setCalendarError(null);
    deviceStorage.setSchedule(at, fresh);
  }, []);

  // Read the calendar on the device, as often as its budget allows; keep the last good schedule.
  useEffect(() => {
    if (!config || !source || !ledger.current) return;
    const clock = () => Date.now();
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    void pollCalendar({
      source,
      ledger: ledger.current,
      now: clock,
      wait: (ms) => new Promise((resolve) => (timer = setTimeout(resolve, ms))),
      stopped: () => cancelled,
      onEvents: (fresh, at) => {
        if (!cancelled) showSchedule(fresh, at);
      },
      onError: (error) => {
        if (!cancelled) setCalendarError(error);
      },
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [config, source, showSchedule]);

  const state = config ? panelState(events, now, config.display.checkInMinutes, checkIns) : null;

  const showDeclined = useCallback((eventId: string) => setEvents((shown) => shown.map((e) => (e.id === eventId ? { ...e, status: "cancelled" } : e))), []);
  const { releasedOnPanel } = useNoShowRelease({ config, source, events, now, checkIns, onDeclined: showDeclined });
  const occupied = state?.occupied ?? null;
  const health = config ? calendarHealth({ lastGoodAt: lastSync, lastError: calendarError, now, staleAfterMs: config.org.scheduleStaleMinutes * 60_000 }) : null;

  // Report by the organisation's rule, and once a minute in between; a failure is retried at the next tick.
  useEffect(() => {
    if (!config || occupied === null || health === null) return;
    const token = deviceStorage.token();
    if (!token) return;
    const exact = config.org.occupancyReporting === "exact";
    // Report from a calendar, not from the empty schedule of the first second after a reload
    // (which would also say "stale" before any read was tried). Under the quarter-hour rule this
    // matters doubly: a quarter's state is held once decided.
    if (lastSync === null && calendarError === null) return;
    if (!exact) {
      // Decide once per tick, so not even a retry goes out at a meeting's start or end.
      if (decidedAtTick.current === tickAt) return;
      decidedAtTick.current = tickAt;
    }
    const at = exact ? now : tickAt;
    const reported = exact
      ? occupied
      : (held.current = holdToQuarterHour(held.current, at, (instant) => panelState(events, instant, config.display.checkInMinutes, checkIns).occupied)).occupied;
    // A changed health goes out at once too: it is a fact about the tablet, not a meeting's time.
    if (!heartbeatDue(lastReport.current, reported, at) && reportedHealth.current === health) return;
    lastReport.current = { occupied: reported, at };
    reportedHealth.current = health;
    sendHeartbeat(token, reported, health)
      .then(() => setServerReachable(true))
      .catch((error: unknown) => {
        if (error instanceof DeviceApiError && error.status === 401) return unpaired(displayText(config.display.lang)("unpaired"));
        setServerReachable(false);
        // Not delivered: forget it, so the next tick tries again.
        lastReport.current = null;
        reportedHealth.current = null;
      });
  }, [config, occupied, health, now, tickAt, events, checkIns, lastSync, calendarError, unpaired]);

  // Wake up exactly when the schedule says occupancy flips, not only on the next tick.
  useEffect(() => {
    if (!config) return;
    const at = nextChangeAt(events, Date.now());
    if (at === null || at - Date.now() > TICK_MS) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, at - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [config, events, now]);

  const time = clockTime(config?.display.lang ?? initialLang, config?.display.timeZone);
  const actions = usePanelActions({ config, source, events, current: state?.occupied ? state.current : null, now, time, onSchedule: showSchedule });

  if (phase.kind === "loading") return <p className="display-loading">{displayText(initialLang)("loading")}</p>;
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
  const signIn = calendarError !== null && needsSignIn(calendarError) ? calendarSignIn(calendarConfigOf(phase.config), devTools) : null;
  return (
    <Panel
      config={phase.config}
      events={events}
      now={now}
      state={state!}
      lastSync={lastSync}
      calendarError={calendarError === null ? null : calendarErrorText(calendarError, phase.config.display.lang)}
      health={health ?? "ok"}
      signIn={signIn && { provider: signIn.provider, start: () => signIn.start().then(() => setSignIns((n) => n + 1)) }}
      offline={!serverReachable}
      actions={actions}
      releasedOnPanel={releasedOnPanel}
      onCheckIn={(eventId) => {
        deviceStorage.addCheckIn(eventId);
        setCheckIns(deviceStorage.checkIns());
      }}
    />
  );
}
