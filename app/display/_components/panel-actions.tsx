"use client";

import type { TimeChoice } from "@/workers/domain/panel-actions";
import { duration, type DisplayText } from "../_i18n";

/** What the panel offers now: computed by the domain from the schedule, the clock and the display's permissions. */
export interface PanelOffers {
  book: TimeChoice[];
  extend: TimeChoice[];
  canEnd: boolean;
}

export type PanelRequest = { kind: "book"; choice: TimeChoice } | { kind: "extend"; minutes: number } | { kind: "end" };

export interface ActionNotice {
  text: string;
  tone: "done" | "refused";
  undo?: () => void;
}

/**
 * Book now, extend, end now: real buttons (a tap, or Tab and Enter), each a single step, with what
 * happened said in a live region and an undo beside it where the calendar allows one. While a
 * write is under way every button waits, so a double tap never writes twice.
 */
export function PanelActions({ t, offers, busy, notice, time, onRequest }: {
  t: DisplayText;
  offers: PanelOffers;
  busy: boolean;
  notice: ActionNotice | null;
  time: (at: number) => string;
  onRequest: (request: PanelRequest) => void;
}) {
  const minutes = (choice: TimeChoice) => (choice.minutes === "until_next" ? t("bookUntil", { time: time(choice.end) }) : t("bookFor", { duration: duration(t, choice.minutes) }));
  return (
    <div className="display-actions">
      {offers.book.length > 0 && (
        <div role="group" aria-labelledby="book-title">
          <p className="display-actions-title" id="book-title">{t("bookTitle")}</p>
          <div className="display-action-buttons">
            {offers.book.map((choice) => (
              <button type="button" key={String(choice.minutes)} disabled={busy} onClick={() => onRequest({ kind: "book", choice })}>{minutes(choice)}</button>
            ))}
          </div>
        </div>
      )}
      {(offers.extend.length > 0 || offers.canEnd) && (
        <div role="group" aria-labelledby="extend-title">
          <p className="display-actions-title" id="extend-title">{t("extendTitle")}</p>
          <div className="display-action-buttons">
            {offers.extend.map((choice) => (
              <button type="button" key={String(choice.minutes)} disabled={busy} onClick={() => onRequest({ kind: "extend", minutes: Number(choice.minutes) })}>{t("extendBy", { duration: duration(t, Number(choice.minutes)) })}</button>
            ))}
            {offers.canEnd && <button type="button" className="secondary" disabled={busy} onClick={() => onRequest({ kind: "end" })}>{t("endNow")}</button>}
          </div>
        </div>
      )}
      <div className="display-action-notice" role="status" aria-live="polite">
        {busy ? <p>{t("working")}</p> : notice ? (
          <p className={notice.tone === "refused" ? "display-offline" : undefined} data-testid="action-notice">
            {notice.text}
            {notice.undo && <>{" "}<button type="button" className="secondary" onClick={notice.undo}>{t("undo")}</button></>}
          </p>
        ) : null}
      </div>
    </div>
  );
}
