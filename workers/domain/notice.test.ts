import { describe, expect, it } from "vitest";
import {
  DAY_MS,
  draftState,
  objectionWindowOpen,
  transition,
  type NoticeEvent,
  type NoticeState,
  type Transition,
} from "./notice";
import { DEFAULT_PERIODS } from "./notice-periods";

// The defaults, as every notice ran before the periods could be set.
const NOTICE_PERIOD_MS = DEFAULT_PERIODS.noticePeriodDays * DAY_MS;
const OBJECTION_WINDOW_MS = DEFAULT_PERIODS.objectionWindowDays * DAY_MS;
const RESOLUTION_PERIOD_MS = DEFAULT_PERIODS.resolutionPeriodDays * DAY_MS;
const periods = DEFAULT_PERIODS;

const t0 = Date.UTC(2026, 10, 2, 9, 0, 0);

function ok(result: Transition): Extract<Transition, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result;
}

function codeOf(state: NoticeState, event: NoticeEvent, now: number): string {
  const result = transition(state, event, now);
  return result.ok ? "ok" : result.code;
}

const published = () => ok(transition(draftState(), { type: "publish", periods }, t0)).state;
const withObjection = (at = t0 + DAY_MS) => ok(transition(published(), { type: "objection", objectionId: "obj_1" }, at)).state;

describe("publishing", () => {
  it("sets the dates and schedules the window, the change and the fan-out", () => {
    const { state, effects } = ok(transition(draftState(), { type: "publish", periods }, t0));
    expect(state).toMatchObject({
      status: "published",
      publishedAt: t0,
      objectionDeadline: t0 + OBJECTION_WINDOW_MS,
      effectiveAt: t0 + NOTICE_PERIOD_MS,
    });
    expect(effects).toEqual([
      { type: "record", kind: "notice.published" },
      { type: "schedule", kind: "close_window", at: t0 + 15 * DAY_MS },
      { type: "schedule", kind: "take_effect", at: t0 + 30 * DAY_MS },
      { type: "enqueueFanout", template: "notice-published" },
      { type: "schedule", kind: "deliver", at: t0 },
    ]);
  });

  it("accepts a later effective date and refuses one even a millisecond early", () => {
    expect(ok(transition(draftState(), { type: "publish", periods, effectiveAt: t0 + 45 * DAY_MS }, t0)).state.effectiveAt).toBe(t0 + 45 * DAY_MS);
    expect(codeOf(draftState(), { type: "publish", periods, effectiveAt: t0 + NOTICE_PERIOD_MS }, t0)).toBe("ok");
    expect(codeOf(draftState(), { type: "publish", periods, effectiveAt: t0 + NOTICE_PERIOD_MS - 1 }, t0)).toBe("effective_too_early");
  });

  it("refuses a second publish", () => {
    expect(codeOf(published(), { type: "publish", periods }, t0 + 1)).toBe("notice_not_draft");
  });
});

describe("the objection window", () => {
  it("accepts an objection until a millisecond before the deadline and refuses it at the deadline", () => {
    const deadline = t0 + OBJECTION_WINDOW_MS;
    const accepted = ok(transition(published(), { type: "objection", objectionId: "obj_1" }, deadline - 1));
    expect(accepted.state.objections.obj_1).toEqual({ receivedAt: deadline - 1, resolutionDeadline: deadline - 1 + RESOLUTION_PERIOD_MS, status: "open" });
    expect(accepted.effects).toContainEqual({ type: "schedule", kind: "resolution:obj_1", at: deadline - 1 + RESOLUTION_PERIOD_MS });
    expect(accepted.effects).toContainEqual({ type: "enqueueEmail", template: "objection-receipt", objectionId: "obj_1", audience: "objector" });
    expect(codeOf(published(), { type: "objection", objectionId: "obj_1" }, deadline)).toBe("objection_window_closed");
  });

  it("refuses objections to drafts, closed windows and withdrawn notices, and a repeated id", () => {
    expect(codeOf(draftState(), { type: "objection", objectionId: "o" }, t0)).toBe("notice_not_published");
    const closed = ok(transition(published(), { type: "closeWindow" }, t0 + OBJECTION_WINDOW_MS)).state;
    expect(codeOf(closed, { type: "objection", objectionId: "o" }, t0 + OBJECTION_WINDOW_MS - 1)).toBe("objection_window_closed");
    const withdrawn = ok(transition(published(), { type: "withdraw" }, t0 + 1)).state;
    expect(codeOf(withdrawn, { type: "objection", objectionId: "o" }, t0 + 2)).toBe("notice_final");
    expect(codeOf(withObjection(), { type: "objection", objectionId: "obj_1" }, t0 + 2 * DAY_MS)).toBe("notice_conflict");
  });

  it("closes at the deadline, not a millisecond before, and closing twice changes nothing", () => {
    const deadline = t0 + OBJECTION_WINDOW_MS;
    const early = ok(transition(published(), { type: "closeWindow" }, deadline - 1));
    expect(early.state.status).toBe("published");
    expect(early.effects).toEqual([{ type: "schedule", kind: "close_window", at: deadline }]);
    const closed = ok(transition(published(), { type: "closeWindow" }, deadline));
    expect(closed.state.status).toBe("window_closed");
    expect(closed.effects).toEqual([{ type: "record", kind: "notice.window_closed" }]);
    expect(ok(transition(closed.state, { type: "closeWindow" }, deadline + 5))).toEqual({ ok: true, state: closed.state, effects: [] });
  });
});

