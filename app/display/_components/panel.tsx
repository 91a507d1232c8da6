"use client";

import { freeSpan } from "@/workers/domain/panel-day";
import type { CalendarEvent } from "../_calendar/types";
import { clockTime, displayText, duration, meetingDay } from "../_i18n";
import type { CalendarHealth } from "../_lib/calendar-health";
import type { panelState } from "../_lib/check-in";
import type { StoredDisplayConfig } from "../_lib/device-storage";
import { PanelActions, type ActionNotice, type PanelOffers, type PanelRequest } from "./panel-actions";
import { Agenda, Meeting } from "./panel-meetings";
import { SignInNeeded } from "./sign-in-needed";

type PanelState = ReturnType<typeof panelState>;

/**
 * What people read from three metres: the room, a big status word with its own shape (never colour
 * alone), the current and next meeting, when it is free, when the calendar was last read, and a
 * clear offline notice. When the calendar cannot be read, the status is the last known one, said
 * to be ("as of 10:05", or how long ago when a sign-in is needed), never a guess. A free room is
 * "free for the rest of the day" once its free time runs past business hours; a meeting on another
 * day says which. Landscape and portrait are handled by the stylesheet, which shows the rest of
 * today's agenda only on a wide landscape panel.
 */
export function Panel({ config, events, now, state, lastSync, calendarError, health, signIn, offline, onCheckIn, actions, releasedOnPanel }: {
  config: StoredDisplayConfig; events: CalendarEvent[]; now: number; state: PanelState; lastSync: number | null; calendarError: string | null; health: CalendarHealth;
  signIn: { provider: "microsoft" | "google"; start: () => Promise<void> } | null; offline: boolean; onCheckIn: (eventId: string) => void;
  actions: { offers: PanelOffers; busy: boolean; notice: ActionNotice | null; request: (request: PanelRequest) => void };
  releasedOnPanel: boolean;
}) {
  const { display } = config;
  const t = displayText(display.lang);
  const time = clockTime(display.lang, display.timeZone);
  // Never read and nobody signed in: no schedule to speak from, so no status either.
  const unknown = signIn !== null && lastSync === null;
  const status = unknown ? "unknown" : state.occupied ? "occupied" : "available";
  // French writes the hour of a sentence as "10 h 05", not "10:05".
  const spokenTime = (at: number) => (display.lang === "fr" ? time(at).replace(":", " h ") : time(at));
  const minutesUntil = (at: number) => Math.max(1, Math.ceil((at - now) / 60_000));
  let detail: string;
  if (unknown) detail = "";
  else if (state.occupied && state.freeAt !== null) detail = state.freeAt - now > 12 * 3600_000 ? t("allDay") : `${t("freeAt", { time: time(state.freeAt) })} · ${t("freeIn", { duration: duration(t, minutesUntil(state.freeAt)) })}`;
  else {
    const free = freeSpan(state.next, now, { timeZone: display.timeZone, businessEndMinute: display.businessEndMinute });
    detail = free.restOfDay ? t("freeAllDay") : t("freeFor", { duration: duration(t, free.minutes) });
  }
  const meeting = { t, privacyMode: display.privacyMode, time, day: (at: number) => meetingDay(display.lang, display.timeZone)(at, now) };

  return (
    <div className={`display-panel theme-${display.theme} display-${status}`} lang={display.lang} data-status={status} data-calendar-health={health}>
      <header className="display-header">
        <h1 className="display-room">{display.name}</h1>
        <p className="display-clock" aria-label={time(now)}>{time(now)}</p>
      </header>
      <section className="display-status" aria-live="polite">
        <p className="display-status-word">
          <span className="display-status-shape" aria-hidden="true">{unknown ? "?" : state.occupied ? "■" : "●"}</span>{"\u00a0"}{unknown ? t("statusUnknown") : state.released ? t("released") : state.occupied ? t("occupied") : t("available")}
        </p>
        {detail && <p className="display-status-detail">{detail}</p>}
        {signIn && <SignInNeeded t={t} provider={signIn.provider} onSignIn={signIn.start} lastSync={lastSync} now={now} />}
        {/* Sign-in needed says its own age; any other trouble marks the status with its time. */}
        {!signIn && health !== "ok" && lastSync !== null && <p className="display-status-age" data-testid="status-age">{t("asOf", { time: spokenTime(lastSync) })}</p>}
        {state.awaitingCheckIn && (
          <div className="display-check-in">
            <p>{t("checkInBy", { time: time(state.awaitingCheckIn.deadline) })}</p>
            <button type="button" onClick={() => onCheckIn(state.awaitingCheckIn!.eventId)}>{t("checkIn")}</button>
          </div>
        )}
        {/* No writes from a panel that cannot say the room's state. */}
        {!unknown && !signIn && <PanelActions t={t} offers={actions.offers} busy={actions.busy} notice={actions.notice} time={time} onRequest={actions.request} />}
      </section>
      <section className="display-meetings">
        {state.current && state.occupied && <Meeting label={t("now")} event={state.current} {...meeting} />}
        {state.next ? <Meeting label={t("next")} event={state.next} {...meeting} /> : !unknown && <p className="display-meeting">{t("nothingNext")}</p>}
        {!unknown && <Agenda events={events} now={now} timeZone={display.timeZone} shown={[state.occupied ? state.current : null, state.next]} {...meeting} />}
      </section>
      <footer className="display-footer">
        {offline && <p className="display-offline" role="status">⚠ {t("offline")}</p>}
        {releasedOnPanel && state.released && <p className="display-offline" role="status">⚠ {t("releasedOnPanel")}</p>}
        {calendarError && !signIn && <p className="display-offline" role="status">⚠ {t("calendarError", { reason: calendarError })}</p>}
        {lastSync !== null && <p>{t("lastSync", { time: time(lastSync) })}</p>}
      </footer>
    </div>
  );
}
