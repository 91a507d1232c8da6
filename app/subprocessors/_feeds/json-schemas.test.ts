import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { PublicList, VersionView } from "@/workers/core/portal.schema";
import { jsonSchemaOf, schemaUrl, type SchemaFile } from "./json-schemas";
import { publicListJson, versionJson } from "./representations";
import { day, publicNotice, t0 } from "./public-notice.test-helper";

const origin = "https://rt.example";
const periods = { noticePeriodDays: 30, objectionWindowDays: 15, resolutionPeriodDays: 30 };
const datadog = { id: "sp_datadog", name: "Datadog", legalEntity: "Datadog, Inc.", purpose: "Monitoring", location: "Germany", dataCategories: ["IP addresses"], transferMechanism: "SCC", website: "https://datadoghq.com" };


const list: PublicList = {
  appOrigin: origin,
  now: t0 + day,
  lastModified: t0,
  periods,
  version: { version: 2, effectiveAt: t0 - day },
  subprocessors: [datadog],
  pendingChanges: [publicNotice({})],
  history: [
    publicNotice({ id: "ntc_0000000000000000000b", status: "effective", appliedAt: t0 - day, version: 2 }),
    publicNotice({ id: "ntc_0000000000000000000c", changeKind: "remove", proposed: {}, status: "withdrawn", withdrawnAt: t0, withdrawalReason: "Kept in house." }),
  ],
};

const version: VersionView = {
  appOrigin: origin,
  now: t0,
  version: 2,
  effectiveAt: t0 - day,
  until: null,
  previous: 1,
  next: null,
  change: { noticeId: "ntc_0000000000000000000b", changeKind: "change", subprocessorName: "Datadog" },
  correction: null,
  subprocessors: [datadog],
  diff: { added: [], removed: [], changed: [{ id: "sp_datadog", name: "Datadog", fields: [{ field: "dataCategories", before: ["Logs"], after: ["IP addresses"] }] }] },
  at: null,
};

function validator(file: SchemaFile, closed: boolean) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(jsonSchemaOf(origin, file, { closed }));
}

describe("the published JSON Schemas", () => {
  const documents: [string, SchemaFile, unknown][] = [
    ["subprocessors.json", "subprocessors-v1.json", JSON.parse(publicListJson(list).body)],
    ["versions/{n}.json", "subprocessors-version-v1.json", JSON.parse(versionJson(version))],
    ["a correction", "subprocessors-version-v1.json", JSON.parse(versionJson({ ...version, version: 3, previous: 2, change: null, correction: { subprocessorName: "Datadog", fields: ["website"], note: "The website moved." } }))],
    [
      "French text (issue 16): a notice's, a version's diff and a correction's note",
      "subprocessors-version-v1.json",
      JSON.parse(
        versionJson({
          ...version,
          subprocessors: [{ ...datadog, translations: { fr: { purpose: "Supervision" } } }],
          correction: { subprocessorName: "Datadog", fields: ["translations.fr.purpose"], note: "French added.", noteFrench: "Français ajouté." },
          diff: { added: [], removed: [], changed: [{ id: "sp_datadog", name: "Datadog", fields: [], translations: { fr: [{ field: "purpose", before: null, after: "Supervision" }] } }] },
        }),
      ),
    ],
    [
      "a notice in French",
      "subprocessors-v1.json",
      JSON.parse(publicListJson({ ...list, pendingChanges: [publicNotice({ translations: { fr: { reason: "Détection plus rapide", proposed: { location: "Allemagne" } } } })] }).body),
    ],
    ["the first version", "subprocessors-version-v1.json", JSON.parse(versionJson({ ...version, version: 1, previous: null, next: 2, until: t0 - day, change: null, diff: { added: [datadog], removed: [], changed: [] } }))],
  ];

  it.each(documents)("%s names its schema in $schema, and follows it, with no field the schema leaves out", (_name, file, document) => {
    expect(document).toMatchObject({ $schema: schemaUrl(origin, file), schemaVersion: 1 });
    for (const closed of [false, true]) {
      const validate = validator(file, closed);
      expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("are draft 2020-12 documents whose $id is the URL the answers name", () => {
    const schema = jsonSchemaOf(origin, "subprocessors-v1.json");
    expect(schema).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://rt.example/schemas/subprocessors-v1.json", type: "object" });
  });

  it("let readers accept fields added within a schema version, but not missing or mistyped ones", () => {
    const document = JSON.parse(publicListJson(list).body);
    const published = validator("subprocessors-v1.json", false);
    const closed = validator("subprocessors-v1.json", true);
    const withNewField = { ...document, subprocessors: [{ ...datadog, certifications: ["ISO 27001"] }] };
    expect(published(withNewField)).toBe(true);
    expect(closed(withNewField)).toBe(false);
    const { lastModified: _dropped, ...withoutLastModified } = document;
    expect(published(withoutLastModified)).toBe(false);
    expect(published({ ...document, generatedAt: "10 January 2026" })).toBe(false);
    expect(published({ ...document, pendingChanges: [{ ...document.pendingChanges[0], status: "draft" }] })).toBe(false);
  });

  it("allow the French translations of a subprocessor's text", () => {
    const document = JSON.parse(publicListJson(list).body);
    document.subprocessors[0].translations = { fr: { purpose: "Supervision", location: "Allemagne", dataCategories: ["Adresses IP"] } };
    expect(validator("subprocessors-v1.json", true)(document)).toBe(true);
  });
});