describe("taking effect", () => {
  it("does not take effect a millisecond before the effective date", () => {
    const result = ok(transition(published(), { type: "takeEffect" }, t0 + NOTICE_PERIOD_MS - 1));
    expect(result.state.status).toBe("published");
    expect(result.effects).toEqual([{ type: "schedule", kind: "take_effect", at: t0 + NOTICE_PERIOD_MS }]);
  });

  it("takes effect at the effective date and applies the change once", () => {
    const closed = ok(transition(published(), { type: "closeWindow" }, t0 + OBJECTION_WINDOW_MS)).state;
    const effective = ok(transition(closed, { type: "takeEffect" }, t0 + NOTICE_PERIOD_MS));
    expect(effective.state).toMatchObject({ status: "effective", appliedAt: t0 + NOTICE_PERIOD_MS });
    expect(effective.effects).toContainEqual({ type: "applyChange" });
    expect(ok(transition(effective.state, { type: "takeEffect" }, t0 + NOTICE_PERIOD_MS + 1)).effects).toEqual([]);
  });

  it("takes effect from published if the window's own step has not run yet", () => {
    expect(ok(transition(published(), { type: "takeEffect" }, t0 + NOTICE_PERIOD_MS)).state.status).toBe("effective");
  });

  it("never takes effect once withdrawn", () => {
    const withdrawn = ok(transition(published(), { type: "withdraw" }, t0 + 1)).state;
    expect(ok(transition(withdrawn, { type: "takeEffect" }, t0 + NOTICE_PERIOD_MS))).toEqual({ ok: true, state: withdrawn, effects: [] });
  });
});

describe("withdrawing", () => {
  it("cancels the clock and resolves open objections with change_withdrawn", () => {
    const { state, effects } = ok(transition(withObjection(), { type: "withdraw" }, t0 + 2 * DAY_MS));
    expect(state).toMatchObject({ status: "withdrawn", withdrawnAt: t0 + 2 * DAY_MS });
    expect(state.objections.obj_1).toMatchObject({ status: "resolved", remedy: "change_withdrawn", closedAt: t0 + 2 * DAY_MS });
    expect(effects).toEqual(
      expect.arrayContaining([
        { type: "cancel", kind: "close_window" },
        { type: "cancel", kind: "take_effect" },
        { type: "cancel", kind: "resolution:obj_1" },
        { type: "record", kind: "objection.resolved", objectionId: "obj_1" },
        { type: "enqueueFanout", template: "notice-withdrawn" },
      ]),
    );
  });

  it("is allowed after the window closed but not from draft, effective or withdrawn", () => {
    const closed = ok(transition(published(), { type: "closeWindow" }, t0 + OBJECTION_WINDOW_MS)).state;
    expect(codeOf(closed, { type: "withdraw" }, t0 + OBJECTION_WINDOW_MS + 1)).toBe("ok");
    expect(codeOf(draftState(), { type: "withdraw" }, t0)).toBe("notice_not_published");
    const effective = ok(transition(closed, { type: "takeEffect" }, t0 + NOTICE_PERIOD_MS)).state;
    expect(codeOf(effective, { type: "withdraw" }, t0 + NOTICE_PERIOD_MS)).toBe("notice_final");
    const withdrawn = ok(transition(closed, { type: "withdraw" }, t0 + 20 * DAY_MS)).state;
    expect(codeOf(withdrawn, { type: "withdraw" }, t0 + 20 * DAY_MS)).toBe("notice_final");
  });
});

