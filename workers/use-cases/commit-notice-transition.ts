import type { BatchItem } from "drizzle-orm/batch";
import { listVendorAdminEmails } from "../../db/queries/admins";
import { enqueueEmail, enqueueNoticeFanout, enqueueNoticeWithdrawnFanout } from "../../db/queries/emails";
import { writeWithEvidence } from "../../db/queries/evidence";
import { findNotice, mirrorNotice, type NoticeRow } from "../../db/queries/notices";
import { findObjection, mirrorObjection } from "../../db/queries/objections";
import type { CoreContext } from "../core/context";
import { transition, type DueKind, type NoticeEffect, type NoticeEvent, type NoticeState } from "../domain/notice";
import { AppError } from "../errors";
import type { EvidenceInput } from "../evidence/chain";
import { applyChangeStatements } from "./take-effect";

/** One row of the clock's due-work table. */
export interface DueWork {
  kind: DueKind;
  dueAt: number;
  attempts: number;
}

/**
 * A transition whose D1 write may or may not have landed: what the object will become once it has.
 * Plain data, so it survives in the object's storage across a crash.
 */
export interface PendingTransition {
  noticeId: string;
  state: NoticeState;
  effects: NoticeEffect[];
}

/**
 * The boundaries between a transition's steps, where a local run or a test can make the object
 * crash (NoticeClockStore.crashPoint): the intent is stored, then D1 is written, then the emails
 * are owed, then the object saves, then it re-arms its alarm.
 */
export const crashPoints = ["intent_recorded", "d1_written", "emails_owed", "object_saved"] as const;
export type CrashPoint = (typeof crashPoints)[number];

/**
 * The NoticeClock's own storage, as the use cases see it. Only the Durable Object implements it,
 * so every caller is already serialised by the object.
 */
export interface NoticeClockStore {
  /** The notice this object keeps, and its state; undefined until it is published. */
  load(): { noticeId: string; state: NoticeState } | undefined;
  /**
   * Stores the new state and applies schedule/cancel effects to the due-work table, atomically;
   * a pending transition is done with.
   */
  save(noticeId: string, state: NoticeState, effects: NoticeEffect[]): void;
  /**
   * Before a transition writes D1: keeps it as pending, durably, and arms the alarm soon, so
   * that if the process dies before save() the next call or that alarm completes it.
   */
  begin(pending: PendingTransition): Promise<void>;
  /** The transition begun and not yet saved, if any. */
  pending(): PendingTransition | undefined;
  /** Forgets the pending transition: D1 shows it never landed. */
  abandon(): void;
  /** Local runs and tests only: stops the object dead here if a crash was asked for at this point. */
  crashPoint(point: CrashPoint): Promise<void>;
  /** Due work with dueAt ≤ until, earliest first. */
  due(until: number): DueWork[];
  /** Deletes a row once its step succeeded, unless the step re-scheduled it for another time. */
  finish(work: DueWork): void;
  /** Moves a failed row later, counting the attempt. */
  postpone(work: DueWork, at: number): void;
}

/** The clock's state, or notice_not_published if this object has never been published. */
export function loadPublished(store: NoticeClockStore): { noticeId: string; state: NoticeState } {
  const stored = store.load();
  if (!stored) throw new AppError("notice_not_published");
  return stored;
}

/** Runs the domain's rules and turns a refusal into the AppError the caller will see. */
export function decide(state: NoticeState, event: NoticeEvent, now: number): { state: NoticeState; effects: NoticeEffect[] } {
  const result = transition(state, event, now);
  if (!result.ok) throw new AppError(result.code);
  return result;
}

/** The notice's dates as they now stand, for the admin who acted. */
export function clockSummary(noticeId: string, state: NoticeState) {
  return { noticeId, ...mirrorOf(state) };
}

/** What a use case adds to a transition: who did it, extra rows, and evidence details. */
export interface TransitionContext {
  noticeId: string;
  actor: string;
  before: NoticeState;
  state: NoticeState;
  effects: NoticeEffect[];
  /** D1 statements of the use case itself (e.g. the new objection row), written in the same batch. */
  statements?: BatchItem<"sqlite">[];
  /** Extra evidence payload, merged into every entry this transition records. */
  details?: Record<string, unknown>;
  /** Who resolved and why, for objections this transition closes. */
  resolution?: { resolvedBy: string; resolutionNote: string | null };
}

/**
 * The shell around one domain transition: record it as pending in the object, mirror the new
 * state into D1 with its evidence (one batch: the commit point), enqueue the emails it owes
 * (idempotent keys), then store the state and its due work in the object. D1 is the source of
 * truth: after a crash at any boundary, recoverNoticeTransition reads D1 to learn whether the
 * batch landed and finishes or forgets the pending transition (docs/decisions/006).
 */
