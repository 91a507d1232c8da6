/**
 * What changed between two versions of the public subprocessor list: who was added, who was
 * removed, and for each subprocessor on both, every field whose value differs, before → after.
 */

import { TRANSLATED_FIELDS, type FrenchFacts, type TranslatedField } from "./french-content";

/** A subprocessor as a version of the list keeps it. */
export interface ListedSubprocessor {
  id: string;
  name: string;
  legalEntity: string;
  purpose: string;
  location: string;
  dataCategories: string[];
  transferMechanism: string;
  website: string;
  translations?: { fr?: FrenchFacts };
}

const listedFields = ["name", "legalEntity", "purpose", "location", "dataCategories", "transferMechanism", "website"] as const;
type ListedField = (typeof listedFields)[number];

export interface FieldChange {
  field: ListedField;
  before: string | string[];
  after: string | string[];
}

/** A French field written, rewritten or dropped (null: not written, the English shows). */
interface FrenchFieldChange {
  field: TranslatedField;
  before: string | string[] | null;
  after: string | string[] | null;
}

export interface ListDiff {
  added: ListedSubprocessor[];
  removed: ListedSubprocessor[];
  /** `translations.fr` only when its French changed; `fields` may then be empty. */
  changed: { id: string; name: string; fields: FieldChange[]; translations?: { fr: FrenchFieldChange[] } }[];
}

const same = (a: string | string[], b: string | string[]) => JSON.stringify(a) === JSON.stringify(b);

/** The differences from `before` to `after`, matched by id, each part in `after`'s (or `before`'s) order. */
export function diffLists(before: readonly ListedSubprocessor[], after: readonly ListedSubprocessor[]): ListDiff {
  const beforeById = new Map(before.map((entry) => [entry.id, entry]));
  const afterIds = new Set(after.map((entry) => entry.id));
  const changed: ListDiff["changed"] = [];
  for (const entry of after) {
    const previous = beforeById.get(entry.id);
    if (!previous) continue;
    const fields = listedFields.filter((field) => !same(previous[field], entry[field])).map((field) => ({ field, before: previous[field], after: entry[field] }));
    const french = frenchChanges(previous.translations?.fr, entry.translations?.fr);
    if (fields.length > 0 || french.length > 0) changed.push({ id: entry.id, name: entry.name, fields, ...(french.length > 0 ? { translations: { fr: french } } : {}) });
  }
  return {
    added: after.filter((entry) => !beforeById.has(entry.id)),
    removed: before.filter((entry) => !afterIds.has(entry.id)),
    changed,
  };
}

function frenchChanges(before: FrenchFacts | undefined, after: FrenchFacts | undefined): FrenchFieldChange[] {
  return TRANSLATED_FIELDS.map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null })).filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
}

/**
 * A calendar date (YYYY-MM-DD) as the last moment of that day in UTC: the version "in force on"
 * a date is the one in force at the end of it. Null for anything that is not a real date.
 */
export function endOfUtcDay(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = Date.UTC(year, month - 1, day);
  const check = new Date(start);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return start + 86_400_000 - 1;
}
