import { z } from "zod";
import { emailAddress, langInput, singleLineText } from "./shared.schema";

/**
 * A display's configuration as people write it, in the admin form and in CSV import alike: every
 * field a string. One schema for both, so a CSV line is accepted exactly when the form would be.
 */

/** The day names people type, in each language, by weekday number (Sunday 0): this schema reads either, the admin form writes its page's. */
export const DAY_NAMES_BY_LANG = {
  en: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"],
  fr: ["dim", "lun", "mar", "mer", "jeu", "ven", "sam"],
} as const;

const DAY_NAMES: Record<string, number> = Object.fromEntries(Object.values(DAY_NAMES_BY_LANG).flatMap((names) => names.map((name, day) => [name, day])));

function dayNumber(token: string): number | undefined {
  if (/^[0-6]$/.test(token)) return Number(token);
  return DAY_NAMES[token.slice(0, 3)];
}

/** "mon-fri", "1-5", "mon,wed,fri", "lun-ven" → [1,2,3,4,5]. */
function parseBusinessDays(value: string): number[] | null {
  const days = new Set<number>();
  for (const part of value.toLowerCase().split(/[,;\s]+/).filter(Boolean)) {
    const [from, to] = part.split("-");
    const a = dayNumber(from ?? "");
    const b = to === undefined ? a : dayNumber(to);
    if (a === undefined || b === undefined) return null;
    for (let d = a; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === b) break;
    }
  }
  return days.size ? [...days].sort() : null;
}

/** "08:00-18:00" → [480, 1080]. */
function parseBusinessHours(value: string): [number, number] | null {
  const match = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(value);
  if (!match) return null;
  const [h1, m1, h2, m2] = match.slice(1).map(Number) as [number, number, number, number];
  const start = h1 * 60 + m1;
  const end = h2 * 60 + m2;
  if (h1 > 23 || h2 > 24 || m1 > 59 || m2 > 59 || end > 1440 || end <= start) return null;
  return [start, end];
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.length <= 64;
  } catch {
    return false;
  }
}

const singleLineField = (label: string, max: number) => z.string().max(max * 4).pipe(singleLineText(label)).pipe(z.string().max(max, { message: `At most ${max} characters.` }));
const checkboxTicked = z
  .string()
  .max(8)
  .transform((v) => ["on", "yes", "true", "1", "oui"].includes(v.trim().toLowerCase()));

/**
 * A panel permission, "on" or "off" (a select, not a checkbox: an absent value takes the default,
 * on, as customers expect of a room display, where an unticked box would send nothing).
 */
const panelPermission = (what: string) =>
  z
    .string()
    .max(8)
    .prefault("on")
    .transform((v) => v.trim().toLowerCase() || "on")
    .pipe(z.enum(["on", "off"], { message: `${what} is on or off.` }))
    .transform((v) => v === "on");

export const displayForm = z
  .object({
    name: singleLineField("Display name", 80).pipe(z.string().min(1, { message: "Give the display a name, e.g. the room's name." })),
    roomEmail: emailAddress,
    capacity: z
      .string()
      .max(8)
      .transform((v) => Number(v.trim()))
      .pipe(z.number({ message: "Capacity is a number of seats." }).int({ message: "Capacity is a whole number of seats." }).min(1, { message: "Capacity is at least 1." }).max(2000, { message: "Capacity is at most 2000." })),
    floor: singleLineField("Floor", 40).prefault(""),
    building: singleLineField("Building", 80).prefault(""),
    equipment: singleLineField("Equipment", 400)
      .prefault("")
      .transform((v) => [...new Set(v.split(/[,;|]/).map((t) => t.trim().toLowerCase()).filter(Boolean))])
      .pipe(z.array(z.string().max(40, { message: "Each equipment tag is at most 40 characters." })).max(20, { message: "At most 20 equipment tags." })),
    timeZone: singleLineField("Time zone", 64).prefault("Europe/Paris").refine(isTimeZone, { message: "Use a time zone name like Europe/Paris or America/New_York." }),
    businessDays: z
      .string()
      .max(60)
      .prefault("mon-fri")
      .transform((v, c) => parseBusinessDays(v) ?? (c.addIssue({ code: "custom", message: "Use days like mon-fri or mon,wed,fri." }), z.NEVER)),
    businessHours: z
      .string()
      .max(20)
      .prefault("08:00-18:00")
      .transform((v, c) => parseBusinessHours(v) ?? (c.addIssue({ code: "custom", message: "Use hours like 08:00-18:00 (start before end)." }), z.NEVER)),
    lang: z.string().max(8).prefault("en").transform((v) => v.trim().toLowerCase() || "en").pipe(langInput),
    privacyMode: checkboxTicked.prefault(""),
    checkInMinutes: z
      .string()
      .max(8)
      .prefault("")
      .transform((v) => (v.trim() === "" ? null : Number(v.trim())))
      .pipe(z.number().int().min(1, { message: "Auto-release is 1 to 60 minutes, or empty for no check-in." }).max(60, { message: "Auto-release is 1 to 60 minutes, or empty for no check-in." }).nullable()),
    theme: z.string().max(20).prefault("light").transform((v) => v.trim().toLowerCase() || "light").pipe(z.enum(["light", "dark", "high-contrast"], { message: "Theme is light, dark or high-contrast." })),
    calendarSource: z.string().max(20).prefault("demo").transform((v) => v.trim().toLowerCase() || "demo").pipe(z.enum(["demo", "microsoft", "google"], { message: "Calendar is demo, microsoft or google." })),
    mayBook: panelPermission("Booking at the panel"),
    mayExtendEnd: panelPermission("Extending and ending meetings at the panel"),
    mayRelease: panelPermission("Releasing meetings nobody checked in to"),
    noShowSeriesStrikes: z
      .string()
      .max(8)
      .prefault("off")
      .transform((v) => (["", "off"].includes(v.trim().toLowerCase()) ? null : Number(v.trim())))
      .pipe(z.number({ message: "Releasing a series is off, or 2 to 5 missed meetings in a row." }).int({ message: "Releasing a series is off, or 2 to 5 missed meetings in a row." }).min(2, { message: "Releasing a series is off, or 2 to 5 missed meetings in a row." }).max(5, { message: "Releasing a series is off, or 2 to 5 missed meetings in a row." }).nullable()),
  })
  .transform(({ businessHours, ...rest }) => ({ ...rest, businessStartMinute: businessHours[0], businessEndMinute: businessHours[1] }));

