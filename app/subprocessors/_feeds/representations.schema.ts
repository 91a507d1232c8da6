import { z } from "zod";
import { TRANSLATED_FIELDS, TRANSLATED_PICK } from "@/workers/domain/french-content";

/**
 * The JSON documents of the public list, as a contract: representations.ts builds them to these
 * types, /schemas/*.json publishes them as JSON Schema (json-schemas.ts), and the tests validate
 * real answers against what is published. docs/api.md says what each field means and what bumps
 * `schemaVersion`. A field is described here once, so the schema and its readers say the same.
 */

/** What `schemaVersion` says; see docs/api.md for what changes it. */
export const SCHEMA_VERSION = 1;

const time = (description: string) => z.iso.datetime().meta({ description: `${description} (ISO 8601, UTC).` });
const nullableTime = (description: string) => time(description).nullable();
const days = (description: string) => z.int().min(1).meta({ description });
const changeKind = z.enum(["add", "remove", "change"]).meta({ description: "add: a new subprocessor; remove: one leaves the list; change: some of its public facts change." });

const periods = z
  .object({
    noticePeriodDays: days("Days between a notice and the change taking effect."),
    objectionWindowDays: days("Days from the notice during which a customer may object."),
    resolutionPeriodDays: days("Days within which an objection is answered, after which the customer may terminate."),
  })
  .meta({ description: "The contract's periods, in whole days." });

const subprocessorText = {
  name: z.string().meta({ description: "The name the subprocessor is known by." }),
  legalEntity: z.string().meta({ description: "The legal entity that processes the data." }),
  purpose: z.string().meta({ description: "What it processes personal data for." }),
  location: z.string().meta({ description: "Where it processes the data." }),
  dataCategories: z.array(z.string()).meta({ description: "The categories of personal data it processes." }),
  transferMechanism: z.string().meta({ description: "The safeguard for transfers outside the EEA (for example the Standard Contractual Clauses)." }),
  website: z.string().meta({ description: "Its website." }),
};

const subprocessor = z.object({
  id: z.string().meta({ description: "Stable identifier (sp_…): the same subprocessor keeps it in every version, notice and webhook." }),
  ...subprocessorText,
  translations: z
    .object({
      fr: z
        .object(Object.fromEntries(Object.entries(subprocessorText).map(([field, schema]) => [field, schema.nullable().optional()])))
        .meta({ description: "The text fields in French; a field absent or null was not translated." }),
    })
    .partial()
    .optional()
    .meta({ description: "The text fields in other languages, by language code; a missing field reads as the English one." }),
});

const listedVersion = z.int().min(1).nullable();

/** The fields a subprocessor's French may hold, cut from their English (workers/domain/french-content.ts). */
const frenchProposed = z.object(subprocessorText).pick(TRANSLATED_PICK).partial();

const notice = z.object({
  noticeId: z.string().meta({ description: "Stable identifier (ntc_…) of the notice, as in its URL, the feed and webhooks." }),
  changeKind,
  subprocessorId: z.string().meta({ description: "The subprocessor the notice is about." }),
  subprocessorName: z.string().meta({ description: "Its name, as proposed for an addition, otherwise as listed." }),
  proposed: z.object(subprocessorText).partial().meta({ description: "The facts the notice proposes; empty for a removal, only the changed ones for a change." }),
  reason: z.string().meta({ description: "Why the vendor makes the change." }),
  publishedAt: time("When the notice was published"),
  objectionDeadline: time("The end of the objection window"),
  effectiveAt: time("When the change takes (or took, or would have taken) effect"),
  withdrawnAt: nullableTime("When the vendor withdrew the notice; null unless withdrawn"),
  appliedAt: nullableTime("When the change was applied to the list; null until it took effect"),
  status: z.enum(["published", "window_closed", "effective", "withdrawn"]).meta({ description: "published: open for objections; window_closed: objections closed, not yet in effect; effective; withdrawn." }),
  url: z.url().meta({ description: "The notice's page." }),
  periods: periods.meta({ description: "The periods in force when this notice was published; later changes to the settings never move them." }),
  withdrawalReason: z.string().nullable().meta({ description: "Why the vendor withdrew it; null unless withdrawn." }),
  version: listedVersion.meta({ description: "The version of the list this change created; null until it took effect." }),
  versionUrl: z.url().nullable().meta({ description: "That version's JSON document; null until it took effect." }),
  translations: z
    .object({
      fr: z
        .object({
          proposed: frenchProposed.meta({ description: "The proposed facts in French, where written." }),
          reason: z.string().meta({ description: "Why, in French." }),
          withdrawalReason: z.string().meta({ description: "Why it was withdrawn, in French." }),
        })
        .partial(),
    })
    .partial()
    .optional()
    .meta({ description: "The notice's text in other languages, by language code; absent: only in English, read the English." }),
});

