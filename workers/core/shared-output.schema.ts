import { z } from "zod";
import { TRANSLATED_PICK, type FrenchFacts } from "../domain/french-content";
import { languages } from "../domain/lang";

/**
 * Output shapes several RPC areas answer with. Outputs are strict: a field a use case returns that
 * its schema does not name fails the check (a 500 in tests), so nothing leaves unreviewed and
 * nothing is dropped without a word.
 */

export const count = z.number().int().nonnegative();
export const time = z.number().int();
export const lang = z.enum(languages);

export const noticePeriodsOutput = z.strictObject({ noticePeriodDays: count, objectionWindowDays: count, resolutionPeriodDays: count });

export const changeKind = z.enum(["add", "remove", "change"]);
export const noticeStatus = z.enum(["draft", "published", "window_closed", "effective", "withdrawn"]);
export const publicNoticeStatus = z.enum(["published", "window_closed", "effective", "withdrawn"]);

/** A subprocessor's facts, as the list shows them and as each version of it stored them. */
export const subprocessorText = {
  name: z.string(),
  legalEntity: z.string(),
  purpose: z.string(),
  location: z.string(),
  dataCategories: z.array(z.string()),
  transferMechanism: z.string(),
  website: z.string(),
};

/** Its free-text facts in French, field by field where written (absent: read the English; workers/domain/french-content.ts). */
export const frenchFacts = z.strictObject(subprocessorText).pick(TRANSLATED_PICK).partial();

/**
 * French as D1 stores it (subprocessors.french, notices.proposed_french, list versions): every
 * read of stored French goes through this, never a cast. Unknown keys are dropped, not refused,
 * so a key old or hand-edited JSON holds cannot turn a public page into an error.
 */
export const storedFrenchFacts = z.object(subprocessorText).pick(TRANSLATED_PICK).partial();

/** Stored French (JSON column, null or absent when none was written), checked. */
export function frenchFromStore(stored: unknown): FrenchFacts | null {
  return storedFrenchFacts.nullish().parse(stored) ?? null;
}

/** A subprocessor as the public sees it, with its text in other languages where there is one. */
export const publicSubprocessorOutput = z.strictObject({ id: z.string(), ...subprocessorText, translations: z.strictObject({ fr: frenchFacts.optional() }).optional() });

/** A subprocessor's row, as the vendor admin sees it. */
export const subprocessorRowOutput = z.strictObject({ id: z.string(), ...subprocessorText, french: frenchFacts.nullable(), status: z.enum(["active", "removed"]), createdAt: time, updatedAt: time });

export const calendarHealth = z.enum(["ok", "stale", "needs_sign_in", "error"]);

const displayTheme = z.enum(["light", "dark", "high-contrast"]);
const calendarSource = z.enum(["demo", "microsoft", "google"]);

/** A display's room and panel settings, as both its admin and its tablet are told them. */
export const displaySettingsFields = {
  id: z.string(),
  name: z.string(),
  roomEmail: z.string(),
  capacity: count,
  floor: z.string(),
  building: z.string(),
  equipment: z.array(z.string()),
  timeZone: z.string(),
  businessDays: z.array(count),
  businessStartMinute: count,
  businessEndMinute: count,
  lang,
  privacyMode: z.boolean(),
  checkInMinutes: count.nullable(),
  theme: displayTheme,
  calendarSource,
  noShowSeriesStrikes: count.nullable(),
};

export const subprocessorListOutput = z.array(subprocessorRowOutput);

/** What a direct correction changed (AdminApi.correctSubprocessor). */
export const correctionOutput = z.strictObject({ subprocessorId: z.string(), corrected: z.array(z.string()) });