export const DISPLAY_CSV_COLUMNS = [
  "name", "roomEmail", "capacity", "floor", "building", "equipment", "timeZone",
  "businessDays", "businessHours", "lang", "privacyMode", "checkInMinutes", "theme", "calendarSource",
] as const;

const sessionToken = z.string().min(1).max(4096).optional();
const csrf = z.string().max(64).optional();
const displayId = z.string().regex(/^dsp_[a-f0-9]{20}$/, { message: "Unknown display." });

export const roomsSessionInput = z.object({ sessionToken });
export const saveDisplayInput = z.object({ sessionToken, csrf, id: displayId.optional(), fields: z.record(z.string(), z.string().max(2000)) });
export const displayActionInput = z.object({ sessionToken, csrf, id: displayId });
export const changeInput = z.object({ sessionToken, csrf });
export const importInput = z.object({ sessionToken, csrf, csv: z.string().max(512 * 1024, { message: "The file is larger than 512 KB; split it." }) });
export const utilisationInput = z.object({ sessionToken, days: z.number().int().min(1).max(400).default(28) });

export const finderAccessInput = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,64}$/, { message: "Unknown organisation." }),
  key: z.string().max(64).optional(),
  sessionToken,
});
export const finderInput = finderAccessInput.extend({
  filters: z
    .object({
      available: z.boolean().default(false),
      minCapacity: z.number().int().min(0).max(2000).nullable().default(null),
      floor: z.string().max(40).default(""),
      equipment: z.string().max(40).default(""),
    })
    .default({ available: false, minCapacity: null, floor: "", equipment: "" }),
});
export type FinderInput = z.input<typeof finderInput>;

/** Public OAuth client ids are GUIDs (Microsoft) or "…apps.googleusercontent.com" (Google); empty means not set up. */
const optionalId = (pattern: RegExp, message: string) =>
  z
    .string()
    .max(200)
    .transform((v) => v.trim())
    .pipe(z.union([z.literal(""), z.string().regex(pattern, { message })]))
    .transform((v) => (v === "" ? null : v));

export const orgSettingsInput = z.object({
  sessionToken,
  csrf,
  retentionMonths: z
    .string()
    .max(4)
    .transform((v) => Number(v.trim()))
    .pipe(z.number().int({ message: "Retention is a whole number of months." }).min(1, { message: "Keep snapshots at least 1 month." }).max(120, { message: "Keep snapshots at most 120 months." })),
  microsoftClientId: optionalId(/^[0-9a-f-]{36}$/i, "A Microsoft application (client) id looks like 00000000-0000-0000-0000-000000000000."),
  microsoftTenantId: optionalId(/^([0-9a-f-]{36}|[a-z0-9.-]+\.[a-z]{2,})$/i, "A Microsoft tenant is a directory id (GUID) or a domain like contoso.onmicrosoft.com."),
  googleClientId: optionalId(/^[0-9a-z-]+\.apps\.googleusercontent\.com$/i, "A Google client id ends in .apps.googleusercontent.com."),
  // A form that omits it gets the private choice, never the precise one by accident.
  occupancyReporting: z
    .string()
    .max(20)
    .prefault("quarter_hour")
    .transform((v) => v.trim() || "quarter_hour")
    .pipe(z.enum(["quarter_hour", "exact"], { message: "Choose how tablets report occupancy: at quarter hours or at once." })),
  bookingSubject: singleLineField("Booking subject", 80)
    .prefault("")
    .transform((v) => v.trim() || null),
  // A form saved before the field existed keeps the default hour.
  scheduleStaleMinutes: z
    .string()
    .max(5)
    .prefault("60")
    .transform((v) => Number(v.trim() || "60"))
    .pipe(z.number().int({ message: "The schedule age limit is a whole number of minutes." }).min(10, { message: "Trust a schedule for at least 10 minutes." }).max(1440, { message: "Trust a schedule for at most 1,440 minutes (a day)." })),
});
