import type { BatchItem } from "drizzle-orm/batch";
import { Resend } from "resend";
import {
  countPendingDeliveries,
  enqueueEmail,
  holdEmail,
  markDeliveryAttemptFailed,
  markDeliveryDeferred,
  markDeliverySent,
  pendingDeliveries,
  readEmailHold,
  releaseEmailHold,
  type DeliveryRow,
  type OwedEmail,
} from "@/db/queries/emails";
import { writeWithEvidence } from "@/db/queries/evidence";
import { runPipelined } from "./deliver-emails-pipeline";
import { batchLookups, CancelledEmail, renderDelivery, UnrenderableEmail } from "./render-delivery";
import type { RenderedEmail } from "@/emails/message";
import { holdFor, readAnswer, type EmailHold } from "@/emails/resend-answer";
import { sendPaceFor, type SendPace } from "@/emails/send-pace";
import type { CoreContext } from "../core/context";
import { sha256Hex } from "../crypto/sha256-hex";
import type { EvidenceInput } from "../evidence/chain";

/** Resend's batch endpoint takes at most 100 messages a call. */
export const BATCH_SIZE = 100;
/** After this many failed attempts a message is marked failed and no longer retried. */
export const MAX_ATTEMPTS = 8;
/** The longest retry-after waited for inside one call; a longer one holds all sending instead. */
const MAX_IN_CALL_WAIT_MS = 2_000;

export interface DeliveryOptions {
  /** How long one API call may take before it counts as failed (and is retried under the same key). */
  timeoutMs?: number;
  /** Pauses between quick retries inside one call; longer waits are the caller's (an alarm). */
  retryDelaysMs?: number[];
  /** A message owed longer ago than this is no longer useful (a sign-in link an hour late): closed as failed, not sent. */
  staleAfterMs?: number;
}

const defaults = { timeoutMs: 10_000, retryDelaysMs: [200, 800, 2_000] };

export interface DeliveryReport {
  sent: number;
  pending: number;
  /** When to try again if messages are still pending after a provider failure; null when done. */
  retryAfterMs: number | null;
}

/**
 * Sends the pending messages of one notice (or of no notice), 100 per call at the provider's pace
 * (emails/send-pace.ts: no more calls a second than the team's limit), exactly once each:
 * a batch's Idempotency-Key is derived from its delivery ids, so a restart that resends a batch
 * resends it under the same key and the provider answers from its record; rows are marked sent
 * together with their evidence, and only pending rows are ever picked. While a rate limit, a quota
 * or a refused key holds all sending (emails/resend-answer.ts), nothing is sent and the report says
 * when to come back. Batches go out pipelined (deliver-emails-pipeline.ts).
 */
export async function deliverPendingEmails(
  ctx: CoreContext,
  { noticeId, onlyKey, createdBefore }: { noticeId: string | null; onlyKey?: string; createdBefore?: number },
  options: DeliveryOptions = {},
): Promise<DeliveryReport> {
  const settings: typeof defaults & DeliveryOptions = { ...defaults, ...options };
  const resend = new Resend(ctx.config.RESEND_API_KEY, ctx.config.RESEND_BASE_URL ? { baseUrl: ctx.config.RESEND_BASE_URL } : undefined);
  const pace = sendPaceFor(ctx.config.RESEND_REQUESTS_PER_SECOND);
  let hold = await readEmailHold(ctx.db);
  if (hold && hold.until > ctx.clock.now()) return { sent: 0, pending: await countPendingDeliveries(ctx.db, noticeId), retryAfterMs: hold.until - ctx.clock.now() };
  let sent = 0;
  // Set by the first batch that stops the run (a hold, a failure worth retrying): when to come back.
  let stopFor: number | null = null;
  const prepare = async (afterId?: string): Promise<Prepared> => {
    const rows = await pendingDeliveries(ctx.db, { noticeId, limit: BATCH_SIZE, onlyKey, createdBefore, afterId });
    return { rows, ...(await renderAll(ctx, rows, settings.staleAfterMs)) };
  };
  const sendAndRecord = async (ready: Ready[]) => {
    const batchKey = `batch:${(await sha256Hex(ready.map((r) => r.row.id).sort().join(","))).slice(0, 40)}`;
    const outcome = await sendWithRetries(ctx, resend, pace, ready, batchKey, settings, () => stopFor !== null);
    // The run stopped while this batch waited for its slot: its rows stay pending, untouched.
    if (outcome === null) return;
    if (outcome.ok) {
      // The first batch accepted after a hold lapsed ends it, and the admin page's notice of it.
      await recordSent(ctx, ready, outcome.ids, batchKey, hold ? [releaseEmailHold(ctx.db, hold)] : []);
      hold = null;
      sent += ready.length;
      return;
    }
    if (outcome.hold) {
      // A refusal found again on a recheck keeps the time it began: the admin page says since when.
      const held = hold?.reason === outcome.hold.reason ? { ...outcome.hold, since: hold.since } : outcome.hold;
      await recordHeld(ctx, ready, held);
      stopFor ??= held.until - ctx.clock.now();
      return;
    }
    const attempts = Math.max(...ready.map((r) => r.row.attempts)) + 1;
    const giveUp = outcome.permanent || attempts >= MAX_ATTEMPTS;
    await recordFailure(ctx, ready, outcome.error, giveUp);
    // A batch given up for good no longer blocks the next one; a failure worth retrying waits.
    if (!giveUp) stopFor ??= backoffMs(attempts);
  };

  await runPipelined({ prepare, settleDropped: (batch) => markDropped(ctx, batch.dropped), sendAndRecord: (batch) => sendAndRecord(batch.ready), stopped: () => stopFor !== null });
  if (stopFor === null) return { sent, pending: 0, retryAfterMs: null };
  return { sent, pending: await countPendingDeliveries(ctx.db, noticeId), retryAfterMs: stopFor };
}

