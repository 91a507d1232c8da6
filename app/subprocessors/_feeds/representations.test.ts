import { describe, expect, it } from "vitest";
import type { PublicList } from "@/workers/core/portal.schema";
import { frenchTypographyProblems } from "@/app/_lib/i18n/french-typography";
import { CSV_HEADER, publicListAtom, publicListCsv, publicListJson, versionCsv } from "./representations";
import { day, publicNotice, t0 } from "./public-notice.test-helper";



const list = (now: number): PublicList => ({
  appOrigin: "https://rt.example",
  now,
  lastModified: t0 + day,
  periods: { noticePeriodDays: 30, objectionWindowDays: 15, resolutionPeriodDays: 30 },
  version: { version: 3, effectiveAt: t0 - 5 * day },
  subprocessors: [
    { id: "sp_evil", name: "=cmd|' /C calc'!A0", legalEntity: "Evil, Inc.", purpose: "Tests", location: "EU", dataCategories: ["A", "B"], transferMechanism: "SCC", website: "https://evil.example" },
  ],
  pendingChanges: [publicNotice({})],
  history: [publicNotice({ id: "ntc_0000000000000000000b", changeKind: "remove", subprocessorName: "Old & Co", status: "withdrawn", withdrawnAt: t0 + day, publishedAt: t0 - day, updatedAt: t0 + day })],
});

describe("publicListJson", () => {
  it("has schema version 1, ISO dates, stable ids and notice URLs", () => {
    const json = JSON.parse(publicListJson(list(t0 + 2 * day)).body);
    expect(json.schemaVersion).toBe(1);
    expect(json.generatedAt).toBe(new Date(t0 + 2 * day).toISOString());
    expect(json.subprocessors[0]).toEqual(list(0).subprocessors[0]);
    expect(json.pendingChanges[0]).toMatchObject({
      noticeId: "ntc_0000000000000000000a",
      changeKind: "add",
      subprocessorId: "sp_datadog",
      proposed: { name: "Datadog", location: "Germany" },
      publishedAt: new Date(t0).toISOString(),
      objectionDeadline: new Date(t0 + 15 * day).toISOString(),
      effectiveAt: new Date(t0 + 30 * day).toISOString(),
      status: "published",
      url: "https://rt.example/subprocessors/notices/ntc_0000000000000000000a",
    });
    expect(json.history[0]).toMatchObject({ status: "withdrawn", withdrawnAt: new Date(t0 + day).toISOString() });
  });

  it("states the list's version and the periods, and each notice's periods, withdrawal reason and version", () => {
    const withdrawn = publicNotice({ id: "ntc_0000000000000000000c", status: "withdrawn", withdrawnAt: t0 + day, withdrawalReason: "The vendor moved processing to the US." });
    const effective = publicNotice({ id: "ntc_0000000000000000000d", status: "effective", appliedAt: t0 + 30 * day, version: 3, periods: { noticePeriodDays: 10, objectionWindowDays: 5, resolutionPeriodDays: 14 } });
    const json = JSON.parse(publicListJson({ ...list(t0), history: [effective, withdrawn] }).body);
    expect(json).toMatchObject({ version: 3, effectiveAt: new Date(t0 - 5 * day).toISOString(), periods: { noticePeriodDays: 30, objectionWindowDays: 15, resolutionPeriodDays: 30 } });
    expect(json.history[0]).toMatchObject({ periods: { noticePeriodDays: 10, objectionWindowDays: 5, resolutionPeriodDays: 14 }, version: 3, versionUrl: "https://rt.example/subprocessors/versions/3.json", withdrawalReason: null });
    expect(json.history[1]).toMatchObject({ withdrawalReason: "The vendor moved processing to the US.", version: null, versionUrl: null });
  });

  it("identifies the same content the same way whenever it is generated", () => {
    expect(publicListJson(list(t0)).etagSource).toBe(publicListJson(list(t0 + day)).etagSource);
    expect(publicListJson(list(t0)).body).not.toBe(publicListJson(list(t0 + day)).body);
  });
});

