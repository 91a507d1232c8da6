import { describe, expect, it } from "vitest";
import { checkCorrection } from "./corrections";

const listed = {
  name: "Sentry",
  legalEntity: "Functional Software, Inc.",
  purpose: "Error monitoring",
  location: "United States",
  dataCategories: ["Technical logs"],
  transferMechanism: "SCCs",
  website: "https://sentry.io",
};

describe("checkCorrection", () => {
  it("lets the website and a typo in the legal entity be corrected, naming what changes", () => {
    expect(checkCorrection(listed, { ...listed, website: "https://sentry.io/privacy", legalEntity: "Functional Software Inc." })).toEqual({ ok: true, changed: ["website", "legalEntity"] });
  });

  it("refuses every material field that differs, by name, even beside a valid correction", () => {
    expect(checkCorrection(listed, { ...listed, website: "https://sentry.example", purpose: "Analytics", dataCategories: ["Technical logs", "Emails"] })).toEqual({
      ok: false,
      problems: [{ field: "purpose", problem: "needs_notice" }, { field: "dataCategories", problem: "needs_notice" }],
    });
  });

  it("refuses a legal entity that is another company, not a typo", () => {
    expect(checkCorrection(listed, { legalEntity: "Datadog, Inc." })).toMatchObject({ ok: false, problems: [{ field: "legalEntity", problem: "not_a_typo" }] });
  });

  it("refuses a correction that changes nothing", () => {
    expect(checkCorrection(listed, { ...listed })).toEqual({ ok: false, problems: [{ field: "fields", problem: "nothing_changed" }] });
  });
});