/** A person waits on the page while these go out: a shorter budget (about 10 s at worst) than a fan-out's. */
const inRequest = { timeoutMs: 5_000, retryDelaysMs: [300] };

/** Owes one message and sends it now (sign-in links, confirmations). A failure leaves it pending. */
export async function sendEmailNow(ctx: CoreContext, email: OwedEmail, options: DeliveryOptions = inRequest): Promise<DeliveryReport> {
  await enqueueEmail(ctx.db, email, ctx.clock.now());
  return deliverPendingEmails(ctx, { noticeId: email.noticeId, onlyKey: email.idempotencyKey }, options);
}

/** 30 s, 1 min, 2 min … up to 15 min between alarm-driven retries. */
function backoffMs(attempts: number): number {
  return Math.min(15 * 60_000, 30_000 * 2 ** Math.max(0, attempts - 1));
}

interface Ready {
  row: DeliveryRow;
  email: RenderedEmail;
}

/** One batch's rows, read and rendered: those to send, and those that will never be. */
interface Prepared {
  rows: DeliveryRow[];
  ready: Ready[];
  dropped: Dropped[];
}

/** A message that will never be sent, and the evidence kind that says why. */
interface Dropped {
  row: DeliveryRow;
  reason: string;
  kind: "email.failed" | "email.cancelled";
}

async function renderAll(ctx: CoreContext, rows: DeliveryRow[], staleAfterMs: number | undefined) {
  const ready: Ready[] = [];
  const dropped: Dropped[] = [];
  const lookups = batchLookups(ctx);
  for (const row of rows) {
    if (staleAfterMs !== undefined && ctx.clock.now() - row.createdAt > staleAfterMs) {
      dropped.push({ row, reason: `not sent within ${Math.round(staleAfterMs / 60_000)} minutes of being asked for; no longer useful`, kind: "email.failed" });
      continue;
    }
    try {
      ready.push({ row, email: await renderDelivery(ctx, row, lookups) });
    } catch (error) {
      if (error instanceof CancelledEmail) dropped.push({ row, reason: error.message, kind: "email.cancelled" });
      else if (error instanceof UnrenderableEmail) dropped.push({ row, reason: error.message, kind: "email.failed" });
      else throw error;
    }
  }
  return { ready, dropped };
}

/**
 * `ids: null`: the provider accepted this batch on an earlier call and did not say its ids again.
 * `hold`: the provider's answer holds all sending back for a while (and uses up no attempt).
 */
type SendOutcome = { ok: true; ids: string[] | null } | { ok: false; error: string; permanent: boolean; hold?: EmailHold };

