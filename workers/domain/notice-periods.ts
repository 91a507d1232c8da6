/**
 * The three periods a DPA's subprocessor clause sets, in whole days: how long before a change takes
 * effect it is noticed, how long a customer has to object, and how long the vendor has to resolve
 * an objection before a termination right arises. The vendor admin sets them; a notice keeps the
 * ones in force when it was published.
 */

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/** The periods in force for one notice, in days. */
export interface NoticePeriods {
  noticePeriodDays: number;
  objectionWindowDays: number;
  resolutionPeriodDays: number;
}

export const periodFields = ["noticePeriodDays", "objectionWindowDays", "resolutionPeriodDays"] as const;
export type PeriodField = (typeof periodFields)[number];

/** The periods until an admin sets others, and those of every notice published before they could. */
export const DEFAULT_PERIODS: NoticePeriods = { noticePeriodDays: 30, objectionWindowDays: 15, resolutionPeriodDays: 30 };

/** The longest any period may be: a year is already longer than any DPA we know of. */
export const MAX_PERIOD_DAYS = 365;

/** A problem with periods an admin proposed, for the field it names. */
export interface PeriodIssue {
  field: PeriodField;
  code: "below_floor" | "window_after_notice";
  params: Record<string, number>;
}

/**
 * Whether proposed periods may be used: none below the deployment's floor, and the objection
 * window no longer than the notice period (a customer must be able to object before the change
 * takes effect). Range and integer checks are the input schema's.
 */
export function periodIssues(periods: NoticePeriods, floors: NoticePeriods): PeriodIssue[] {
  const issues: PeriodIssue[] = periodFields
    .filter((field) => periods[field] < floors[field])
    .map((field) => ({ field, code: "below_floor", params: { floor: floors[field] } }));
  if (periods.objectionWindowDays > periods.noticePeriodDays && !issues.some((issue) => issue.field === "objectionWindowDays")) {
    issues.push({ field: "objectionWindowDays", code: "window_after_notice", params: { noticePeriodDays: periods.noticePeriodDays } });
  }
  return issues;
}

/** The earliest a change published at `now` may take effect. */
export function earliestEffectiveAt(now: number, periods: NoticePeriods): number {
  return now + periods.noticePeriodDays * DAY_MS;
}

const HOUR_MS = 3_600_000;
/** Time to read the proposal and press the button before it is too early again. */
const PROPOSAL_MARGIN_MS = 10 * 60_000;

/**
 * The effective date to propose after a refusal: the earliest allowed, rounded up to a whole hour
 * with a few minutes to spare, so that it is still allowed when the admin publishes with it.
 */
export function proposedEffectiveAt(now: number, periods: NoticePeriods): number {
  return Math.ceil((earliestEffectiveAt(now, periods) + PROPOSAL_MARGIN_MS) / HOUR_MS) * HOUR_MS;
}
