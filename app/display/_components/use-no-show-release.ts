"use client";

import { useEffect, useState } from "react";
import { countOccurrence } from "@/workers/domain/no-show-series";
import { meetingsToRelease } from "@/workers/domain/panel-actions";
import type { CalendarEvent, CalendarSource } from "../_calendar/types";
import { releaseComment, seriesReleaseComment } from "../_i18n";
import { deviceStorage, type StoredDisplayConfig } from "../_lib/device-storage";

/**
 * Nobody checked in in time: where the display may release, the room declines the meeting in the
 * calendar (once; the organiser is told why), so the calendar, the panel and the finder agree.
 * Where the provider refuses (the room is not an attendee, or the sign-in may only read), the
 * release stays on the panel, as it always was, and `releasedOnPanel` says so.
 *
 * With the display's no-show series option on, each released occurrence of a recurring meeting is
 * a strike and each one checked in to ends the run (counted in the tablet's storage only); the
 * miss that reaches the display's number declines the whole series, with a word to its organiser.
 * A series decline that fails leaves the run as it was, so the next miss tries again.
 */
export function useNoShowRelease({ config, source, events, now, checkIns, onDeclined }: {
  config: StoredDisplayConfig | null;
  source: CalendarSource | null;
  events: CalendarEvent[];
  now: number;
  checkIns: ReadonlySet<string>;
  /** The calendar took the decline: the panel shows the meeting gone before its next read. */
  onDeclined: (eventId: string) => void;
}): { releasedOnPanel: boolean } {
  const [releasedOnPanel, setReleasedOnPanel] = useState(false);
  const threshold = config?.display.noShowSeriesStrikes ?? null;

  useEffect(() => {
    if (!config || !source || !config.display.permissions.release || config.display.checkInMinutes === null) return;
    const lang = config.org.lang ?? config.display.lang;
    const due = meetingsToRelease(events, now, config.display.checkInMinutes, { checkedIn: checkIns, released: deviceStorage.released.all() });
    for (const meeting of due) {
      deviceStorage.released.add(meeting.id);
      const declined = source.writes.decline(meeting.id, releaseComment(lang, config.display.checkInMinutes)).then(
        () => onDeclined(meeting.id),
        () => setReleasedOnPanel(true),
      );
      if (threshold === null || !meeting.seriesId) continue;
      const seriesId = meeting.seriesId;
      const counted = countOccurrence(deviceStorage.seriesStrikes.load(), { seriesId, start: meeting.start, outcome: "missed" }, threshold, now);
      if (!counted.release) {
        deviceStorage.seriesStrikes.save(counted.strikes);
        continue;
      }
      // After the occurrence's own decline: Google's decline reads and patches with an etag, and
      // Graph's of the series master declines that occurrence too.
      void declined
        .then(() => source.writes.decline(seriesId, seriesReleaseComment(lang, threshold)))
        .then(() => deviceStorage.seriesStrikes.save(counted.strikes), () => setReleasedOnPanel(true));
    }
  }, [config, source, events, now, checkIns, threshold, onDeclined]);

  // An occurrence someone checked in to was held: its series' run of misses ends.
  useEffect(() => {
    if (threshold === null) return;
    const held = events.filter((e) => e.seriesId && checkIns.has(e.id));
    if (held.length === 0) return;
    let strikes = deviceStorage.seriesStrikes.load();
    for (const e of held) strikes = countOccurrence(strikes, { seriesId: e.seriesId!, start: e.start, outcome: "held" }, threshold, now).strikes;
    deviceStorage.seriesStrikes.save(strikes);
  }, [events, checkIns, threshold, now]);

  return { releasedOnPanel };
}
