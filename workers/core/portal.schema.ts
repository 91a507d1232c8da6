import { z } from "zod";
import type { SubprocessorFields } from "@/db/queries/subprocessors";

/** Inputs and outputs of the public portal's RPC methods (workers/core/portal.ts). */

import { emailAddress, langInput } from "./shared.schema";

/** The client address the app saw (for the per-client rate limit); never shown to anyone. */
const clientInput = z.string().min(1).max(100);

export const subscribeInput = z.object({ email: emailAddress, lang: langInput.default("en"), client: clientInput });

export const tokenInput = z.object({ token: z.string().min(1).max(4096) });

/** How the person unsubscribed: the page's button, or a mail provider's RFC 8058 one-click POST. */
export const unsubscribeInput = tokenInput.extend({ via: z.enum(["page", "one-click"]).default("page") });

export const noticeIdInput = z.object({ id: z.string().regex(/^ntc_[a-z0-9_-]{1,64}$/i) });

/** A subprocessor as the public sees it, in the list, the JSON and the CSV. */
export interface PublicSubprocessor extends SubprocessorFields {
  id: string;
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
}

export interface PublicList {
  appOrigin: string;
  now: number;
  /** The latest change to anything on the list (Last-Modified). */
  lastModified: number;
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
