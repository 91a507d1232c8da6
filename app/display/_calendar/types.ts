/** One meeting as the panel needs it, whatever the provider. Lives on the tablet only. */
export interface CalendarEvent {
  id: string;
  start: number; // epoch ms
  end: number; // epoch ms, exclusive
  allDay: boolean;
  subject: string | null;
  isPrivate: boolean;
  status: "confirmed" | "tentative" | "cancelled";
  showAs: "busy" | "free" | "tentative" | "oof" | "workingElsewhere" | "unknown";
}

export interface CalendarRange {
  from: number;
  to: number;
}

/** Every provider adapter (Microsoft Graph, Google Calendar, the demo schedule) has this shape. */
export interface CalendarSource {
  readonly kind: "demo" | "microsoft" | "google";
  events(range: CalendarRange): Promise<CalendarEvent[]>;
}

export type AccessTokenProvider = () => Promise<string>;

/** A provider said no; `status` 401 means the tablet must sign in to the calendar again. */
export class CalendarError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "CalendarError";
  }
}