const schemaVersion = z.literal(SCHEMA_VERSION).meta({ description: "The version of this document's shape (docs/api.md): new fields may appear without a change; a removal or a change of meaning changes it." });
const schemaUrl = z.url().meta({ description: "The JSON Schema this document follows." });

/** `/subprocessors.json`: the list today, its pending changes and its history. */
export const publicListDocument = z
  .object({
    $schema: schemaUrl,
    schemaVersion,
    generatedAt: time("When this copy was generated"),
    lastModified: time("The latest change to anything in this document"),
    version: listedVersion.meta({ description: "The numbered version the listed subprocessors are; null before any change took effect." }),
    effectiveAt: nullableTime("When that version took effect"),
    periods: periods.meta({ description: "The periods a notice published today runs on." }),
    subprocessors: z.array(subprocessor).meta({ description: "The subprocessors in use today." }),
    pendingChanges: z.array(notice).meta({ description: "Published notices not yet in effect, oldest first." }),
    history: z.array(notice).meta({ description: "Notices that took effect or were withdrawn, newest first." }),
  })
  .meta({ title: "Roomtrust subprocessor list" });

const fieldName = z.enum(["name", "legalEntity", "purpose", "location", "dataCategories", "transferMechanism", "website"]);
const fieldValue = z.union([z.string(), z.array(z.string())]);

/** `/subprocessors/versions/{n}.json` (and `/subprocessors.json?at=DATE`): one version, with its diff. */
export const versionDocument = z
  .object({
    $schema: schemaUrl,
    schemaVersion,
    version: z.int().min(1).meta({ description: "The version's number; version n+1 is the list after the next change took effect." }),
    effectiveAt: time("When this version took effect"),
    until: nullableTime("When the next version replaced it; null while it is in force"),
    url: z.url().meta({ description: "This document's permanent address." }),
    previousVersion: listedVersion.meta({ description: "The version before; null for the first." }),
    nextVersion: listedVersion.meta({ description: "The version after; null while this one is in force." }),
    change: z
      .object({ noticeId: z.string(), changeKind, subprocessorName: z.string(), url: z.url() })
      .nullable()
      .meta({ description: "The notice whose change made this version; null for the list as it was before the first change." }),
    correction: z
      .object({
        subprocessorName: z.string(),
        fields: z.array(z.string()).meta({ description: "The fields corrected, by their names in this document (website, legalEntity; translations.fr.purpose for French text)." }),
        note: z.string(),
        translations: z.object({ fr: z.object({ note: z.string() }).partial() }).partial().optional().meta({ description: "The note in other languages, where written." }),
      })
      .nullable()
      .meta({ description: "A version made by a direct correction of facts that need no notice (ADR 016), not by a notice: whose, which fields, and why; null otherwise." }),
    subprocessors: z.array(subprocessor).meta({ description: "The list as this version had it." }),
    diff: z
      .object({
        againstVersion: listedVersion.meta({ description: "The version compared with; null for the first (compared with an empty list)." }),
        added: z.array(subprocessor),
        removed: z.array(subprocessor),
        changed: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            fields: z.array(z.object({ field: fieldName, before: fieldValue, after: fieldValue })),
            translations: z
              .object({ fr: z.array(z.object({ field: z.enum(TRANSLATED_FIELDS), before: fieldValue.nullable(), after: fieldValue.nullable() })) })
              .partial()
              .optional()
              .meta({ description: "French text written, rewritten or dropped (null: none, the English is read); `fields` may then be empty." }),
          }),
        ),
      })
      .meta({ description: "What changed from the version before: who was added, who removed, and each changed field before → after." }),
  })
  .meta({ title: "Roomtrust subprocessor list, one version" });

export type PublicListDocument = z.input<typeof publicListDocument>;
export type VersionDocument = z.input<typeof versionDocument>;
