import type { PublicNotice } from "@/workers/core/portal.schema";

export const day = 86_400_000;
export const t0 = Date.UTC(2026, 0, 10, 9, 0);

/** A published notice adding Datadog on t0, with the default periods; `over` changes what a test needs. */
export const publicNotice = (over: Partial<PublicNotice> = {}): PublicNotice => ({
  id: "ntc_0000000000000000000a",
  changeKind: "add",
  subprocessorId: "sp_datadog",
  subprocessorName: "Datadog",
  proposed: { name: "Datadog", location: "Germany" },
  reason: "Faster outage detection",
  status: "published",
  publishedAt: t0,
  objectionDeadline: t0 + 15 * day,
  effectiveAt: t0 + 30 * day,
  withdrawnAt: null,
  appliedAt: null,
  updatedAt: t0,
  periods: { noticePeriodDays: 30, objectionWindowDays: 15, resolutionPeriodDays: 30 },
  withdrawalReason: null,
  version: null,
  ...over,
});
