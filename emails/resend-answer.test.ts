import { describe, expect, it } from "vitest";
import { holdFor, QUOTA_PAUSE_MS, readAnswer } from "./resend-answer";

const now = Date.UTC(2026, 11, 1, 9, 0);
const answer = (statusCode: number | null, name: string) => ({ statusCode, name });

describe("what the sender makes of each Resend answer", () => {
  it("reads retry-after as seconds or as an HTTP date, else ratelimit-reset", () => {
    expect(readAnswer(answer(429, "rate_limit_exceeded"), { "retry-after": "3" }, now)).toEqual({ kind: "rate_limited", waitMs: 3000 });
    expect(readAnswer(answer(429, "rate_limit_exceeded"), { "retry-after": new Date(now + 90_000).toUTCString() }, now)).toEqual({ kind: "rate_limited", waitMs: 90_000 });
    expect(readAnswer(answer(429, "rate_limit_exceeded"), { "ratelimit-reset": "2" }, now)).toEqual({ kind: "rate_limited", waitMs: 2000 });
    expect(readAnswer(answer(429, "rate_limit_exceeded"), null, now)).toEqual({ kind: "rate_limited", waitMs: 1000 });
  });

  it("tells quotas, refusals, bad messages and passing failures apart", () => {
    expect(readAnswer(answer(429, "daily_quota_exceeded"), { "ratelimit-reset": "1" }, now)).toEqual({ kind: "quota" });
    expect(readAnswer(answer(429, "monthly_quota_exceeded"), null, now)).toEqual({ kind: "quota" });
    expect(readAnswer(answer(401, "missing_api_key"), null, now)).toEqual({ kind: "refused" });
    expect(readAnswer(answer(403, "invalid_api_key"), null, now)).toEqual({ kind: "refused" });
    expect(readAnswer(answer(403, "validation_error"), null, now)).toEqual({ kind: "refused" });
    expect(readAnswer(answer(400, "validation_error"), null, now)).toEqual({ kind: "bad_message" });
    expect(readAnswer(answer(422, "missing_required_field"), null, now)).toEqual({ kind: "bad_message" });
    expect(readAnswer(answer(409, "invalid_idempotent_request"), null, now)).toEqual({ kind: "sent_earlier" });
    expect(readAnswer(answer(409, "concurrent_idempotent_requests"), null, now)).toEqual({ kind: "retry" });
    expect(readAnswer(answer(500, "internal_server_error"), null, now)).toEqual({ kind: "retry" });
    expect(readAnswer(answer(null, "application_error"), null, now)).toEqual({ kind: "retry" });
  });

  it("holds all sending for quotas, refusals and rate limits only", () => {
    expect(holdFor({ kind: "quota" }, "429 daily_quota_exceeded", now)).toMatchObject({ reason: "quota", until: now + QUOTA_PAUSE_MS });
    expect(holdFor({ kind: "rate_limited", waitMs: 5000 }, "429", now)).toMatchObject({ reason: "rate_limit", until: now + 5000 });
    expect(holdFor({ kind: "refused" }, "403", now)).toMatchObject({ reason: "refused" });
    expect(holdFor({ kind: "retry" }, "500", now)).toBeNull();
    expect(holdFor({ kind: "bad_message" }, "400", now)).toBeNull();
  });
});
