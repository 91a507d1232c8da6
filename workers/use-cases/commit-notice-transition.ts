import type { BatchItem } from "drizzle-orm/batch";
import { listVendorAdmins } from "@/db/queries/admins";
import { enqueueEmail, enqueueNoticeFanout, enqueueNoticeWithdrawnFanout } from "@/db/queries/emails";
import { writeWithEvidence } from "@/db/queries/evidence";
import { findNotice, mirrorNotice, type NoticeMirror, type NoticeRow } from "@/db/queries/notices";
import { findObjection, mirrorObjection } from "@/db/queries/objections";
import { applyNoticeChange } from "@/db/queries/subprocessors";
import type { CoreContext } from "../core/context";
import { transition, type NoticeEffect, type NoticeEvent, type NoticeState } from "../domain/notice";
import { AppError } from "../errors";
import type { EvidenceInput } from "../evidence/chain";
import type { NoticeClockStore } from "./notice-clock-store";
import { oweNoticeWebhooks, wakeNoticeWebhookSenders } from "./owe-notice-webhooks";

/** The clock's state, or notice_not_published if this object has never been published. */
export function loadPublished(store: NoticeClockStore): { noticeId: string; state: NoticeState } {
  const stored = store.load();
  if (!stored) throw new AppError("notice_not_published");
  return stored;
}

/** Runs the domain's rules and turns a refusal into the AppError the caller will see. */
export function transitionOrRefuse(state: NoticeState, event: NoticeEvent, now: number): { state: NoticeState; effects: NoticeEffect[] } {
  const result = transition(state, event, now);
  if (!result.ok) throw new AppError(result.code);
  return result;
}

/** The notice's dates as they now stand, for the admin who acted. */
export function clockSummary(noticeId: string, state: NoticeState) {
  return { noticeId, ...noticeMirrorOf(state) };
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
 * state into D1 with its evidence and the webhook events it owes (one batch: the commit point),
 * enqueue the emails it owes (idempotent keys), wake the webhook senders, then store the state and its due work in the object. D1 is the source of
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
    const statements: BatchItem<"sqlite">[] = [...(change.statements ?? []), mirrorNotice(db, change.noticeId, noticeMirrorOf(change.state), now)];
    statements.push(...objectionMirrors(ctx, change));
    if (change.effects.some((effect) => effect.type === "applyChange")) statements.push(...applyNoticeChange(db, notice, now));
    // Last: the webhook events read what the statements before them wrote (ADR 015).
    statements.push(...(await oweNoticeWebhooks(ctx, { ...notice, ...noticeMirrorOf(change.state) }, change.effects, now)));
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
    await wakeNoticeWebhookSenders(ctx, change.noticeId, change.effects);
  }
  store.save(change.noticeId, change.state, change.effects);
}

/** The notice's row as a transition to `state` writes it. */
export function noticeMirrorOf(state: NoticeState): NoticeMirror {
  const { status, publishedAt, objectionDeadline, effectiveAt, withdrawnAt, appliedAt } = state;
  // A clock stored before notices kept periods mirrors none: the read side shows the defaults.
  const periods = state.periods ?? null;
  return {
    status,
    publishedAt,
    objectionDeadline,
    effectiveAt,
    withdrawnAt,
    appliedAt,
    noticePeriodDays: periods?.noticePeriodDays ?? null,
    objectionWindowDays: periods?.objectionWindowDays ?? null,
    resolutionPeriodDays: periods?.resolutionPeriodDays ?? null,
  };
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
    periods: state.periods,
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
        for (const admin of await listVendorAdmins(db)) {
          await enqueueEmail(
            db,
            { idempotencyKey: `${key}:admin:${admin.email}`, template: effect.template, params: { objectionId: objection.id, audience: "vendor" }, recipient: admin.email, lang: admin.lang ?? "en", noticeId: notice.id },
            now,
          );
        }
      }
    }
  }
}