export async function commitNoticeTransition(ctx: CoreContext, store: NoticeClockStore, change: TransitionContext): Promise<void> {
  const { db } = ctx;
  const now = ctx.clock.now();
  const records = change.effects.filter((effect) => effect.type === "record");
  if (records.length > 0) {
    const notice = await findNotice(db, change.noticeId);
    if (!notice) throw new AppError("not_found");
    await store.begin({ noticeId: change.noticeId, state: change.state, effects: change.effects });
    await store.crashPoint("intent_recorded");
    const statements: BatchItem<"sqlite">[] = [...(change.statements ?? []), mirrorNotice(db, change.noticeId, mirrorOf(change.state), now)];
    statements.push(...objectionMirrors(ctx, change));
    if (change.effects.some((effect) => effect.type === "applyChange")) statements.push(...applyChangeStatements(ctx, notice));
    const evidence: EvidenceInput[] = records.map((record) => ({
      at: now,
      kind: record.kind,
      ref: record.objectionId ?? change.noticeId,
      actor: change.actor,
      payload: { noticeId: change.noticeId, ...evidencePayload(notice, change.state, record.objectionId), ...change.details },
    }));
    await writeWithEvidence(db, statements, evidence);
    await store.crashPoint("d1_written");
    await enqueueOwedEmails(ctx, notice, change.effects);
    await store.crashPoint("emails_owed");
  }
  store.save(change.noticeId, change.state, change.effects);
}

/** The notice's row as a transition to `state` writes it. */
export function mirrorOf(state: NoticeState) {
  const { status, publishedAt, objectionDeadline, effectiveAt, withdrawnAt, appliedAt } = state;
  return { status, publishedAt, objectionDeadline, effectiveAt, withdrawnAt, appliedAt };
}

function objectionMirrors(ctx: CoreContext, change: TransitionContext): BatchItem<"sqlite">[] {
  const statements: BatchItem<"sqlite">[] = [];
  for (const [objectionId, objection] of Object.entries(change.state.objections)) {
    const previous = change.before.objections[objectionId];
    if (!previous || previous.status === objection.status) continue;
    const resolution = objection.status === "termination_right" ? { resolvedBy: "system", resolutionNote: null } : change.resolution;
    statements.push(
      mirrorObjection(ctx.db, objectionId, {
        status: objection.status,
        remedy: objection.remedy ?? null,
        resolvedAt: objection.closedAt ?? null,
        resolvedBy: resolution?.resolvedBy ?? change.actor,
        resolutionNote: resolution?.resolutionNote ?? null,
      }),
    );
  }
  return statements;
}

function evidencePayload(notice: NoticeRow, state: NoticeState, objectionId: string | undefined): Record<string, unknown> {
  if (objectionId) {
    const objection = state.objections[objectionId];
    return { objectionId, status: objection?.status, remedy: objection?.remedy, receivedAt: objection?.receivedAt, resolutionDeadline: objection?.resolutionDeadline };
  }
  return {
    changeKind: notice.changeKind,
    subprocessorId: notice.subprocessorId,
    status: state.status,
    publishedAt: state.publishedAt,
    objectionDeadline: state.objectionDeadline,
    effectiveAt: state.effectiveAt,
  };
}

/** Owes the emails of a transition's effects; every key is idempotent, so owing twice is owing once. */
export async function enqueueOwedEmails(ctx: CoreContext, notice: NoticeRow, effects: NoticeEffect[]): Promise<void> {
  const { db } = ctx;
  const now = ctx.clock.now();
  for (const effect of effects) {
    if (effect.type === "enqueueFanout" && effect.template === "notice-published") {
      await enqueueNoticeFanout(db, notice.id, now);
    } else if (effect.type === "enqueueFanout") {
      await enqueueNoticeWithdrawnFanout(db, notice.id, now);
    } else if (effect.type === "enqueueEmail") {
      const objection = await findObjection(db, effect.objectionId);
      if (!objection) continue;
      const key = `objection:${objection.id}:${effect.template}`;
      if (effect.audience === "objector") {
        const params: Record<string, string> = { objectionId: objection.id, ...(effect.template === "termination-right" ? { audience: "customer" } : {}) };
        await enqueueEmail(db, { idempotencyKey: `${key}:objector`, template: effect.template, params, recipient: objection.contactEmail, lang: objection.lang, noticeId: notice.id }, now);
      } else {
        for (const admin of await listVendorAdminEmails(db)) {
          await enqueueEmail(
            db,
            { idempotencyKey: `${key}:admin:${admin}`, template: effect.template, params: { objectionId: objection.id, audience: "vendor" }, recipient: admin, lang: "en", noticeId: notice.id },
            now,
          );
        }
      }
    }
  }
}