describe("publicListCsv", () => {
  it("has the header and a formula-safe row per subprocessor", () => {
    const [header, row, end] = publicListCsv(list(t0)).split("\r\n");
    expect(header).toBe(CSV_HEADER.join(","));
    expect(row).toBe(`sp_evil,'=cmd|' /C calc'!A0,"Evil, Inc.",Tests,EU,A; B,SCC,https://evil.example,30,15,30,,,,`);
    expect(end).toBe("");
  });

  it("gives the French beside the binding English, last, and leaves a cell empty where no French was written (ADR 020)", () => {
    const translated = { ...list(t0).subprocessors[0]!, id: "sp_fr", name: "Atlas", translations: { fr: { purpose: "Supervision", dataCategories: ["Journaux", "Métriques"] } } };
    const [header, row] = publicListCsv({ ...list(t0), subprocessors: [translated] }).split("\r\n");
    expect(header).toBe("id,name,legal_entity,purpose,location,data_categories,transfer_mechanism,website,notice_period_days,objection_window_days,resolution_period_days,purpose_fr,location_fr,data_categories_fr,transfer_mechanism_fr");
    expect(row).toBe(`sp_fr,Atlas,"Evil, Inc.",Tests,EU,A; B,SCC,https://evil.example,30,15,30,Supervision,,Journaux; Métriques,`);
    const [versionHeader, versionRow] = versionCsv([translated]).split("\r\n");
    expect(versionHeader).toBe("id,name,legal_entity,purpose,location,data_categories,transfer_mechanism,website,purpose_fr,location_fr,data_categories_fr,transfer_mechanism_fr");
    expect(versionRow).toBe(`sp_fr,Atlas,"Evil, Inc.",Tests,EU,A; B,SCC,https://evil.example,Supervision,,Journaux; Métriques,`);
  });
});

describe("publicListAtom", () => {
  it("has one escaped entry per published notice, newest first, in the chosen language", () => {
    const en = publicListAtom(list(t0), "en");
    expect(en.match(/<entry>/g)).toHaveLength(2);
    expect(en.indexOf("New subprocessor: Datadog")).toBeLessThan(en.indexOf("Removal of Old &amp; Co"));
    expect(en).toContain("<id>https://rt.example/subprocessors/notices/ntc_0000000000000000000a</id>");
    const fr = publicListAtom(list(t0), "fr");
    expect(fr).toContain('xml:lang="fr"');
    expect(fr).toContain("Nouveau sous-traitant ultérieur : Datadog");
  });

  const ids = (feed: string) => [...feed.matchAll(/<id>([^<]+)<\/id>/g)].map((match) => match[1]);

  it("gives each language its own feed id and entry ids, the same on every fetch", () => {
    const en = ids(publicListAtom(list(t0), "en"));
    const fr = ids(publicListAtom(list(t0), "fr"));
    expect(en).toEqual(["https://rt.example/subprocessors/feed.xml", "https://rt.example/subprocessors/notices/ntc_0000000000000000000a", "https://rt.example/subprocessors/notices/ntc_0000000000000000000b"]);
    expect(fr).toEqual(["https://rt.example/subprocessors/feed.xml?lang=fr", "https://rt.example/subprocessors/notices/ntc_0000000000000000000a?lang=fr", "https://rt.example/subprocessors/notices/ntc_0000000000000000000b?lang=fr"]);
    expect(ids(publicListAtom(list(t0 + day), "fr"))).toEqual(fr);
  });

  const intercomWithdrawn = publicNotice({
    id: "ntc_0000000000000000000e",
    changeKind: "remove",
    subprocessorId: "sp_intercom",
    subprocessorName: "Intercom",
    proposed: {},
    status: "withdrawn",
    withdrawnAt: t0 + 2 * day,
    updatedAt: t0 + 2 * day,
    withdrawalReason: "Support still needs the chat history.",
  });
  // The words of an entry's summary, plain text or XHTML (where English falls back in the French feed).
  const summaryOf = (feed: string) => /<summary type="(?:text|xhtml)">(.*?)<\/summary>/s.exec(feed)?.[1]?.replace(/<[^>]+>/g, "");

  it("says first in a withdrawn entry's summary that it was withdrawn, when, and why", () => {
    const withdrawnOnly = { ...list(t0), pendingChanges: [], history: [intercomWithdrawn] };
    const en = publicListAtom(withdrawnOnly, "en");
    expect(en).toContain("<title type=\"text\">Withdrawn: Removal of Intercom</title>");
    expect(summaryOf(en)).toMatch(/^Withdrawn on 12 January 2026\. .* Why it was withdrawn: Support still needs the chat history\.$/);
    const fr = publicListAtom(withdrawnOnly, "fr");
    expect(fr).toContain("<title type=\"text\">Retiré\u00a0: Retrait d’Intercom</title>");
    expect(summaryOf(fr)).toMatch(/^Retiré le 12 janvier 2026\. .* Motif du retrait\u00a0: Support still needs the chat history\.$/);
  });

  it("keeps French typography in the French feed, elision included", () => {
    const everyKind = { ...list(t0), pendingChanges: [publicNotice({ subprocessorName: "Atlas" }), publicNotice({ id: "ntc_0000000000000000000f", changeKind: "change", subprocessorName: "Écho" })], history: [intercomWithdrawn] };
    const fr = publicListAtom(everyKind, "fr");
    expect(fr).toContain("Retrait d’Intercom");
    expect(frenchTypographyProblems(fr)).toEqual([]);
  });
});

