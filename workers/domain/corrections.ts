/**
 * Which facts about a subprocessor the vendor may correct at once, and which only a notice may
 * change. A customer relies on what the subprocessor does with their data and where (purpose,
 * location, data categories, transfer mechanism) and on who it is (its name, and adding or
 * removing one): changing those is a change of subprocessing, noticed 30 days ahead and open to
 * objection. A website, or a typo in the legal entity's name, changes none of that.
 * docs/decisions/016-corrections.md says why, and why a correction still makes a new version;
 * 020-french-content.md why French text beside the English is a correction, not a notice.
 */
export const CORRECTABLE_FIELDS = ["website", "legalEntity"] as const;
export const MATERIAL_FIELDS = ["name", "purpose", "location", "dataCategories", "transferMechanism"] as const;

export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
type MaterialField = (typeof MATERIAL_FIELDS)[number];
type Facts = Record<CorrectableField | MaterialField, string | string[]>;

/**
 * A legal entity may differ by a typo, not become another company: at most this many characters
 * inserted, removed or replaced ("Sentri Inc." → "Sentry, Inc." is 2).
 */
const LEGAL_ENTITY_TYPO_EDITS = 3;

/** Why a correction is refused, per field, for the form to show beside it. */
export type CorrectionProblem =
  | { field: MaterialField; problem: "needs_notice" }
  | { field: "legalEntity"; problem: "not_a_typo"; edits: number }
  | { field: "fields"; problem: "nothing_changed" };

/**
 * Checks a proposed correction against the facts as listed. Answers the fields it changes, or
 * every reason it cannot be made without a notice.
 */
export function checkCorrection(current: Facts, proposed: Partial<Facts>, frenchChanged = 0): { ok: true; changed: CorrectableField[] } | { ok: false; problems: CorrectionProblem[] } {
  const differs = (field: keyof Facts) => proposed[field] !== undefined && JSON.stringify(proposed[field]) !== JSON.stringify(current[field]);
  const problems: CorrectionProblem[] = MATERIAL_FIELDS.filter(differs).map((field) => ({ field, problem: "needs_notice" as const }));
  const changed = CORRECTABLE_FIELDS.filter(differs);
  if (changed.includes("legalEntity")) {
    const edits = editDistance(String(current.legalEntity), String(proposed.legalEntity));
    if (edits > LEGAL_ENTITY_TYPO_EDITS) problems.push({ field: "legalEntity", problem: "not_a_typo", edits });
  }
  // French text is correctable too (`frenchChanged` fields of it, checked by french-content.ts).
  if (problems.length === 0 && changed.length === 0 && frenchChanged === 0) problems.push({ field: "fields", problem: "nothing_changed" });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, changed };
}

/** Levenshtein distance: characters inserted, removed or replaced to turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const from = [...a];
  const to = [...b];
  let row = to.map((_, j) => j + 1);
  row.unshift(0);
  for (let i = 1; i <= from.length; i++) {
    const next = [i];
    for (let j = 1; j <= to.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (from[i - 1] === to[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[to.length]!;
}