describe("resolving objections", () => {
  const receivedAt = t0 + DAY_MS;
  const deadline = receivedAt + RESOLUTION_PERIOD_MS;

  it("resolves an open objection with a remedy until a millisecond before its deadline", () => {
    const { state, effects } = ok(transition(withObjection(), { type: "resolve", objectionId: "obj_1", remedy: "remediated" }, deadline - 1));
    expect(state.objections.obj_1).toMatchObject({ status: "resolved", remedy: "remediated", closedAt: deadline - 1 });
    expect(effects).toContainEqual({ type: "cancel", kind: "resolution:obj_1" });
    expect(effects).toContainEqual({ type: "enqueueEmail", template: "objection-resolved", objectionId: "obj_1", audience: "objector" });
    expect(codeOf(withObjection(), { type: "resolve", objectionId: "obj_1", remedy: "remediated" }, deadline)).toBe("objection_not_open");
  });

  it("refuses resolving twice and unknown objections", () => {
    const resolved = ok(transition(withObjection(), { type: "resolve", objectionId: "obj_1", remedy: "feature_stopped" }, receivedAt + 1)).state;
    expect(codeOf(resolved, { type: "resolve", objectionId: "obj_1", remedy: "remediated" }, receivedAt + 2)).toBe("objection_not_open");
    expect(codeOf(resolved, { type: "resolve", objectionId: "obj_9", remedy: "remediated" }, receivedAt + 2)).toBe("not_found");
  });

  it("gives a termination right at the resolution deadline, not a millisecond before", () => {
    const early = ok(transition(withObjection(), { type: "resolutionDeadline", objectionId: "obj_1" }, deadline - 1));
    expect(early.state.objections.obj_1?.status).toBe("open");
    expect(early.effects).toEqual([{ type: "schedule", kind: "resolution:obj_1", at: deadline }]);
    const due = ok(transition(withObjection(), { type: "resolutionDeadline", objectionId: "obj_1" }, deadline));
    expect(due.state.objections.obj_1).toMatchObject({ status: "termination_right", closedAt: deadline });
    expect(due.effects).toEqual(
      expect.arrayContaining([
        { type: "record", kind: "objection.termination_right", objectionId: "obj_1" },
        { type: "enqueueEmail", template: "termination-right", objectionId: "obj_1", audience: "objector" },
        { type: "enqueueEmail", template: "termination-right", objectionId: "obj_1", audience: "admins" },
      ]),
    );
    expect(ok(transition(due.state, { type: "resolutionDeadline", objectionId: "obj_1" }, deadline + 1)).effects).toEqual([]);
  });

  it("leaves a resolved objection alone at its deadline, and keeps counting after the change took effect", () => {
    const resolved = ok(transition(withObjection(), { type: "resolve", objectionId: "obj_1", remedy: "customer_stops_data" }, receivedAt + 1)).state;
    expect(ok(transition(resolved, { type: "resolutionDeadline", objectionId: "obj_1" }, deadline)).effects).toEqual([]);
    const effective = ok(transition(withObjection(), { type: "takeEffect" }, t0 + NOTICE_PERIOD_MS)).state;
    expect(ok(transition(effective, { type: "resolutionDeadline", objectionId: "obj_1" }, deadline)).state.objections.obj_1?.status).toBe("termination_right");
  });
});

describe("the objection window, as the public pages read it", () => {
  it("is open from publication until the deadline, the deadline itself excluded", () => {
    const state = published();
    expect(objectionWindowOpen(state, t0)).toBe(true);
    expect(objectionWindowOpen(state, t0 + OBJECTION_WINDOW_MS - 1)).toBe(true);
    expect(objectionWindowOpen(state, t0 + OBJECTION_WINDOW_MS)).toBe(false);
  });

  it("is closed for drafts, withdrawn and closed notices whatever the time", () => {
    expect(objectionWindowOpen(draftState(), t0)).toBe(false);
    expect(objectionWindowOpen({ status: "withdrawn", objectionDeadline: t0 + OBJECTION_WINDOW_MS }, t0)).toBe(false);
    expect(objectionWindowOpen({ status: "window_closed", objectionDeadline: t0 + OBJECTION_WINDOW_MS }, t0)).toBe(false);
  });
});

describe("periods the notice keeps", () => {
  const zoom = { noticePeriodDays: 10, objectionWindowDays: 5, resolutionPeriodDays: 14 };

  it("dates the window, the change and each objection's deadline from the periods it was published with", () => {
    const { state, effects } = ok(transition(draftState(), { type: "publish", periods: zoom }, t0));
    expect(state).toMatchObject({ periods: zoom, objectionDeadline: t0 + 5 * DAY_MS, effectiveAt: t0 + 10 * DAY_MS });
    expect(effects).toContainEqual({ type: "schedule", kind: "take_effect", at: t0 + 10 * DAY_MS });
    expect(codeOf(draftState(), { type: "publish", periods: zoom, effectiveAt: t0 + 10 * DAY_MS - 1 }, t0)).toBe("effective_too_early");
    const objected = ok(transition(state, { type: "objection", objectionId: "obj_z" }, t0 + DAY_MS)).state;
    expect(objected.objections.obj_z!.resolutionDeadline).toBe(t0 + DAY_MS + 14 * DAY_MS);
  });

  it("runs a clock stored before notices kept periods on the defaults", () => {
    const { periods: _dropped, ...stored } = published();
    const objected = ok(transition(stored as NoticeState, { type: "objection", objectionId: "obj_old" }, t0 + DAY_MS)).state;
    expect(objected.objections.obj_old!.resolutionDeadline).toBe(t0 + DAY_MS + RESOLUTION_PERIOD_MS);
  });
});