async function sendWithRetries(
  ctx: CoreContext,
  resend: Resend,
  pace: SendPace,
  ready: Ready[],
  idempotencyKey: string,
  settings: typeof defaults,
  stopped: () => boolean,
): Promise<SendOutcome | null> {
  const payload = ready.map(({ row, email }) => ({
    from: ctx.config.EMAIL_FROM,
    to: [row.recipient],
    subject: email.subject,
    html: email.html,
    text: email.text,
    headers: email.headers,
  }));
  for (let attempt = 0; ; attempt++) {
    const sentAt = await pace.take();
    if (stopped()) return null;
    // The client spreads its request options into fetch(); its types just do not list `signal`.
    const requestOptions = { idempotencyKey, signal: AbortSignal.timeout(settings.timeoutMs) } as { idempotencyKey: string };
    const { data, error, headers } = await resend.batch.send(payload, requestOptions);
    // A refusal's headers are read below, as the refusal it is.
    if (!error) pace.observe(headers, sentAt);
    if (!error && data && data.data.length === ready.length) return { ok: true, ids: data.data.map((d) => d.id) };
    const verdict = error ? readAnswer(error, headers, ctx.clock.now()) : { kind: "retry" as const };
    // A short 429 holds back every call this isolate makes, not only this batch's retry; a longer
    // one becomes a hold on all sending (below), which keeps application time.
    if (verdict.kind === "rate_limited" && verdict.waitMs <= MAX_IN_CALL_WAIT_MS) pace.notBefore(Date.now() + verdict.waitMs);
    // A notice's batch renders the same every time, so a resend gets the provider's first answer.
    // A sign-in link or confirmation is signed anew on each call, so after a timeout whose request
    // did arrive, its resend differs under the same key. The key is made from these delivery ids
    // alone and is sent only with them, so this answer means the provider already accepted this
    // batch: it was sent, though its ids are not given again.
    if (verdict.kind === "sent_earlier") return { ok: true, ids: null };
    const description = error ? `${error.statusCode ?? "no response"} ${error.name}: ${error.message}` : "unexpected response";
    await writeWithEvidence(ctx.db, [], [attemptEvidence(ctx, ready, idempotencyKey, description, attempt + 1)]);
    if (verdict.kind === "bad_message") return { ok: false, error: description, permanent: true };
    const delay = settings.retryDelaysMs[attempt];
    // A short retry-after is waited for here, never less; a longer one, a quota or a refused key
    // holds back everyone's sending, this notice's and the others', until it is over.
    if (verdict.kind === "rate_limited" && delay !== undefined && verdict.waitMs <= MAX_IN_CALL_WAIT_MS) {
      await sleep(Math.max(delay, verdict.waitMs));
      continue;
    }
    const hold = holdFor(verdict, description, ctx.clock.now());
    if (hold) return { ok: false, error: description, permanent: false, hold };
    if (delay === undefined) return { ok: false, error: description, permanent: false };
    await sleep(delay);
  }
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function attemptEvidence(ctx: CoreContext, ready: Ready[], batchKey: string, error: string, attempt: number): EvidenceInput {
  return {
    at: ctx.clock.now(),
    kind: "email.attempt_failed",
    ref: ready[0]?.row.noticeId ?? ready[0]?.row.id ?? "email",
    actor: "system",
    payload: { batchKey, attempt, error, recipients: ready.map((r) => r.row.recipient), deliveries: ready.map((r) => r.row.id) },
  };
}

async function recordSent(ctx: CoreContext, ready: Ready[], providerIds: string[] | null, batchKey: string, alongside: BatchItem<"sqlite">[]) {
  const now = ctx.clock.now();
  const providerId = (i: number) => providerIds?.[i] ?? null;
  await writeWithEvidence(
    ctx.db,
    [...ready.map(({ row, email }, i) => markDeliverySent(ctx.db, row.id, providerId(i), email.subject, now)), ...alongside],
    ready.map(({ row }, i) => ({
      at: now,
      kind: "email.sent",
      ref: row.noticeId ?? row.id,
      actor: "system",
      payload: {
        delivery: row.id,
        template: row.template,
        recipient: row.recipient,
        providerId: providerId(i),
        status: "sent",
        ...(providerIds ? {} : { acceptedEarlierUnder: batchKey }),
      },
    })),
  );
}

/** The hold and each row's last error in one batch; the failed call's evidence is already written. */
async function recordHeld(ctx: CoreContext, ready: Ready[], hold: EmailHold) {
  await writeWithEvidence(ctx.db, [holdEmail(ctx.db, hold), ...ready.map(({ row }) => markDeliveryDeferred(ctx.db, row.id, hold.error))], []);
}

async function recordFailure(ctx: CoreContext, ready: Ready[], error: string, giveUp: boolean) {
  const now = ctx.clock.now();
  await writeWithEvidence(
    ctx.db,
    ready.map(({ row }) => markDeliveryAttemptFailed(ctx.db, row.id, error, giveUp)),
    giveUp
      ? ready.map(({ row }) => ({
          at: now,
          kind: "email.failed",
          ref: row.noticeId ?? row.id,
          actor: "system",
          payload: { delivery: row.id, template: row.template, recipient: row.recipient, error },
        }))
      : [],
  );
}

/** The status has no "cancelled"; a cancelled row is closed as failed, and its evidence says cancelled. */
async function markDropped(ctx: CoreContext, items: Dropped[]) {
  if (items.length === 0) return;
  const now = ctx.clock.now();
  await writeWithEvidence(
    ctx.db,
    items.map(({ row, reason }) => markDeliveryAttemptFailed(ctx.db, row.id, reason, true)),
    items.map(({ row, reason, kind }) => ({
      at: now,
      kind,
      ref: row.noticeId ?? row.id,
      actor: "system",
      payload: { delivery: row.id, template: row.template, recipient: row.recipient, error: reason },
    })),
  );
}
