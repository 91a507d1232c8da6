import type { ErrorCode } from "../errors";
import { DAY_MS, DEFAULT_PERIODS, earliestEffectiveAt, type NoticePeriods } from "./notice-periods";

/**
 * The notice clock as a pure state machine: the DPA's subprocessor clause (notice some days before
 * a change takes effect; objections within some days; an objection unresolved some days after its
 * receipt gives a right to terminate). The periods come with the publish event and stay on the
 * notice (notice-periods.ts). Time is always passed in as `now`, in application ms.
 */

export { DAY_MS };

/** Where a notice is in its life. */
type NoticeStatus = "draft" | "published" | "window_closed" | "effective" | "withdrawn";

/** The remedies the clause offers the vendor, (i) to (iv). */
export const remedies = ["change_cancelled", "remediated", "feature_stopped", "customer_stops_data"] as const;
/** A remedy an admin can record when resolving an objection. */
export type Remedy = (typeof remedies)[number];
/** How an objection ended: a remedy, or the notice being withdrawn. */
type ObjectionOutcome = Remedy | "change_withdrawn";

/** One objection as the clock sees it. */
interface ObjectionClock {
  receivedAt: number;
  resolutionDeadline: number;
  status: "open" | "resolved" | "termination_right";
  remedy?: ObjectionOutcome;
  /** When it was resolved or the termination right arose. */
  closedAt?: number;
}

/** Everything the rules need to know about one notice. */
export interface NoticeState {
  status: NoticeStatus;
  publishedAt: number | null;
  objectionDeadline: number | null;
  effectiveAt: number | null;
  withdrawnAt: number | null;
  appliedAt: number | null;
  /**
   * The periods in force when it was published; null for a draft. Clocks stored before notices
   * kept their periods have none at all and ran on the defaults, which `periodsOf` reads for them.
   */
  periods: NoticePeriods | null;
  objections: Record<string, ObjectionClock>;
}

/** The periods a published notice runs on. */
function periodsOf(state: Pick<NoticeState, "periods">): NoticePeriods {
  return state.periods ?? DEFAULT_PERIODS;
}

/** What the shell can be asked to do later: one due-work row per kind. */
export type DueKind = "close_window" | "take_effect" | "deliver" | `resolution:${string}`;

/** What happened and must be recorded as evidence. */
export type NoticeEvidenceKind =
  | "notice.published"
  | "notice.withdrawn"
  | "notice.window_closed"
  | "notice.effective"
  | "objection.received"
  | "objection.resolved"
  | "objection.termination_right";

/** Inputs to the state machine: admin and objector actions, and due work firing. */
export type NoticeEvent =
  | { type: "publish"; periods: NoticePeriods; effectiveAt?: number }
  | { type: "withdraw" }
  | { type: "objection"; objectionId: string }
  | { type: "resolve"; objectionId: string; remedy: Remedy }
  | { type: "closeWindow" }
  | { type: "takeEffect" }
  | { type: "resolutionDeadline"; objectionId: string };

/** What the shell must do after a transition; an empty list means nothing changed. */
export type NoticeEffect =
  | { type: "record"; kind: NoticeEvidenceKind; objectionId?: string }
  | { type: "schedule"; kind: DueKind; at: number }
  | { type: "cancel"; kind: DueKind }
  | { type: "enqueueFanout"; template: "notice-published" | "notice-withdrawn" }
  | {
      type: "enqueueEmail";
      template: "objection-receipt" | "objection-resolved" | "termination-right";
      objectionId: string;
      audience: "objector" | "admins";
    }
  | { type: "applyChange" };

/** The outcome of one event: a new state and its effects, or the reason it was refused. */
export type Transition = { ok: true; state: NoticeState; effects: NoticeEffect[] } | { ok: false; code: ErrorCode };

/** The state of a notice that has been drafted but not published. */
export function draftState(): NoticeState {
  return { status: "draft", publishedAt: null, objectionDeadline: null, effectiveAt: null, withdrawnAt: null, appliedAt: null, periods: null, objections: {} };
}

/** The due-work kind of an objection's resolution deadline. */
function resolutionKind(objectionId: string): DueKind {
  return `resolution:${objectionId}`;
}

/** Reads a due-work kind back from storage; null for anything this version does not know. */
export function parseDueKind(text: string): DueKind | null {
  if (text === "close_window" || text === "take_effect" || text === "deliver") return text;
  if (text.startsWith("resolution:") && text.length > "resolution:".length) return `resolution:${text.slice("resolution:".length)}`;
  return null;
}

/** Whether an objection received at `now` would be accepted; read models ask it too, with what they have. */
export function objectionWindowOpen(state: Pick<NoticeState, "status" | "objectionDeadline">, now: number): boolean {
  return state.status === "published" && state.objectionDeadline !== null && now < state.objectionDeadline;
}

/** Applies one event at time `now`. Never throws; refusals carry an error code for the caller. */
export function transition(state: NoticeState, event: NoticeEvent, now: number): Transition {
  switch (event.type) {
    case "publish":
      return publish(state, event.periods, event.effectiveAt, now);
    case "withdraw":
      return withdraw(state, now);
    case "objection":
      return receiveObjection(state, event.objectionId, now);
    case "resolve":
      return resolve(state, event.objectionId, event.remedy, now);
    case "closeWindow":
      return closeWindow(state, now);
    case "takeEffect":
      return takeEffect(state, now);
    case "resolutionDeadline":
      return resolutionDeadline(state, event.objectionId, now);
  }
}

const refuse = (code: ErrorCode): Transition => ({ ok: false, code });
const unchanged = (state: NoticeState, effects: NoticeEffect[] = []): Transition => ({ ok: true, state, effects });

