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
  /** The recurring meeting this is an occurrence of (Graph `seriesMasterId`, Google `recurringEventId`); absent for a single meeting. */
  seriesId?: string;
}

export interface CalendarRange {
  from: number;
  to: number;
}
