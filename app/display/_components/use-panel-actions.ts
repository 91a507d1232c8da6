"use client";

import { useCallback, useState } from "react";
import { bookingChoices, bookingEndAt, endNowAt, extendChoices } from "@/workers/domain/panel-actions";
import { CalendarError, type CalendarEvent, type CalendarSource } from "../_calendar/types";
import { defaultBookingSubject, displayText } from "../_i18n";
import { bookNow, endMeetingNow, extendMeeting, type ActionOutcome } from "../_lib/panel-action";
import { deviceStorage, type StoredDisplayConfig } from "../_lib/device-storage";
import type { ActionNotice, PanelOffers, PanelRequest } from "./panel-actions";

/**
 * The panel's book / extend / end, wired to the room's calendar: what is offered (the domain's
 * choices, within the display's permissions), running a request through the re-reading actions
 * of app/display/_lib/panel-action.ts, and what the panel then says. Extend and end are offered
 * for meetings booked at this panel only: the room organises those, so its change is the
 * meeting's, where a change to a room's copy of someone else's meeting would reach nobody.
 */
export function usePanelActions({ config, source, events, current, now, time, onSchedule }: {
  /** Null before the tablet has its configuration: nothing is offered. */
  config: StoredDisplayConfig | null;
  source: CalendarSource | null;
  events: CalendarEvent[];
  current: CalendarEvent | null;
  now: number;
  time: (at: number) => string;
  /** A fresh schedule read by an action: shown at once, as a poll's would be. */
  onSchedule: (events: CalendarEvent[], at: number) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<ActionNotice | null>(null);
  const permissions = config?.display.permissions ?? { book: false, extendEnd: false, release: false };
  const lang = config?.display.lang ?? "en";
  const t = displayText(lang);
  const ownMeeting = current !== null && permissions.extendEnd && deviceStorage.panelBookings.all().has(current.id) ? current : null;
  const offers: PanelOffers = {
    book: config && source && permissions.book && current === null ? bookingChoices(events, now, config.display.timeZone).choices : [],
    extend: source && ownMeeting ? extendChoices(events, ownMeeting, now) : [],
    canEnd: source !== null && ownMeeting !== null && endNowAt(ownMeeting, now) !== null,
  };

  const settle = useCallback(
    async (run: () => Promise<ActionOutcome>, doneText: (outcome: Extract<ActionOutcome, { kind: "done" }>) => string) => {
      if (!navigator.onLine) return setNotice({ text: t("actionOffline"), tone: "refused" });
      setBusy(true);
      try {
        const outcome = await run();
        onSchedule(outcome.events, Date.now());
        if (outcome.kind === "done") {
          const undo = outcome.undo;
          setNotice({ text: doneText(outcome), tone: "done", undo: undo && (() => void settle(undo, () => t("undone"))) });
        } else if (outcome.kind === "conflict") {
          const first = outcome.conflicts[0];
          setNotice({ text: first ? t("conflict", { start: time(first.start), end: time(first.end) }) : t("gone"), tone: "refused" });
        } else {
          setNotice({ text: t("gone"), tone: "refused" });
        }
      } catch (error) {
        // The words on the panel are for the person at the door; the cause is for whoever looks at the tablet's console.
        console.warn("Roomtrust: the panel action failed:", error);
        const reason = error instanceof CalendarError ? error.reason : "provider";
        const text = reason === "unreachable" ? t("actionOffline") : reason === "sign_in" ? t("actionSignIn") : reason === "forbidden" ? t("actionForbidden") : t("actionFailed");
        setNotice({ text, tone: "refused" });
      } finally {
        setBusy(false);
      }
    },
    [onSchedule, t, time],
  );

  const request = (asked: PanelRequest) => {
    if (!source || !config) return;
    const deps = { source, now: () => Date.now() };
    if (asked.kind === "book") {
      const subject = config.org.bookingSubject ?? defaultBookingSubject(config.org.lang ?? lang);
      // The booking's start and end from the one instant of the tap (bookNow starts it at deps.now()'s minute).
      const tapped = Date.now();
      const end = bookingEndAt(asked.choice, tapped);
      void settle(
        async () => {
          const outcome = await bookNow({ ...deps, now: () => tapped }, { end, subject });
          // Booking at the door is being there: the booking needs no check-in, and the panel may change it.
          if (outcome.kind === "done") {
            deviceStorage.panelBookings.add(outcome.eventId);
            deviceStorage.addCheckIn(outcome.eventId);
          }
          return outcome;
        },
        () => t("bookedDone", { time: time(end) }),
      );
    } else if (asked.kind === "extend" && ownMeeting) {
      const end = ownMeeting.end + asked.minutes * 60_000;
      void settle(() => extendMeeting(deps, ownMeeting.id, asked.minutes), () => t("extendedDone", { time: time(end) }));
    } else if (asked.kind === "end" && ownMeeting) {
      void settle(() => endMeetingNow(deps, ownMeeting.id), () => t("endedDone", { time: time(endNowAt(ownMeeting, Date.now()) ?? Date.now()) }));
    }
  };

  return { offers, busy, notice, request };
}