function publish(state: NoticeState, periods: NoticePeriods, requestedEffectiveAt: number | undefined, now: number): Transition {
  if (state.status !== "draft") return refuse("notice_not_draft");
  const earliest = earliestEffectiveAt(now, periods);
  const effectiveAt = requestedEffectiveAt ?? earliest;
  if (effectiveAt < earliest) return refuse("effective_too_early");
  const objectionDeadline = now + periods.objectionWindowDays * DAY_MS;
  return {
    ok: true,
    state: { ...state, status: "published", publishedAt: now, objectionDeadline, effectiveAt, periods },
    effects: [
      { type: "record", kind: "notice.published" },
      { type: "schedule", kind: "close_window", at: objectionDeadline },
      { type: "schedule", kind: "take_effect", at: effectiveAt },
      { type: "enqueueFanout", template: "notice-published" },
      { type: "schedule", kind: "deliver", at: now },
    ],
  };
}

function withdraw(state: NoticeState, now: number): Transition {
  if (state.status === "draft") return refuse("notice_not_published");
  if (state.status === "effective" || state.status === "withdrawn") return refuse("notice_final");
  const objections = { ...state.objections };
  const effects: NoticeEffect[] = [
    { type: "record", kind: "notice.withdrawn" },
    { type: "cancel", kind: "close_window" },
    { type: "cancel", kind: "take_effect" },
  ];
  // Withdrawing the change is remedy (i) for every objection still open.
  for (const [objectionId, objection] of Object.entries(state.objections)) {
    if (objection.status !== "open") continue;
    objections[objectionId] = { ...objection, status: "resolved", remedy: "change_withdrawn", closedAt: now };
    effects.push(
      { type: "cancel", kind: resolutionKind(objectionId) },
      { type: "record", kind: "objection.resolved", objectionId },
      { type: "enqueueEmail", template: "objection-resolved", objectionId, audience: "objector" },
    );
  }
  effects.push({ type: "enqueueFanout", template: "notice-withdrawn" }, { type: "schedule", kind: "deliver", at: now });
  return { ok: true, state: { ...state, status: "withdrawn", withdrawnAt: now, objections }, effects };
}

function receiveObjection(state: NoticeState, objectionId: string, now: number): Transition {
  if (state.status === "draft") return refuse("notice_not_published");
  if (state.status === "withdrawn") return refuse("notice_final");
  if (!objectionWindowOpen(state, now)) return refuse("objection_window_closed");
  if (state.objections[objectionId]) return refuse("notice_conflict");
  const resolutionDeadline = now + periodsOf(state).resolutionPeriodDays * DAY_MS;
  return {
    ok: true,
    state: { ...state, objections: { ...state.objections, [objectionId]: { receivedAt: now, resolutionDeadline, status: "open" } } },
    effects: [
      { type: "record", kind: "objection.received", objectionId },
      { type: "schedule", kind: resolutionKind(objectionId), at: resolutionDeadline },
      { type: "enqueueEmail", template: "objection-receipt", objectionId, audience: "objector" },
      { type: "schedule", kind: "deliver", at: now },
    ],
  };
}

function resolve(state: NoticeState, objectionId: string, remedy: Remedy, now: number): Transition {
  const objection = state.objections[objectionId];
  if (!objection) return refuse("not_found");
  // At the resolution deadline the termination right has arisen, even if the alarm has not run yet.
  if (objection.status !== "open" || now >= objection.resolutionDeadline) return refuse("objection_not_open");
  return {
    ok: true,
    state: { ...state, objections: { ...state.objections, [objectionId]: { ...objection, status: "resolved", remedy, closedAt: now } } },
    effects: [
      { type: "record", kind: "objection.resolved", objectionId },
      { type: "cancel", kind: resolutionKind(objectionId) },
      { type: "enqueueEmail", template: "objection-resolved", objectionId, audience: "objector" },
      { type: "schedule", kind: "deliver", at: now },
    ],
  };
}

function closeWindow(state: NoticeState, now: number): Transition {
  if (state.status !== "published" || state.objectionDeadline === null) return unchanged(state);
  if (now < state.objectionDeadline) return unchanged(state, [{ type: "schedule", kind: "close_window", at: state.objectionDeadline }]);
  return { ok: true, state: { ...state, status: "window_closed" }, effects: [{ type: "record", kind: "notice.window_closed" }] };
}

function takeEffect(state: NoticeState, now: number): Transition {
  if ((state.status !== "published" && state.status !== "window_closed") || state.effectiveAt === null) return unchanged(state);
  if (now < state.effectiveAt) return unchanged(state, [{ type: "schedule", kind: "take_effect", at: state.effectiveAt }]);
  return {
    ok: true,
    state: { ...state, status: "effective", appliedAt: now },
    effects: [
      { type: "record", kind: "notice.effective" },
      { type: "applyChange" },
      { type: "cancel", kind: "close_window" },
    ],
  };
}

function resolutionDeadline(state: NoticeState, objectionId: string, now: number): Transition {
  const objection = state.objections[objectionId];
  if (!objection || objection.status !== "open") return unchanged(state);
  const kind = resolutionKind(objectionId);
  if (now < objection.resolutionDeadline) return unchanged(state, [{ type: "schedule", kind, at: objection.resolutionDeadline }]);
  return {
    ok: true,
    state: { ...state, objections: { ...state.objections, [objectionId]: { ...objection, status: "termination_right", closedAt: now } } },
    effects: [
      { type: "record", kind: "objection.termination_right", objectionId },
      { type: "enqueueEmail", template: "termination-right", objectionId, audience: "objector" },
      { type: "enqueueEmail", template: "termination-right", objectionId, audience: "admins" },
      { type: "schedule", kind: "deliver", at: now },
    ],
  };
}
