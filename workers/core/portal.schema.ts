import { z } from "zod";
import type { SubprocessorFields } from "@/db/queries/subprocessors";
import { endOfUtcDay, type ListDiff } from "../domain/list-version-diff";
import { hasFrench, type FrenchFacts } from "../domain/french-content";
import type { NoticePeriods } from "../domain/notice-periods";

/** Inputs and outputs of the public portal's RPC methods (workers/core/portal.ts). */

import { storedFrenchFacts, subprocessorText } from "./shared-output.schema";
import { emailAddress, langInput } from "./shared.schema";

/** The client address the app saw (for the per-client rate limit); never shown to anyone. */
const clientInput = z.string().min(1).max(100);

export const subscribeInput = z.object({ email: emailAddress, lang: langInput.default("en"), client: clientInput });

export const tokenInput = z.object({ token: z.string().min(1).max(4096) });

/** How the person unsubscribed: the page's button, or a mail provider's RFC 8058 one-click POST. */
export const unsubscribeInput = tokenInput.extend({ via: z.enum(["page", "one-click"]).default("page") });

export const noticeIdInput = z.object({ id: z.string().regex(/^ntc_[a-z0-9_-]{1,64}$/i) });

/** A subprocessor as the public sees it, in the list, the JSON and the CSV; its French where written. */
export interface PublicSubprocessor extends SubprocessorFields {
  id: string;
  translations?: { fr?: FrenchFacts };
}

/** A notice's text in French, where the vendor admin wrote it. */
export interface NoticeFrench {
  proposed?: FrenchFacts;
  reason?: string;
  withdrawalReason?: string;
}

/** The subprocessor fields a notice proposes; any may be missing for a "remove". */
export const proposedFields = z.object({
  name: z.string().optional(),
  legalEntity: z.string().optional(),
  purpose: z.string().optional(),
  location: z.string().optional(),
  dataCategories: z.array(z.string()).optional(),
  transferMechanism: z.string().optional(),
  website: z.string().optional(),
});
export type ProposedFields = z.infer<typeof proposedFields>;

export type PublicNoticeStatus = "published" | "window_closed" | "effective" | "withdrawn";

/** A published notice as the public sees it (drafts never leave the core). Times in ms. */
export interface PublicNotice {
  id: string;
  changeKind: "add" | "remove" | "change";
  subprocessorId: string;
  subprocessorName: string;
  proposed: ProposedFields;
  reason: string;
  status: PublicNoticeStatus;
  publishedAt: number;
  objectionDeadline: number;
  effectiveAt: number;
  withdrawnAt: number | null;
  appliedAt: number | null;
  updatedAt: number;
  /** The periods in force when it was published. */
  periods: NoticePeriods;
  /** Why the vendor withdrew it (withdrawn notices only). */
  withdrawalReason: string | null;
  /** The version of the list it created when it took effect. */
  version: number | null;
  translations?: { fr?: NoticeFrench };
}

/** A numbered version of the list: what it was from `effectiveAt` on. */
interface ListVersionRef {
  version: number;
  effectiveAt: number;
}

export interface PublicList {
  appOrigin: string;
  now: number;
  /** The latest change to anything on the list (Last-Modified). */
  lastModified: number;
  /** The periods a notice published today runs on. */
  periods: NoticePeriods;
  /** The version these subprocessors are; null before any change has taken effect. */
  version: ListVersionRef | null;
  subprocessors: PublicSubprocessor[];
  pendingChanges: PublicNotice[];
  history: PublicNotice[];
}

export interface NoticeView {
  appOrigin: string;
  now: number;
  notice: PublicNotice;
  /** The subprocessor as it is listed today ("change" and "remove"), for a before → after view. */
  current: PublicSubprocessor | null;
  windowOpen: boolean;
}

export type SubscribeOutcome = { accepted: true };
export type ConfirmOutcome = { status: "confirmed" | "already_confirmed"; lang: "en" | "fr" };
export type UnsubscribePreview = { status: "subscribed" | "already_unsubscribed"; emailHint: string };
export type UnsubscribeOutcome = { status: "unsubscribed" | "already_unsubscribed"; lang: "en" | "fr" };

/** A subprocessor as a version of the list stored it (JSON in D1, so read back through a schema). */
const listedSubprocessor = z
  .object({ id: z.string(), ...subprocessorText, translations: z.object({ fr: storedFrenchFacts.nullish() }).nullish() })
  // Stored as null when there was no French (and absent in versions from before French was kept).
  .transform(({ translations, ...english }): PublicSubprocessor => (hasFrench(translations?.fr) ? { ...english, translations: { fr: translations.fr } } : english));
export const versionEntries = z.array(listedSubprocessor);

export const versionInput = z.object({ version: z.coerce.number().int().min(1).max(1_000_000_000) });
export const versionAtInput = z.object({
  at: z.string().max(20).refine((date) => endOfUtcDay(date) !== null, { message: "Date must be a calendar date written YYYY-MM-DD, for example 2026-12-01." }),
});

/** The change that made a version, as the version pages name it. */
export interface VersionChange {
  noticeId: string;
  changeKind: "add" | "remove" | "change";
  subprocessorName: string;
}

/** A version made by a direct correction, not a notice: which subprocessor, which fields, and why. */
export interface VersionCorrection {
  subprocessorName: string;
  fields: string[];
  note: string;
  /** The note in French, where written. */
  noteFrench?: string;
}

/** One line of /subprocessors/versions. */
interface VersionSummary extends ListVersionRef {
  change: VersionChange | null;
  correction: VersionCorrection | null;
  count: number;
}

export interface VersionsView {
  appOrigin: string;
  now: number;
  versions: VersionSummary[];
}

/** One version: the list as it was, and what changed from the version before. */
export interface VersionView {
  appOrigin: string;
  now: number;
  version: number;
  effectiveAt: number;
  /** When the next version replaced it; null while it is in force. */
  until: number | null;
  previous: number | null;
  next: number | null;
  change: VersionChange | null;
  correction: VersionCorrection | null;
  subprocessors: PublicSubprocessor[];
  diff: ListDiff;
  /** The date asked for, when the version was found by `?at=`. */
  at: string | null;
}
