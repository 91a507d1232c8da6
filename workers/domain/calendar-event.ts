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