describe("French content in the feed (issue 16)", () => {
  const french = publicNotice({ translations: { fr: { reason: "Détection plus rapide des pannes" } } });
  const withFrench: PublicList = { ...list(t0), pendingChanges: [french], history: [] };

  it("gives the French feed the French reason, and the English feed the English one", () => {
    expect(publicListAtom(withFrench, "fr")).toContain("Détection plus rapide des pannes");
    expect(publicListAtom(withFrench, "fr")).not.toContain("Faster outage detection");
    expect(publicListAtom(withFrench, "en")).toContain("Faster outage detection");
  });

  it("shows the English reason in the French feed where none was written in French", () => {
    expect(publicListAtom({ ...withFrench, pendingChanges: [publicNotice({})] }, "fr")).toContain("Faster outage detection");
  });

  const contentOf = (feed: string) => /<content type="[a-z]+">(.*?)<\/content>/s.exec(feed)?.[0];

  it("says each feed's language, and keeps a French reason's entry plain text in French", () => {
    expect(publicListAtom(withFrench, "en")).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    const fr = publicListAtom(withFrench, "fr");
    expect(fr).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">');
    expect(contentOf(fr)).toMatch(/^<content type="text">.*Pourquoi\u00a0: Détection plus rapide des pannes<\/content>$/s);
    expect(fr).not.toContain("<span xml:lang");
  });

  it("marks xml:lang=\"en\" on the English reason a French entry falls back to, and only there", () => {
    const fr = publicListAtom({ ...withFrench, pendingChanges: [publicNotice({})] }, "fr");
    expect(contentOf(fr)).toMatch(/^<content type="xhtml"><div xmlns="http:\/\/www.w3.org\/1999\/xhtml"><p>[^<]*Statut\u00a0: Opposition possible\.<\/p><p>Pourquoi\u00a0: <span xml:lang="en">Faster outage detection<\/span><\/p><\/div><\/content>$/);
    expect(fr).toContain('<summary type="text">');
    expect(publicListAtom({ ...withFrench, pendingChanges: [publicNotice({})] }, "en")).not.toContain("<span xml:lang");
  });

  it("marks the English withdrawal reason in a French entry's summary", () => {
    const withdrawn = publicNotice({ status: "withdrawn", withdrawnAt: t0 + day, updatedAt: t0 + day, withdrawalReason: "Support still needs the chat history.", translations: { fr: { reason: "Détection plus rapide des pannes" } } });
    const fr = publicListAtom({ ...withFrench, pendingChanges: [], history: [withdrawn] }, "fr");
    expect(fr).toMatch(/<summary type="xhtml"><div xmlns="http:\/\/www.w3.org\/1999\/xhtml"><p>Retiré le [^<]* Motif du retrait\u00a0: <span xml:lang="en">Support still needs the chat history\.<\/span><\/p><\/div><\/summary>/);
    expect(frenchTypographyProblems(fr.replace(/<[^>]+>/g, " "))).toEqual([]);
  });

  it("answers the notice's French in the JSON as translations.fr", () => {
    expect(JSON.parse(publicListJson(withFrench).body).pendingChanges[0].translations).toEqual({ fr: { reason: "Détection plus rapide des pannes" } });
  });
});
