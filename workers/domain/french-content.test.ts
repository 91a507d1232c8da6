import { describe, expect, it } from "vitest";
import { factsFor, frenchCorrection, frenchOfInput, frenchPatchAfterChange, frenchWithoutChange, proseFor, type InReaderLanguage } from "./french-content";

const english = { purpose: "Monitoring", location: "Germany", dataCategories: ["IP addresses"], transferMechanism: "SCC", name: "Datadog" };

describe("factsFor", () => {
  it("gives a French reader the French written, the English elsewhere, and names what stayed English", () => {
    const read: InReaderLanguage<typeof english> = factsFor(english, { purpose: "Supervision" }, "fr");
    expect(read).toEqual({ ...english, purpose: "Supervision", untranslated: ["location", "dataCategories", "transferMechanism"] });
  });

  it("gives an English reader the English, nothing marked, whatever French there is", () => {
    expect(factsFor(english, { purpose: "Supervision" }, "en")).toEqual({ ...english, untranslated: [] });
  });

  it("treats an empty list of French categories as none written", () => {
    expect(factsFor(english, { dataCategories: [] }, "fr").dataCategories).toEqual(["IP addresses"]);
  });
});

describe("proseFor", () => {
  it("answers the French for a French reader where written, and says which language it is in", () => {
    expect(proseFor("Why", "Pourquoi", "fr")).toEqual({ text: "Pourquoi", lang: "fr" });
    expect(proseFor("Why", null, "fr")).toEqual({ text: "Why", lang: "en" });
    expect(proseFor("Why", "Pourquoi", "en")).toEqual({ text: "Why", lang: "en" });
  });
});

describe("frenchPatchAfterChange", () => {
  it("drops the French of an English field changed without French, and takes French given for a changed one", () => {
    expect(frenchPatchAfterChange(["purpose", "location", "website"], { location: "Allemagne" })).toEqual({ purpose: null, location: "Allemagne" });
  });

  it("never applies French for a field whose English the notice leaves alone (that is a direct correction)", () => {
    expect(frenchPatchAfterChange(["purpose"], { purpose: "Supervision", location: "Allemagne" })).toEqual({ purpose: "Supervision" });
  });
});

describe("frenchWithoutChange", () => {
  it("names the French fields of a change whose English stays, in the fields' order", () => {
    expect(frenchWithoutChange(["purpose", "website"], { transferMechanism: "CCT", purpose: "Supervision", location: "Allemagne" })).toEqual(["location", "transferMechanism"]);
    expect(frenchWithoutChange(["purpose"], { purpose: "Supervision" })).toEqual([]);
    expect(frenchWithoutChange(["purpose"], null)).toEqual([]);
  });
});

describe("frenchOfInput and frenchCorrection", () => {
  it("read the form's fields, null when nothing was written", () => {
    expect(frenchOfInput({ purposeFr: "Supervision", locationFr: undefined })).toEqual({ purpose: "Supervision" });
    expect(frenchOfInput({})).toBeNull();
  });

  it("patch only what changes: a text replaces, null drops, the same text is no change", () => {
    expect(frenchCorrection({ purpose: "Supervision", location: "Allemagne" }, { purpose: "Supervision", location: null, transferMechanism: "CCT" })).toEqual({
      patch: { location: null, transferMechanism: "CCT" },
      changed: ["location", "transferMechanism"],
    });
  });
});
